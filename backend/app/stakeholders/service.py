"""Stakeholders (belanghebbenden, DESIGN §2.5): the organisation's people with influence on, or affected by, its
programmes; each in a quadrant of Mendelow's grid (influence x affected), and linked to programmes. The engagements
held with them are in `engagements.py`. An id of another organisation is a 404 in a path and a 400 on a body field."""

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, delete, exists, func, insert, or_, select
from sqlmodel import Session

from app.core import audit
from app.core.errors import NotFound
from app.core.pagination import PageParams, paginate
from app.core.records import Records
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import labels_of, scoped, where_given
from app.programmes import service as programmes
from app.programmes.copying import on_copy
from app.programmes.models import Programme
from app.stakeholders.models import (
    Degree,
    Engagement,
    EngagementKind,
    EngagementStakeholder,
    ProgrammeStakeholder,
    Stakeholder,
    StakeholderRole,
)
from app.stakeholders.schemas import (
    ProgrammeStakeholderRead,
    Quadrant,
    StakeholderRead,
)

ENTITY = "stakeholder"
LINK = "programme_stakeholder"
FIELDS = ("name", "role", "unit", "influence", "affected", "contribution", "contact")
SORTABLE = {"name": Stakeholder.name, "role": Stakeholder.role, "createdAt": Stakeholder.created_at}
STAKEHOLDERS = Records(Stakeholder, entity_type=ENTITY, fields=FIELDS, noun="stakeholder")

# Mendelow's grid: (influence, affected) → quadrant.
QUADRANTS = {
    (Degree.high, Degree.low): Quadrant.keep_satisfied,
    (Degree.high, Degree.high): Quadrant.manage_closely,
    (Degree.low, Degree.low): Quadrant.monitor,
    (Degree.low, Degree.high): Quadrant.keep_informed,
}
_DEGREES = {quadrant: degrees for degrees, quadrant in QUADRANTS.items()}


def quadrant_of(influence: Degree, affected: Degree) -> Quadrant:
    return QUADRANTS[(Degree(influence), Degree(affected))]


def get_programme(db: Session, scope: Scope, *, programme_id: uuid.UUID) -> Programme:
    """The caller's programme, or 404."""
    return programmes.get_programme(db, scope, programme_id=programme_id)


def ensure_programme(db: Session, scope: Scope, programme_id: uuid.UUID) -> None:
    get_programme(db, scope, programme_id=programme_id)


def is_programme(db: Session, scope: Scope, programme_id: uuid.UUID) -> bool:
    try:
        ensure_programme(db, scope, programme_id)
    except NotFound:
        return False
    return True


# --- reads ---------------------------------------------------------------------------------------------------------

def programme_ids_of(db: Session, scope: Scope, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[uuid.UUID]]:
    """Each stakeholder's linked programmes, in one query."""
    found: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    if ids:
        rows = db.execute(scoped(ProgrammeStakeholder, scope, ProgrammeStakeholder.stakeholder_id,
                                 ProgrammeStakeholder.programme_id)
                          .where(ProgrammeStakeholder.stakeholder_id.in_(ids))
                          .order_by(ProgrammeStakeholder.programme_id))
        for stakeholder_id, programme_id in rows:
            found[stakeholder_id].append(programme_id)
    return found


def _fields(stakeholder: Stakeholder, programme_ids: list[uuid.UUID]) -> dict[str, Any]:
    return {"id": stakeholder.id, "name": stakeholder.name, "role": stakeholder.role, "unit": stakeholder.unit,
            "influence": stakeholder.influence, "affected": stakeholder.affected,
            "quadrant": quadrant_of(stakeholder.influence, stakeholder.affected),
            "contribution": stakeholder.contribution, "contact": stakeholder.contact,
            "programme_ids": programme_ids, "created_at": stakeholder.created_at,
            "updated_at": stakeholder.updated_at, "version": stakeholder.version}


def read(db: Session, scope: Scope, stakeholder: Stakeholder) -> StakeholderRead:
    return StakeholderRead(**_fields(stakeholder, programme_ids_of(db, scope, [stakeholder.id])[stakeholder.id]))


