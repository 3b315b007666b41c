"""What the durability tests share: an open round with many invitations made directly in the server's database,
the answers a respondent sends, and what the database holds afterwards."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import create_engine, func, select
from sqlmodel import Session

from app.core.vocabulary import AnonymityMode, RoundMoment
from app.people.models import Person
from app.responses.models import Answer, Response
from app.rounds import tokens
from app.rounds.models import Invitation, InvitationStatus, Round
from tests.cohorts.factories import make_cohort
from tests.factories import make_organisation
from tests.responses.factories import make_full_instrument

ANSWERS_PER_RESPONSE = 6  # make_full_instrument's questions, each answered


def seed(database_url: str, anonymity: AnonymityMode, count: int) -> list[str]:
    """An organisation, a published instrument, a cohort's open round and `count` invitations; their tokens."""
    engine = create_engine(database_url)
    with Session(engine) as db:
        org = make_organisation(db, f"Gemeente Drukstad ({anonymity})")
        instrument = make_full_instrument(db, org)
        cohort = make_cohort(db, org)
        now = datetime.now(UTC)
        round_ = Round(organisation_id=org.id, instrument_id=instrument.id, cohort_id=cohort.id,
                       moment=RoundMoment.pre, opens_at=now - timedelta(hours=1), closes_at=now + timedelta(days=1),
                       anonymity=anonymity)
        people = [Person(organisation_id=org.id, employee_number=f"D{i:04}", name=f"Respondent {i}", team="Burgerzaken",
                         email=f"d{i:04}@example.org") for i in range(count)]
        db.add(round_)
        db.add_all(people)
        db.flush()
        found = []
        for person in people:
            salt = tokens.new_salt()
            token = tokens.token_for(salt)
            found.append(token)
            db.add(Invitation(organisation_id=org.id, round_id=round_.id, person_id=person.id, token_salt=salt,
                              token_hash=tokens.token_hash(token)))
        db.commit()
    engine.dispose()
    return found


def answers_for(questions: list[dict], n: int) -> list[dict]:
    values = [1 + n % 5, 1 + n % 7, n % 11, "stof", ["trainer", "groep"], f"Antwoord {n}"]
    return [{"questionId": q["id"], "value": v} for q, v in zip(questions, values, strict=True)]


def stored(database_url: str) -> tuple[int, int, int]:
    engine = create_engine(database_url)
    with Session(engine) as db:
        counts = (db.scalar(select(func.count()).select_from(Response)),
                  db.scalar(select(func.count()).select_from(Answer)),
                  db.scalar(select(func.count()).select_from(Invitation)
                            .where(Invitation.status == InvitationStatus.completed)))
    engine.dispose()
    return counts  # type: ignore[return-value]
