"""Subscribable calendar feeds (issue 15 point 6): one per cohort, person or trainer. A calendar program cannot
send a cookie or a token, so the feed's URL carries a secret of 256 random bits; only its SHA-256 is stored, the
URL is shown once when the feed is made or rotated, and rotating it makes the old URL stop working at once.
Another make of the same subject's feed is a 409 (its URL cannot be shown again): rotate it instead."""

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field
from sqlalchemy import func
from sqlalchemy.sql import Select
from sqlmodel import Session, select

from app.core import audit
from app.core.errors import Conflict, InvalidInput, NotFound
from app.core.pagination import PageParams, paginate
from app.core.schemas import ApiInput, ApiModel, Page
from app.core.scope import Role, Scope
from app.core.security import digest, new_secret
from app.core.tenancy import get_or_404, scoped, where_given
from app.sessions import calendar
from app.sessions.models import CalendarFeed, FeedKind

ENTITY = "calendar_feed"
PUBLIC_PATH = "/api/v1/calendar/{secret}.ics"
_SUBJECT_COLUMN = {FeedKind.cohort: "cohort_id", FeedKind.person: "person_id", FeedKind.trainer: "trainer_id"}
_SUBJECT_ID = func.coalesce(CalendarFeed.cohort_id, CalendarFeed.person_id, CalendarFeed.trainer_id)


# --- shapes ----------------------------------------------------------------------------------------------------------

class CalendarFeedCreate(ApiInput):
    kind: FeedKind = Field(description="Whose sessions: a cohort's (groep), a person's (medewerker) or a trainer's.")
    subject_id: uuid.UUID = Field(description="The cohort's, person's or trainer's id.")


class CalendarFeedRead(ApiModel):
    id: uuid.UUID
    kind: FeedKind
    subject_id: uuid.UUID
    created_at: datetime
    updated_at: datetime = Field(description="When the feed was made or its URL last rotated.")
    version: int


class CalendarFeedSecret(CalendarFeedRead):
    """A feed with its subscribe URL: answered only when the feed is made or rotated, never again."""

    url: str = Field(description="The subscribe URL, with the feed's secret: shown once; store it now.")


def _read(feed: CalendarFeed) -> CalendarFeedRead:
    return CalendarFeedRead(id=feed.id, kind=feed.kind, subject_id=_subject_of(feed), created_at=feed.created_at,
                            updated_at=feed.updated_at, version=feed.version)


def with_url(feed: CalendarFeed, secret: str, base_url: str) -> CalendarFeedSecret:
    return CalendarFeedSecret(**_read(feed).model_dump(), url=base_url.rstrip("/") + PUBLIC_PATH.format(secret=secret))


def _subject_of(feed: CalendarFeed) -> uuid.UUID:
    subject_id = feed.cohort_id or feed.person_id or feed.trainer_id
    assert subject_id is not None  # the table's check constraint holds exactly one
    return subject_id


# --- the staff's operations -------------------------------------------------------------------------------------------

def _scoped(scope: Scope) -> Select[Any]:
    return scoped(CalendarFeed, scope)


def list_feeds(db: Session, scope: Scope, params: PageParams, *, kind: FeedKind | None,
               subject_id: uuid.UUID | None) -> Page[CalendarFeedRead]:
    statement = where_given(_scoped(scope), (CalendarFeed.kind, kind), (_SUBJECT_ID, subject_id))
    return paginate(db, statement, params, sortable={"createdAt": CalendarFeed.created_at, "kind": CalendarFeed.kind},
                    default_sort=["kind", "createdAt"], tiebreaker=CalendarFeed.id, to_item=lambda row: _read(row[0]))


def get_feed(db: Session, scope: Scope, *, feed_id: uuid.UUID) -> CalendarFeed:
    return get_or_404(db, scope, CalendarFeed, feed_id, "calendar feed")


def read(feed: CalendarFeed) -> CalendarFeedRead:
    return _read(feed)


def create_feed(db: Session, scope: Scope, *, data: CalendarFeedCreate) -> tuple[CalendarFeed, str]:
    """A new feed and its secret. Unknown subject: 400 on /subjectId; one exists already: 409 (rotate it)."""
    try:
        calendar.subject(db, scope, data.kind, data.subject_id)
    except NotFound:
        raise InvalidInput("/subjectId", f"There is no {data.kind.value} with this id in your organisation.",
                           code="unknown_reference") from None
    column = getattr(CalendarFeed, _SUBJECT_COLUMN[data.kind])
    existing = db.scalar(_scoped(scope).where(column == data.subject_id))
    if existing is not None:
        raise Conflict(f"This {data.kind.value} has a calendar feed already; its URL is shown only once. Rotate it "
                       f"(POST /calendar-feeds/{existing.id}/rotate) for a new URL.",
                       problem="calendar_feed_exists", problem_params={"feed_id": str(existing.id)})
    secret = new_secret()
    feed = CalendarFeed(organisation_id=scope.organisation_id, kind=data.kind, secret_hash=digest(secret),
                        **{_SUBJECT_COLUMN[data.kind]: data.subject_id})
    db.add(feed)
    audit.record_created(db, scope, feed, entity_type=ENTITY, fields=("kind", _SUBJECT_COLUMN[data.kind]))
    return feed, secret


def rotate_feed(db: Session, scope: Scope, *, feed_id: uuid.UUID) -> tuple[CalendarFeed, str]:
    """A new secret for the feed: the old URL answers 404 from now on."""
    feed = get_feed(db, scope, feed_id=feed_id)
    secret = new_secret()
    feed.secret_hash = digest(secret)
    db.add(feed)
    db.flush()
    audit.record(db, scope=scope, action=f"{ENTITY}.rotated", entity_type=ENTITY, entity_id=feed.id)
    return feed, secret


def delete_feed(db: Session, scope: Scope, *, feed_id: uuid.UUID) -> None:
    feed = get_feed(db, scope, feed_id=feed_id)
    audit.delete_recorded(db, scope, feed, entity_type=ENTITY, fields=("kind", _SUBJECT_COLUMN[FeedKind(feed.kind)]))


# --- the calendar program's download ----------------------------------------------------------------------------------

def feed_calendar(db: Session, secret: str) -> bytes:
    """The feed's calendar for whoever holds its secret; an unknown (or rotated) secret is a 404."""
    feed = db.scalar(select(CalendarFeed).where(CalendarFeed.secret_hash == digest(secret)))
    if feed is None:
        raise NotFound("There is no calendar feed at this address; it may have been rotated or deleted.")
    scope = Scope(organisation_id=feed.organisation_id, role=Role.viewer, actor_label="calendar feed")
    return calendar.build(db, scope, calendar.subject(db, scope, FeedKind(feed.kind), _subject_of(feed)))
