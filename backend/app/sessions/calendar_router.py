"""HTTP for calendars: downloads of a cohort's, person's or trainer's sessions as iCalendar (logged in), the
subscribable feeds that carry a secret in their URL (made, rotated and deleted by editors), and the public
address a calendar program fetches a feed from. The secret never reaches a log: the request log writes that
path with the secret masked (core.middleware)."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response, status

from app.auth.deps import EditorScope, OrgScope
from app.core.db import DbSession
from app.core.http import created, tagged
from app.core.logging import secret_path
from app.core.pagination import Paging
from app.core.schemas import Page
from app.sessions import calendar, feeds
from app.sessions.feeds import CalendarFeedCreate, CalendarFeedRead, CalendarFeedSecret
from app.sessions.models import FeedKind

router = APIRouter(tags=["calendars"])
secret_path(r"^(/api/v1/calendar/)[^/]+(\.ics)$")  # the request log never writes a feed's secret

_ICS: dict[int | str, dict[str, Any]] = {200: {
    "description": "The sessions as iCalendar (RFC 5545): one VEVENT per session, times in Europe/Amsterdam.",
    "headers": {"Content-Disposition": {"description": "`attachment; filename=\"bijeenkomsten-<kind>-<id>.ics\"`",
                                        "schema": {"type": "string"}}},
    "content": {"text/calendar": {"schema": {"type": "string"}}},
}}
_FEED_ICS: dict[int | str, dict[str, Any]] = {200: {
    "description": "The feed's sessions as iCalendar (RFC 5545).",
    "content": {"text/calendar": {"schema": {"type": "string"}}},
}}


def _download(db: DbSession, scope: OrgScope, kind: FeedKind, subject_id: uuid.UUID, *,
              attachment: bool = True) -> Response:
    found = calendar.subject(db, scope, kind, subject_id)
    headers = {"Content-Disposition": f'attachment; filename="{calendar.filename(found)}"'} if attachment else {}
    return Response(calendar.build(db, scope, found), media_type=calendar.MEDIA_TYPE, headers=headers)


@router.get("/cohorts/{cohort_id}/calendar.ics", response_class=Response, responses=_ICS,
            summary="Download a cohort's calendar (agenda van een groep)")
def download_cohort_calendar(cohort_id: uuid.UUID, scope: OrgScope, db: DbSession) -> Response:
    """Every session of the cohort, cancelled ones as `STATUS:CANCELLED`."""
    return _download(db, scope, FeedKind.cohort, cohort_id)


@router.get("/people/{person_id}/calendar.ics", response_class=Response, responses=_ICS,
            summary="Download a person's calendar (agenda van een medewerker)")
def download_person_calendar(person_id: uuid.UUID, scope: OrgScope, db: DbSession) -> Response:
    """Every session the person attends (is an attendee of), whichever cohort or intervention it belongs to."""
    return _download(db, scope, FeedKind.person, person_id)


@router.get("/trainers/{trainer_id}/calendar.ics", response_class=Response, responses=_ICS,
            summary="Download a trainer's calendar (agenda van een trainer)")
def download_trainer_calendar(trainer_id: uuid.UUID, scope: OrgScope, db: DbSession) -> Response:
    """Every session the trainer gives."""
    return _download(db, scope, FeedKind.trainer, trainer_id)


@router.get("/calendar-feeds", response_model=Page[CalendarFeedRead],
            summary="List calendar feeds (agenda-abonnementen)")
def list_calendar_feeds(
    scope: OrgScope, db: DbSession, paging: Paging,
    kind: Annotated[FeedKind | None, Query(description="Only feeds of this kind.")] = None,
    subject_id: Annotated[uuid.UUID | None, Query(alias="subjectId",
                                                  description="Only the feed of this cohort, person or trainer.")]
    = None,
) -> Page[CalendarFeedRead]:
    """The organisation's feeds, without their URLs (their secrets are stored only as a digest). Sortable on kind,
    createdAt."""
    return feeds.list_feeds(db, scope, paging, kind=kind, subject_id=subject_id)


def _base_url(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}"


@router.post("/calendar-feeds", response_model=CalendarFeedSecret, status_code=status.HTTP_201_CREATED,
             summary="Create a calendar feed (agenda-abonnement)")
def create_calendar_feed(data: CalendarFeedCreate, scope: EditorScope, db: DbSession, request: Request,
                         response: Response) -> CalendarFeedSecret:
    """A subscribe URL for a cohort's, person's or trainer's sessions, answered once (`url`): Outlook, Google and
    Apple Calendar fetch it without logging in. One feed per subject: when there is one already the answer is 409
    `calendar_feed_exists` with its id (`params.feed_id`); rotate that one for a new URL. An unknown subject is a
    400 on `/subjectId`."""
    feed, secret = feeds.create_feed(db, scope, data=data)
    created(response, feed, "calendar-feeds")
    return feeds.with_url(feed, secret, _base_url(request))


@router.get("/calendar-feeds/{feed_id}", response_model=CalendarFeedRead, summary="Get a calendar feed")
def get_calendar_feed(feed_id: uuid.UUID, scope: OrgScope, db: DbSession, response: Response) -> CalendarFeedRead:
    """The feed without its URL."""
    return feeds.read(tagged(response, feeds.get_feed(db, scope, feed_id=feed_id)))


@router.post("/calendar-feeds/{feed_id}/rotate", response_model=CalendarFeedSecret,
             summary="Rotate a calendar feed's URL")
def rotate_calendar_feed(feed_id: uuid.UUID, scope: EditorScope, db: DbSession, request: Request,
                         response: Response) -> CalendarFeedSecret:
    """A new secret, so a new URL (answered once); the old URL answers 404 from now on, so whoever had it sees
    no more sessions. Subscribers must subscribe again with the new URL."""
    feed, secret = feeds.rotate_feed(db, scope, feed_id=feed_id)
    tagged(response, feed)
    return feeds.with_url(feed, secret, _base_url(request))


@router.delete("/calendar-feeds/{feed_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Delete a calendar feed")
def delete_calendar_feed(feed_id: uuid.UUID, scope: EditorScope, db: DbSession) -> None:
    """The URL stops working at once."""
    feeds.delete_feed(db, scope, feed_id=feed_id)


@router.get("/calendar/{secret}.ics", response_class=Response, responses=_FEED_ICS,
            summary="Fetch a subscribed calendar feed (public, by its secret)")
def fetch_calendar_feed(
    secret: Annotated[str, Path(max_length=200, description="The feed's secret, from its subscribe URL.")],
    db: DbSession,
) -> Response:
    """What a calendar program fetches: needs no login, the secret in the address is the key. An unknown, rotated
    or deleted feed's secret is a 404."""
    return Response(feeds.feed_calendar(db, secret), media_type=calendar.MEDIA_TYPE)
