"""Learning time (leertijd, issue 15 point 7): the hours people spend in sessions, per person and per team in a
year against the organisation's norm, and per participant of a cohort. Summed in SQL, one statement per figure
set, however many people or sessions there are.

How a session counts for an attendee (the three kinds exclude each other):
- attended (gevolgd): attendance taken as present, in a session not cancelled;
- planned (gepland): a planned session whose attendance is not taken yet;
- unrecorded (niet geregistreerd): a held session whose attendance was never taken; shown apart, not as attended,
  because nobody confirmed the person came;
an absent attendee and a cancelled session count nothing.

A session's length: end - start when it has both times; otherwise it is an all-day session and counts its
intervention's `durationHours` when that is shorter than a working day, else a working day (8 hours, the day the
norm counts in). An intervention's learningHoursPerParticipant is its whole study load (self-study included,
for every session of a run together), so it is not what one session takes.

The norm of a team: the organisation's learning days per FTE x 8 hours x the team's FTE in that year (the
budgets' teams, matched to a person's team by name, case-insensitively)."""

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import Field
from sqlalchemy import Integer, and_, case, extract, func, or_, select, type_coerce
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from app.budgets import teams as budget_teams
from app.budgets import years
from app.cohorts.models import Enrolment, EnrolmentRole
from app.core.schemas import ApiModel, Decimal2
from app.core.scope import Scope
from app.interventions.models import Intervention
from app.organisations import service as organisations
from app.people.models import Person
from app.sessions import calendar
from app.sessions.models import Attendance, Attendee, FeedKind, LearningSession, SessionStatus

HOURS_PER_DAY = Decimal("8")
_CENTIMINUTES_PER_HOUR = Decimal(6000)
_WORKING_DAY = 8 * 6000  # in hundredths of a minute
CENT = Decimal("0.01")


# --- shapes ----------------------------------------------------------------------------------------------------------

class Hours(ApiModel):
    planned_hours: Decimal2 = Field(description="Planned sessions the person attends, attendance not taken yet.")
    attended_hours: Decimal2 = Field(description="Sessions the person was present at.")
    unrecorded_hours: Decimal2 = Field(description="Held sessions whose attendance was never taken (not counted "
                                                   "as attended).")


class SessionHours(ApiModel):
    session_id: uuid.UUID
    day: date
    title: str = Field(description="The session's title, or its intervention's.")
    status: SessionStatus
    attendance: Attendance | None
    hours: Decimal2 = Field(description="The session's length (end - start; all day: the intervention's "
                                        "durationHours up to 8).")
    counted_as: str = Field(description="`attended`, `planned`, `unrecorded` or `none` (absent, or cancelled).")


class PersonLearningTime(Hours):
    person_id: uuid.UUID
    year: int
    norm_hours: Decimal2 | None = Field(description="The organisation's norm for one FTE: learning days per FTE "
                                                    "x 8; null when it sets none.")
    sessions: list[SessionHours] = Field(description="The year's sessions the person attends, by day.")


class TeamLearningTime(Hours):
    team: str = Field(description="The team as people carry it (empty: people without a team).")
    people: int = Field(description="People in the team (not left before the year began).")
    fte: Decimal2 | None = Field(description="The team's FTE on 1 January (budgets' teams); null when the team is "
                                             "not entered there for the year.")
    norm_hours: Decimal2 | None = Field(description="learning days per FTE x 8 x fte; null without a norm or fte.")
    attended_percent_of_norm: Decimal2 | None = Field(description="attendedHours / normHours x 100.")
    planned_percent_of_norm: Decimal2 | None = Field(description="(attendedHours + plannedHours) / normHours x 100.")


class LearningTime(ApiModel):
    year: int
    norm_days_per_fte: Decimal2 | None = Field(description="The organisation's learning days per FTE (settings).")
    hours_per_day: Decimal2
    teams: list[TeamLearningTime] = Field(description="Every team of the year's budget teams and every team "
                                                      "people carry, by name.")
    total: TeamLearningTime = Field(description="The organisation as a whole (team empty).")


class ParticipantLearningTime(Hours):
    person_id: uuid.UUID
    name: str
    team: str


