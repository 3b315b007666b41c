"""Engagements (DESIGN §2.5): interviews, design sessions, progress updates, kick-offs and onboarding held with
stakeholders, usually for one programme. The stakeholders named must be the organisation's (400 on
`/stakeholderIds/<i>` otherwise), the programme too (400 on `/programmeId`)."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, exists, insert
from sqlalchemy.orm.attributes import flag_modified
from sqlmodel import Session

from app.core import audit
from app.core.concurrency import claimed_changes
from app.core.errors import InvalidInput, field_error
from app.core.pagination import PageParams, paginate
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import get_or_404, scoped, where_given
from app.stakeholders import service as stakeholders
from app.stakeholders.models import Engagement, EngagementKind, EngagementStakeholder, Stakeholder
from app.stakeholders.schemas import EngagementCreate, EngagementRead, EngagementUpdate, Participant

ENTITY = "engagement"
FIELDS = ("kind", "held_on", "summary", "outcome", "programme_id")
SORTABLE = {"heldOn": Engagement.held_on, "kind": Engagement.kind, "createdAt": Engagement.created_at}


def participants_of(db: Session, scope: Scope, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Participant]]:
    """Who took part in each engagement, by name, in one query."""
    found: dict[uuid.UUID, list[Participant]] = defaultdict(list)
    if ids:
        rows = db.execute(scoped(EngagementStakeholder, scope, EngagementStakeholder.engagement_id, Stakeholder.id,
                                 Stakeholder.name)
                          .join(Stakeholder, Stakeholder.id == EngagementStakeholder.stakeholder_id)
                          .where(EngagementStakeholder.engagement_id.in_(ids))
                          .order_by(Stakeholder.name, Stakeholder.id))
        for engagement_id, stakeholder_id, name in rows:
            found[engagement_id].append(Participant(id=stakeholder_id, name=name))
    return found


def _to_read(engagement: Engagement, participants: list[Participant]) -> EngagementRead:
    return EngagementRead(id=engagement.id, kind=engagement.kind, held_on=engagement.held_on,
                          summary=engagement.summary, outcome=engagement.outcome,
                          programme_id=engagement.programme_id,
                          stakeholder_ids=[p.id for p in participants], stakeholders=participants,
                          created_at=engagement.created_at, updated_at=engagement.updated_at,
                          version=engagement.version)


def read(db: Session, scope: Scope, engagement: Engagement) -> EngagementRead:
    return _to_read(engagement, participants_of(db, scope, [engagement.id])[engagement.id])


def get_engagement(db: Session, scope: Scope, *, engagement_id: uuid.UUID) -> Engagement:
    return get_or_404(db, scope, Engagement, engagement_id, "engagement")


def list_engagements(db: Session, scope: Scope, params: PageParams, *, programme_id: uuid.UUID | None,
                     stakeholder_id: uuid.UUID | None, kind: EngagementKind | None) -> Page[EngagementRead]:
    """By date, earliest first; three queries whatever the page holds."""
    statement = where_given(scoped(Engagement, scope), (Engagement.programme_id, programme_id),
                            (Engagement.kind, kind))
    if stakeholder_id is not None:
        statement = statement.where(exists().where(EngagementStakeholder.engagement_id == Engagement.id,
                                                   EngagementStakeholder.stakeholder_id == stakeholder_id))
    page = paginate(db, statement, params, sortable=SORTABLE, default_sort=["heldOn"], tiebreaker=Engagement.id)
    participants = participants_of(db, scope, [e.id for e in page.items])
    page.items = [_to_read(e, participants[e.id]) for e in page.items]
    return page


def _check(db: Session, scope: Scope, values: dict[str, Any]) -> None:
    """400 for a programme or stakeholders that are not the organisation's, every one named."""
    errors = []
    programme_id = values.get("programme_id")
    if programme_id is not None and not stakeholders.is_programme(db, scope, programme_id):
        errors.append(field_error("/programmeId", "There is no programme with this id in your organisation.",
                                  "unknown_reference"))
    ids = values.get("stakeholder_ids") or []
    known = stakeholders.names_of(db, scope, ids)
    errors += [field_error(f"/stakeholderIds/{index}", f"There is no stakeholder with id {value}.", "unknown_id")
               for index, value in enumerate(ids) if value not in known]
    if errors:
        raise InvalidInput(detail="A linked item does not exist in this organisation.", errors=errors)


def _write_participants(db: Session, scope: Scope, engagement_id: uuid.UUID, new: list[uuid.UUID],
                        current: list[uuid.UUID]) -> None:
    gone = set(current) - set(new)
    if gone:
        db.execute(delete(EngagementStakeholder).where(EngagementStakeholder.engagement_id == engagement_id,
                                                       EngagementStakeholder.stakeholder_id.in_(gone)))
    added = [value for value in new if value not in set(current)]
    if added:
        db.execute(insert(EngagementStakeholder), [
            {"engagement_id": engagement_id, "stakeholder_id": value, "organisation_id": scope.organisation_id}
            for value in added])


def _ids_change(before: list[uuid.UUID], after: list[uuid.UUID]) -> dict[str, Any]:
    return audit.diff({"stakeholder_ids": sorted(map(str, before))}, {"stakeholder_ids": sorted(map(str, after))})


def create_engagement(db: Session, scope: Scope, *, data: EngagementCreate) -> Engagement:
    values = data.model_dump()
    _check(db, scope, values)
    ids = values.pop("stakeholder_ids")
    engagement = Engagement(organisation_id=scope.organisation_id, **values)
    db.add(engagement)
    db.flush()
    _write_participants(db, scope, engagement.id, ids, [])
    changes = audit.snapshot(audit.fields_of(engagement, FIELDS)) | _ids_change([], ids)
    audit.record(db, scope=scope, action=f"{ENTITY}.created", entity_type=ENTITY, entity_id=engagement.id,
                 changes=changes)
    return engagement


def update_engagement(db: Session, scope: Scope, *, engagement_id: uuid.UUID, data: EngagementUpdate,
                      if_match: str | None) -> Engagement:
    engagement = get_engagement(db, scope, engagement_id=engagement_id)
    values = claimed_changes(db, engagement, data, if_match)
    _check(db, scope, values)
    ids = values.pop("stakeholder_ids", None)
    before = audit.fields_of(engagement, values)
    for name, value in values.items():
        setattr(engagement, name, value)
    changes = audit.diff(before, values)
    if ids is not None:
        current = [p.id for p in participants_of(db, scope, [engagement.id])[engagement.id]]
        changes |= _ids_change(current, ids)
        _write_participants(db, scope, engagement.id, ids, current)
        if not values:
            flag_modified(engagement, "summary")  # only who took part changed: still a new version
    db.flush()
    audit.record(db, scope=scope, action=f"{ENTITY}.updated", entity_type=ENTITY, entity_id=engagement.id,
                 changes=changes)
    return engagement


def delete_engagement(db: Session, scope: Scope, *, engagement_id: uuid.UUID) -> None:
    engagement = get_engagement(db, scope, engagement_id=engagement_id)
    db.execute(delete(EngagementStakeholder).where(EngagementStakeholder.engagement_id == engagement.id))
    audit.delete_recorded(db, scope, engagement, entity_type=ENTITY, fields=FIELDS)