def _filtered(scope: Scope, *, role: StakeholderRole | None, quadrant: Quadrant | None, q: str | None) -> Any:
    statement = where_given(scoped(Stakeholder, scope), (Stakeholder.role, role))
    if quadrant is not None:
        influence, affected = _DEGREES[quadrant]
        statement = statement.where(Stakeholder.influence == influence, Stakeholder.affected == affected)
    if q:
        needle = q.lower()
        statement = statement.where(or_(func.lower(Stakeholder.name).contains(needle, autoescape=True),
                                        func.lower(Stakeholder.unit).contains(needle, autoescape=True)))
    return statement


def list_stakeholders(db: Session, scope: Scope, params: PageParams, *, programme_id: uuid.UUID | None,
                      role: StakeholderRole | None, quadrant: Quadrant | None, q: str | None) -> Page[StakeholderRead]:
    """Three queries whatever the page holds: the count, the page and the page's programme links."""
    statement = _filtered(scope, role=role, quadrant=quadrant, q=q)
    if programme_id is not None:
        statement = statement.where(exists().where(ProgrammeStakeholder.stakeholder_id == Stakeholder.id,
                                                   ProgrammeStakeholder.programme_id == programme_id))
    page = paginate(db, statement, params, sortable=SORTABLE, default_sort=["name"], tiebreaker=Stakeholder.id)
    links = programme_ids_of(db, scope, [s.id for s in page.items])
    page.items = [StakeholderRead(**_fields(s, links[s.id])) for s in page.items]
    return page


def _engagement_count(programme_id: uuid.UUID) -> Any:
    return (select(func.count(EngagementStakeholder.engagement_id))
            .join(Engagement, Engagement.id == EngagementStakeholder.engagement_id)
            .where(EngagementStakeholder.stakeholder_id == Stakeholder.id, Engagement.programme_id == programme_id)
            .correlate(Stakeholder).scalar_subquery())


def list_programme_stakeholders(db: Session, scope: Scope, params: PageParams, *, programme_id: uuid.UUID,
                                role: StakeholderRole | None, quadrant: Quadrant | None,
                                q: str | None) -> Page[ProgrammeStakeholderRead]:
    """The programme's linked stakeholders with their engagement counts for it: four queries whatever the size."""
    ensure_programme(db, scope, programme_id)
    statement = (_filtered(scope, role=role, quadrant=quadrant, q=q).add_columns(_engagement_count(programme_id))
                 .join(ProgrammeStakeholder, and_(ProgrammeStakeholder.stakeholder_id == Stakeholder.id,
                                                  ProgrammeStakeholder.programme_id == programme_id)))
    page = paginate(db, statement, params, sortable=SORTABLE, default_sort=["name"], tiebreaker=Stakeholder.id)
    links = programme_ids_of(db, scope, [row[0].id for row in page.items])
    page.items = [ProgrammeStakeholderRead(**_fields(row[0], links[row[0].id]), engagement_count=row[1])
                  for row in page.items]
    return page


