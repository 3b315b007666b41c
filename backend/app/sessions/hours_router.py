"""HTTP for learning time (leertijd): the teams of a year against the organisation's norm, one person's year and a
cohort's participants. How sessions count is written in `app.sessions.hours`."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.auth.deps import OrgScope
from app.budgets import years
from app.core.db import DbSession
from app.core.schemas import FIRST_YEAR, LAST_YEAR
from app.sessions import hours
from app.sessions.hours import CohortLearningTime, LearningTime, PersonLearningTime

router = APIRouter(tags=["learning-time"])

YearQuery = Annotated[int | None, Query(ge=FIRST_YEAR, le=LAST_YEAR, description=f"The year. {years.RULE}")]


@router.get("/learning-time", response_model=LearningTime, summary="Learning time per team (leertijd per team)")
def get_learning_time(scope: OrgScope, db: DbSession, year: YearQuery = None) -> LearningTime:
    """Per team the hours of the year's sessions its people attended, have planned and attended without their
    attendance being taken, against the norm: the organisation's learning days per FTE x 8 hours x the team's FTE
    on 1 January (the budgets' teams of that year, matched by name). A session counts end - start, or when it has
    no times its intervention's durationHours up to a working day of 8 hours."""
    return hours.learning_time(db, scope, year=year)


@router.get("/people/{person_id}/learning-time", response_model=PersonLearningTime,
            summary="A person's learning time (leertijd van een medewerker)")
def get_person_learning_time(person_id: uuid.UUID, scope: OrgScope, db: DbSession,
                             year: YearQuery = None) -> PersonLearningTime:
    """The person's hours in the year (planned, attended, unrecorded) with each session and how it counts, and the
    norm for one FTE."""
    return hours.person_learning_time(db, scope, person_id=person_id, year=year)


@router.get("/cohorts/{cohort_id}/learning-time", response_model=CohortLearningTime,
            summary="A cohort's learning time per participant (leertijd van een groep)")
def get_cohort_learning_time(cohort_id: uuid.UUID, scope: OrgScope, db: DbSession) -> CohortLearningTime:
    """Per participant the hours of the cohort's sessions, over the whole run."""
    return hours.cohort_learning_time(db, scope, cohort_id=cohort_id)
