"""Cohorts for the demo: a run of a programme with its people in their roles, buddy pairs proposed as the API
proposes them (from a seed) and its schedule generated and confirmed by the same code `POST /cohorts/{id}/schedule`
runs. The status follows the date the demo is loaded on: planned before the start, running until the end,
finished after it."""

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from app.cohorts import buddies, enrolments, schedule, service
from app.cohorts.models import CohortStatus, EnrolmentRole
from app.cohorts.schemas import BuddyPairsWrite, BuddyPairWrite, CohortCreate, EnrolmentCreate, ScheduleRequest
from app.core.scope import Role, Scope
from app.people.models import Person
from app.programmes.models import Programme


@dataclass(frozen=True)
class CohortData:
    name: str
    programme: str  # ProgrammeData.title
    starts_on: date
    participants: tuple[str, ...]  # employee numbers
    coaches: tuple[str, ...] = ()
    buddies: tuple[str, ...] = ()  # buddies from outside the group
    buddy_seed: int = 0
    notes: str = ""


def status_on(today: date, starts_on: date, ends_on: date | None) -> CohortStatus:
    if today < starts_on:
        return CohortStatus.planned
    if ends_on is not None and today > ends_on:
        return CohortStatus.finished
    return CohortStatus.running


def load_cohorts(db: Session, organisation_id: uuid.UUID, cohorts: tuple[CohortData, ...], *,
                 programmes: dict[str, Programme], people: dict[str, Person],
                 today: date | None = None) -> dict[str, int]:
    """The cohorts through the cohorts services (as an adviser would make them); answers the counts."""
    scope = Scope(organisation_id=organisation_id, role=Role.editor, actor_label="demo loader")
    today = today or date.today()
    counts = {"cohorts": 0, "enrolments": 0, "buddy_pairs": 0, "learning_sessions": 0}
    for data in cohorts:
        programme = programmes[data.programme]
        ends_on = service.add_months(data.starts_on, programme.duration_months) if programme.duration_months \
            else None
        cohort = service.create_cohort(db, scope, data=CohortCreate(
            programme_id=programme.id, name=data.name, starts_on=data.starts_on, notes=data.notes,
            status=status_on(today, data.starts_on, ends_on)))
        for role, numbers in ((EnrolmentRole.participant, data.participants), (EnrolmentRole.coach, data.coaches),
                              (EnrolmentRole.buddy, data.buddies)):
            if numbers:
                enrolments.enrol(db, scope, cohort_id=cohort.id, data=EnrolmentCreate(
                    person_ids=[people[n].id for n in numbers], role=role))
                counts["enrolments"] += len(numbers)
        pairs, _odd = buddies.propose_pairs(enrolments.participants(db, scope, cohort.id), data.buddy_seed)
        buddies.save_pairs(db, scope, cohort_id=cohort.id, data=BuddyPairsWrite(pairs=[
            BuddyPairWrite(first_person_id=a.id, second_person_id=b.id) for a, b in pairs]))
        answer = schedule.schedule(db, scope, cohort_id=cohort.id, data=ScheduleRequest(confirm=True))
        counts["cohorts"] += 1
        counts["buddy_pairs"] += len(pairs)
        counts["learning_sessions"] += answer.result.created if answer.result else 0
    db.flush()
    return counts