class CohortLearningTime(Hours):
    cohort_id: uuid.UUID
    participants: list[ParticipantLearningTime] = Field(description="The cohort's participants, by name, with the "
                                                                    "hours of the cohort's sessions.")


# --- the expressions --------------------------------------------------------------------------------------------------

def _minutes(column: Any) -> ColumnElement[int]:
    return extract("hour", column) * 60 + extract("minute", column)


def _length() -> ColumnElement[int]:
    """A session's length in hundredths of a minute (integers on every database: exact sums)."""
    timed = and_(LearningSession.starts_at.is_not(None), LearningSession.ends_at.is_not(None))
    duration = type_coerce(Intervention.duration_hours, Integer)  # stored in hundredths of an hour
    return case(
        (timed, (_minutes(LearningSession.ends_at) - _minutes(LearningSession.starts_at)) * 100),
        (duration < 800, duration * 60),
        else_=_WORKING_DAY,
    )


_ATTENDED = and_(Attendee.attendance == Attendance.present, LearningSession.status != SessionStatus.cancelled)
_PLANNED = and_(Attendee.attendance.is_(None), LearningSession.status == SessionStatus.planned)
_UNRECORDED = and_(Attendee.attendance.is_(None), LearningSession.status == SessionStatus.held)


def _sums() -> list[ColumnElement[Any]]:
    length = _length()
    return [func.coalesce(func.sum(case((condition, length), else_=0)), 0)
            for condition in (_PLANNED, _ATTENDED, _UNRECORDED)]


def _hours(value: Any) -> Decimal:
    return (Decimal(int(value or 0)) / _CENTIMINUTES_PER_HOUR).quantize(CENT)


def _hours_of(row: Any, first: int) -> dict[str, Decimal]:
    return {"planned_hours": _hours(row[first]), "attended_hours": _hours(row[first + 1]),
            "unrecorded_hours": _hours(row[first + 2])}


def _in_year(year: int) -> ColumnElement[bool]:
    return LearningSession.day.between(date(year, 1, 1), date(year, 12, 31))


def _attended_sessions(scope: Scope) -> Select[Any]:
    return (select().select_from(Attendee)
            .join(LearningSession, LearningSession.id == Attendee.session_id)
            .join(Intervention, Intervention.id == LearningSession.intervention_id)
            .where(Attendee.organisation_id == scope.organisation_id))


def _norm_days(db: Session, scope: Scope) -> Decimal | None:
    norm = organisations.get_organisation(db, scope).learning_days_per_fte
    return Decimal(norm) if norm is not None else None


def _percent(part: Decimal, whole: Decimal | None) -> Decimal | None:
    return (part / whole * 100).quantize(CENT) if whole else None


# --- a person ---------------------------------------------------------------------------------------------------------

def person_learning_time(db: Session, scope: Scope, *, person_id: uuid.UUID, year: int | None) -> PersonLearningTime:
    calendar.subject(db, scope, FeedKind.person, person_id)  # 404 when not the caller's
    chosen = years.year_or_default(db, scope, year)
    length = _length()
    counted = case((_ATTENDED, "attended"), (_PLANNED, "planned"), (_UNRECORDED, "unrecorded"), else_="none")
    rows = db.execute(
        _attended_sessions(scope)
        .add_columns(LearningSession.id, LearningSession.day, func.coalesce(func.nullif(LearningSession.title, ""),
                                                                            Intervention.title),
                     LearningSession.status, Attendee.attendance, length, counted)
        .where(Attendee.person_id == person_id, _in_year(chosen))
        .order_by(LearningSession.day, LearningSession.starts_at, LearningSession.id)
    ).all()
    sessions = [SessionHours(session_id=r[0], day=r[1], title=r[2], status=r[3], attendance=r[4], hours=_hours(r[5]),
                             counted_as=r[6]) for r in rows]
    totals = {kind: sum((s.hours for s in sessions if s.counted_as == kind), Decimal("0.00"))
              for kind in ("planned", "attended", "unrecorded")}
    norm = _norm_days(db, scope)
    return PersonLearningTime(
        person_id=person_id, year=chosen, planned_hours=totals["planned"], attended_hours=totals["attended"],
        unrecorded_hours=totals["unrecorded"], sessions=sessions,
        norm_hours=(norm * HOURS_PER_DAY).quantize(CENT) if norm is not None else None)


