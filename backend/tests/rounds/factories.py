"""Builders for rounds: a published instrument, a cohort with participants, a session with attendees, a round."""

from datetime import UTC, date, datetime, timedelta

from sqlmodel import Session

from app.core.vocabulary import AnonymityMode, InstrumentPurpose, RoundMoment
from app.rounds.models import Round
from tests.cohorts.factories import make_cohort, make_enrolment, make_person
from tests.factories import save
from tests.questionnaires.factories import make_instrument, make_published
from tests.sessions.factories import make_session

__all__ = [
    "cohort_with",
    "evaluation_instrument",
    "make_cohort",
    "make_instrument",
    "make_person",
    "make_published",
    "make_round",
    "make_session",
]


def cohort_with(db: Session, org, participants: int = 3, **values):
    """A cohort with `participants` participants (and a coach, who is never invited)."""
    cohort = make_cohort(db, org, starts_on=values.pop("starts_on", date(2027, 3, 1)),
                         ends_on=values.pop("ends_on", date(2027, 9, 1)), **values)
    people = [make_person(db, org, name=f"Deelnemer {i:03d}") for i in range(participants)]
    for person in people:
        make_enrolment(db, org, cohort, person)
    from app.cohorts.models import EnrolmentRole
    make_enrolment(db, org, cohort, make_person(db, org, name="Coach"), role=EnrolmentRole.coach)
    return cohort, people


def evaluation_instrument(db: Session, org, **values):
    return make_published(db, org, purpose=InstrumentPurpose.intervention_evaluation, **values)


def make_round(db: Session, org, *, instrument=None, cohort=None, session=None, moment: RoundMoment | None = None,
               opens_at: datetime | None = None, closes_at: datetime | None = None, **values) -> Round:
    instrument = instrument or make_published(db, org)
    if cohort is None and session is None:
        cohort = make_cohort(db, org)
    opens_at = opens_at or datetime.now(UTC) - timedelta(days=1)
    closes_at = closes_at or opens_at + timedelta(days=14)
    return save(db, Round(
        organisation_id=org.id, instrument_id=instrument.id, cohort_id=cohort.id if cohort else None,
        session_id=session.id if session else None,
        moment=moment or (RoundMoment.evaluation if session else RoundMoment.pre), opens_at=opens_at,
        closes_at=closes_at, anonymity=values.pop("anonymity", AnonymityMode.pseudonymous), **values))