def names_of(db: Session, scope: Scope, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    return labels_of(db, scope, Stakeholder, Stakeholder.name, list(ids))


# --- writes --------------------------------------------------------------------------------------------------------

def delete_stakeholder(db: Session, scope: Scope, *, stakeholder_id: uuid.UUID) -> None:
    """Deletes the stakeholder with its programme links; the engagements stay, without them."""
    stakeholder = STAKEHOLDERS.get(db, scope, stakeholder_id=stakeholder_id)
    db.execute(delete(ProgrammeStakeholder).where(ProgrammeStakeholder.stakeholder_id == stakeholder.id))
    db.execute(delete(EngagementStakeholder).where(EngagementStakeholder.stakeholder_id == stakeholder.id))
    STAKEHOLDERS.remove(db, scope, stakeholder)


def _link_exists(db: Session, programme_id: uuid.UUID, stakeholder_id: uuid.UUID) -> bool:
    return db.scalar(select(ProgrammeStakeholder.stakeholder_id).where(
        ProgrammeStakeholder.programme_id == programme_id,
        ProgrammeStakeholder.stakeholder_id == stakeholder_id)) is not None


def _record_link(db: Session, scope: Scope, action: str, programme_id: uuid.UUID, stakeholder_id: uuid.UUID) -> None:
    values = {"programme_id": programme_id, "stakeholder_id": stakeholder_id}
    changes = audit.snapshot(values) if action == "created" else audit.removal(values)
    audit.record(db, scope=scope, action=f"{LINK}.{action}", entity_type=LINK, entity_id=stakeholder_id,
                 changes=changes)


def link(db: Session, scope: Scope, *, programme_id: uuid.UUID, stakeholder_id: uuid.UUID) -> ProgrammeStakeholderRead:
    """Links the stakeholder to the programme (nothing changes when it already is) and answers the linked
    stakeholder with its engagement count for the programme."""
    ensure_programme(db, scope, programme_id)
    stakeholder = STAKEHOLDERS.get(db, scope, stakeholder_id=stakeholder_id)
    if not _link_exists(db, programme_id, stakeholder.id):
        db.add(ProgrammeStakeholder(programme_id=programme_id, stakeholder_id=stakeholder.id,
                                    organisation_id=scope.organisation_id))
        db.flush()
        _record_link(db, scope, "created", programme_id, stakeholder.id)
    count = db.scalar(select(_engagement_count(programme_id)).select_from(Stakeholder)
                      .where(Stakeholder.id == stakeholder.id)) or 0
    linked = programme_ids_of(db, scope, [stakeholder.id])[stakeholder.id]
    return ProgrammeStakeholderRead(**_fields(stakeholder, linked), engagement_count=count)


def unlink(db: Session, scope: Scope, *, programme_id: uuid.UUID, stakeholder_id: uuid.UUID) -> None:
    """Removes the link (nothing changes when there is none); the programme's engagements with them stay."""
    ensure_programme(db, scope, programme_id)
    stakeholder = STAKEHOLDERS.get(db, scope, stakeholder_id=stakeholder_id)
    if _link_exists(db, programme_id, stakeholder.id):
        db.execute(delete(ProgrammeStakeholder).where(ProgrammeStakeholder.programme_id == programme_id,
                                                      ProgrammeStakeholder.stakeholder_id == stakeholder.id))
        _record_link(db, scope, "deleted", programme_id, stakeholder.id)


# --- for the programmes domain ---------------------------------------------------------------------------------------

@on_copy
def copy_links(db: Session, scope: Scope, source_programme_id: uuid.UUID, target_programme_id: uuid.UUID) -> int:
    """Links the target programme to every stakeholder of the source (a programme copy); never copies
    engagements. Both programmes must be the caller's (the caller has checked). Answers how many were linked."""
    ids = list(db.scalars(scoped(ProgrammeStakeholder, scope, ProgrammeStakeholder.stakeholder_id)
                          .where(ProgrammeStakeholder.programme_id == source_programme_id)
                          .order_by(ProgrammeStakeholder.stakeholder_id)))
    already = set(db.scalars(select(ProgrammeStakeholder.stakeholder_id)
                             .where(ProgrammeStakeholder.programme_id == target_programme_id)))
    new = [stakeholder_id for stakeholder_id in ids if stakeholder_id not in already]
    if new:
        db.execute(insert(ProgrammeStakeholder), [
            {"programme_id": target_programme_id, "stakeholder_id": stakeholder_id,
             "organisation_id": scope.organisation_id} for stakeholder_id in new])
        for stakeholder_id in new:
            _record_link(db, scope, "created", target_programme_id, stakeholder_id)
        db.flush()
    return len(new)


def engagements_of(db: Session, scope: Scope, programme_id: uuid.UUID) -> list[tuple[EngagementKind, date]]:
    """(kind, heldOn) of the programme's engagements, earliest first: the principle checks ask when stakeholders
    were engaged."""
    rows = db.execute(scoped(Engagement, scope, Engagement.kind, Engagement.held_on)
                      .where(Engagement.programme_id == programme_id)
                      .order_by(Engagement.held_on, Engagement.id))
    return [(EngagementKind(kind), held_on) for kind, held_on in rows]