# --- the teams of a year ----------------------------------------------------------------------------------------------

def learning_time(db: Session, scope: Scope, *, year: int | None) -> LearningTime:
    """Every team's hours in the year against its norm; four statements (year, organisation, hours, people) plus
    the budgets' teams and the year rule's."""
    chosen = years.year_or_default(db, scope, year)
    hours = {row[0]: _hours_of(row, 1) for row in db.execute(
        _attended_sessions(scope).join(Person, Person.id == Attendee.person_id)
        .add_columns(func.lower(Person.team), *_sums())
        .where(_in_year(chosen)).group_by(func.lower(Person.team)))}
    people = db.execute(
        select(func.lower(Person.team), func.min(Person.team), func.count())
        .where(Person.organisation_id == scope.organisation_id,
               or_(Person.left_on.is_(None), Person.left_on >= date(chosen, 1, 1)))
        .group_by(func.lower(Person.team))).all()
    counts = {row[0]: row[2] for row in people}
    names = {row[0]: row[1] for row in people}
    fte: dict[str, Decimal] = {}
    for _id, name, team_fte in budget_teams.teams_of_year(db, scope, chosen):
        fte[name.lower()] = team_fte
        names.setdefault(name.lower(), name)  # the budgets' spelling only where no person carries the team
    norm = _norm_days(db, scope)
    zero = {"planned_hours": Decimal("0.00"), "attended_hours": Decimal("0.00"), "unrecorded_hours": Decimal("0.00")}

    def team(key: str, name: str, people_count: int, team_fte: Decimal | None, figures: dict[str, Decimal]) \
            -> TeamLearningTime:
        norm_hours = (norm * HOURS_PER_DAY * team_fte).quantize(CENT) if norm is not None and team_fte else None
        return TeamLearningTime(
            team=name, people=people_count, fte=team_fte, norm_hours=norm_hours, **figures,
            attended_percent_of_norm=_percent(figures["attended_hours"], norm_hours),
            planned_percent_of_norm=_percent(figures["attended_hours"] + figures["planned_hours"], norm_hours))

    keys = sorted(set(names) | set(hours), key=lambda key: (key == "", key))
    rows = [team(key, names.get(key, key), counts.get(key, 0), fte.get(key), hours.get(key, zero)) for key in keys]
    total_fte = sum(fte.values(), Decimal("0.00")) if fte else None
    totals = {field: sum((getattr(row, field) for row in rows), Decimal("0.00")) for field in zero}
    return LearningTime(year=chosen, norm_days_per_fte=norm, hours_per_day=HOURS_PER_DAY, teams=rows,
                        total=team("", "", sum(counts.values()), total_fte, totals))


# --- a cohort's participants ------------------------------------------------------------------------------------------

def cohort_learning_time(db: Session, scope: Scope, *, cohort_id: uuid.UUID) -> CohortLearningTime:
    """The hours of the cohort's sessions (all its years) for each of its participants."""
    calendar.subject(db, scope, FeedKind.cohort, cohort_id)
    in_cohort = and_(Attendee.session_id == LearningSession.id, LearningSession.cohort_id == cohort_id)
    rows = db.execute(
        select(Person.id, Person.name, Person.team, *_sums())
        .select_from(Enrolment)
        .join(Person, Person.id == Enrolment.person_id)
        .outerjoin(Attendee, Attendee.person_id == Person.id)
        .outerjoin(LearningSession, in_cohort)
        .outerjoin(Intervention, Intervention.id == LearningSession.intervention_id)
        .where(Enrolment.organisation_id == scope.organisation_id, Enrolment.cohort_id == cohort_id,
               Enrolment.role == EnrolmentRole.participant)
        .group_by(Person.id, Person.name, Person.team)
        .order_by(Person.name, Person.id)
    ).all()
    participants = [ParticipantLearningTime(person_id=r[0], name=r[1], team=r[2], **_hours_of(r, 3)) for r in rows]
    totals = {field: sum((getattr(p, field) for p in participants), Decimal("0.00"))
              for field in ("planned_hours", "attended_hours", "unrecorded_hours")}
    return CohortLearningTime(cohort_id=cohort_id, participants=participants, **totals)
