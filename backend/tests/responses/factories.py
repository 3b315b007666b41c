"""Builders for the respondent tests: a published instrument with one question of each type, a round of a cohort
and invitations with their tokens (straight into the tables: the rounds service is another helper's)."""

from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from app.core.vocabulary import AnonymityMode, QuestionType, RoundMoment
from app.questionnaires import service
from app.rounds import tokens
from app.rounds.models import Invitation, Round
from tests.cohorts.factories import make_cohort, make_enrolment, make_person
from tests.factories import make_scope, save
from tests.questionnaires.factories import make_instrument, make_question

OPTIONS = [{"key": "trainer", "label": "De trainer"}, {"key": "stof", "label": "De stof"},
           {"key": "groep", "label": "De groep"}]


def make_full_instrument(db: Session, org, **values):
    """Questions 1-6: likert_5, likert_7, scale_0_10, single_choice, multiple_choice, open_text (optional)."""
    instrument = make_instrument(db, org, **values)
    for number, kind in enumerate(QuestionType, start=1):
        choice = kind in (QuestionType.single_choice, QuestionType.multiple_choice)
        make_question(db, org, instrument, text=f"Vraag {number} ({kind})", type=kind,
                      required=kind is not QuestionType.open_text, **({"options": OPTIONS} if choice else {}))
    return service.publish(db, make_scope(org), instrument_id=instrument.id)


def make_round(db: Session, org, instrument, *, cohort=None, anonymity=AnonymityMode.pseudonymous,
               opens_at=None, closes_at=None, moment=RoundMoment.pre) -> Round:
    now = datetime.now(UTC)
    cohort = cohort or make_cohort(db, org)
    return save(db, Round(organisation_id=org.id, instrument_id=instrument.id, cohort_id=cohort.id, moment=moment,
                          opens_at=opens_at or now - timedelta(days=1), closes_at=closes_at or now + timedelta(days=7),
                          anonymity=anonymity))


def invite(db: Session, org, round_: Round, person=None) -> tuple[Invitation, str]:
    """An invitation and its token."""
    if person is None:
        person = make_person(db, org)
        if round_.cohort_id:
            from app.cohorts.models import Cohort
            make_enrolment(db, org, db.get(Cohort, round_.cohort_id), person)
    salt = tokens.new_salt()
    token = tokens.token_for(salt)
    invitation = save(db, Invitation(organisation_id=org.id, round_id=round_.id, person_id=person.id,
                                     token_salt=salt, token_hash=tokens.token_hash(token)))
    return invitation, token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
