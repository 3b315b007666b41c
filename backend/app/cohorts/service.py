"""Cohorts (groepen, DESIGN §2.6): a run of a programme with a name unique in the organisation, a start, an end
(by default the start plus the programme's duration) and a status. Its enrolments are in `enrolments.py`, its
buddy pairs in `buddies.py`, its schedule in `schedule.py`."""

import uuid
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import exists, func, select
from sqlmodel import Session

from app.cohorts import usage
from app.cohorts.models import Cohort, CohortStatus, Enrolment, EnrolmentRole
from app.cohorts.schemas import CohortCreate, CohortRead, CohortUpdate
from app.core import audit
from app.core.errors import InvalidInput
from app.core.pagination import PageParams, paginate
from app.core.records import Unique
from app.core.schemas import Page
from app.core.scope import Scope
from app.core.tenancy import get_or_404, reference, scoped, where_given
from app.programmes.models import Programme

ENTITY = "cohort"
FIELDS = ("programme_id", "name", "starts_on", "ends_on", "status", "notes")
NAME = Unique(Cohort.name, detail="The organisation already has a cohort with this name.", message="Already in use.",
              ignore_case=True)
_SORTABLE = {"name": func.lower(Cohort.name), "startsOn": Cohort.starts_on, "status": Cohort.status,
             "createdAt": Cohort.created_at}
usage.register()


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 = 28/29 Feb)."""
    return day + relativedelta(months=months)


def _participant_count() -> Any:
    return (select(func.count()).select_from(Enrolment)
            .where(Enrolment.cohort_id == Cohort.id, Enrolment.role == EnrolmentRole.participant)
            .correlate(Cohort).scalar_subquery())


def _base(scope: Scope) -> Any:
    return (scoped(Cohort, scope, Cohort, Programme.title, _participant_count())
            .join(Programme, Programme.id == Cohort.programme_id))


def _read(row: Any) -> CohortRead:
    cohort, programme_title, count = row
    values = {name: getattr(cohort, name) for name in CohortRead.model_fields
              if name not in ("programme_title", "participant_count")}
    return CohortRead(**values, programme_title=programme_title, participant_count=count or 0)


def get_cohort(db: Session, scope: Scope, *, cohort_id: uuid.UUID) -> Cohort:
    return get_or_404(db, scope, Cohort, cohort_id, "cohort")


def read_cohort(db: Session, scope: Scope, cohort: Cohort) -> CohortRead:
    return _read(db.execute(_base(scope).where(Cohort.id == cohort.id)).one())


def list_cohorts(db: Session, scope: Scope, params: PageParams, *, programme_id: uuid.UUID | None,
                 status: CohortStatus | None, person_id: uuid.UUID | None, q: str | None) -> Page[CohortRead]:
    """Two queries whatever the page holds (the counts are a subquery)."""
    statement = where_given(_base(scope), (Cohort.programme_id, programme_id), (Cohort.status, status))
    if person_id is not None:
        statement = statement.where(exists().where(Enrolment.cohort_id == Cohort.id,
                                                   Enrolment.person_id == person_id))
    if q:
        statement = statement.where(func.lower(Cohort.name).contains(q.lower(), autoescape=True))
    return paginate(db, statement, params, sortable=_SORTABLE, default_sort=["-startsOn", "name"],
                    tiebreaker=Cohort.id, to_item=_read)


def _check_dates(starts_on: date, ends_on: date | None) -> None:
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput("/endsOn", "The end date lies before the start date.", code="before_start")


def create_cohort(db: Session, scope: Scope, *, data: CohortCreate) -> Cohort:
    programme = reference(db, scope, Programme, data.programme_id, "/programmeId", "programme")
    NAME.check(db, scope, data.model_dump())
    values = data.model_dump()
    if values["ends_on"] is None and programme.duration_months:
        values["ends_on"] = add_months(data.starts_on, programme.duration_months)
    _check_dates(values["starts_on"], values["ends_on"])
    return audit.create_recorded(db, scope, Cohort, values, entity_type=ENTITY, fields=FIELDS)


def update_cohort(db: Session, scope: Scope, *, cohort_id: uuid.UUID, data: CohortUpdate,
                  if_match: str | None) -> Cohort:
    cohort = get_cohort(db, scope, cohort_id=cohort_id)

    def check(values: dict[str, Any]) -> None:
        if "programme_id" in values:
            reference(db, scope, Programme, values["programme_id"], "/programmeId", "programme")
        NAME.check(db, scope, values, cohort)
        _check_dates(values.get("starts_on", cohort.starts_on), values.get("ends_on", cohort.ends_on))

    return audit.update_claimed(db, scope, cohort, data, if_match, entity_type=ENTITY, fields=FIELDS, check=check)


def delete_cohort(db: Session, scope: Scope, *, cohort_id: uuid.UUID) -> None:
    """Deletes the cohort with its enrolments, buddy pairs and sessions (the database cascades)."""
    cohort = get_cohort(db, scope, cohort_id=cohort_id)
    audit.delete_recorded(db, scope, cohort, entity_type=ENTITY, fields=FIELDS)
