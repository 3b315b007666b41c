"""The respondent scenarios' data, made directly in the bench database before the timed window: a published
instrument of 25 questions, rounds of it open now for a demo cohort, and a pool of fresh invitations (one per
unit of work, since a submission uses its invitation up); and the body every virtual client sends.

Also the reference endpoint of scenario (b), mounted by `bench.server` only (never in app/main.py): it validates
the same 25-answer body with pydantic and writes the same rows as the real submission (the invitation's guarded
UPDATE, 1 response, 25 answers in one executemany) with SQLAlchemy Core in one transaction. The ceiling the real
submit path is measured against."""

import os
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import APIRouter, Header, HTTPException
from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel
from sqlalchemy import create_engine, insert, select, update

QUESTIONS = 25  # 22 five-point items, 2 marks, 1 open question
BENCH_SECRET = "bench-only-secret-key-not-for-production"


def _app_settings(database_url: str) -> None:
    """The bench process computes tokens and pseudonyms as the server does: the same key, the same database."""
    os.environ["SECRET_KEY"], os.environ["DATABASE_URL"] = BENCH_SECRET, database_url
    from app.core.config import get_settings
    from app.rounds import tokens

    get_settings.cache_clear()
    tokens._key.cache_clear()  # the server's key: clear what an earlier run cached


def prepare_pool(database_url: str, invitations: int, people: int = 2500) -> tuple[list[str], list[dict[str, Any]]]:
    """(the tokens of `invitations` fresh invitations, the answers body); in the Rotterdam demo's first cohort."""
    _app_settings(database_url)
    from app.cohorts.models import Cohort
    from app.core.vocabulary import AnonymityMode, InstrumentPurpose, QuestionType, RoundMoment
    from app.people.models import Person
    from app.questionnaires.models import Instrument, InstrumentStatus, Question
    from app.rounds import tokens
    from app.rounds.models import Invitation, Round

    engine = create_engine(database_url)
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now, "version": 1}
    with engine.begin() as db:
        cohort_id, org = db.execute(select(Cohort.id, Cohort.organisation_id).order_by(Cohort.name)).first()
        org_ = {"organisation_id": org, **stamp}
        instrument_id = uuid.uuid4()
        db.execute(insert(Instrument.__table__).values(
            id=instrument_id, family_id=instrument_id, version_number=1, title=f"Bench {now:%H%M%S}",
            description="", intro="", closing="", purpose=InstrumentPurpose.effect_measurement, language="nl",
            status=InstrumentStatus.published, published_at=now, **org_))
        kinds = [QuestionType.likert_5] * 22 + [QuestionType.scale_0_10] * 2 + [QuestionType.open_text]
        question_ids = [uuid.uuid4() for _ in kinds]
        db.execute(insert(Question.__table__), [
            {"id": q, "instrument_id": instrument_id, "position": n, "text": f"Benchvraag {n + 1}", "help_text": "",
             "type": kind, "required": True, "options": [], "scale_min_label": "", "scale_max_label": "", **org_}
            for n, (q, kind) in enumerate(zip(question_ids, kinds, strict=True))])
        person_ids = [uuid.uuid4() for _ in range(min(people, invitations))]
        db.execute(insert(Person.__table__), [
            {"id": p, "employee_number": f"BENCH{now:%H%M%S}{n:05d}", "name": f"Bench respondent {n}",
             "email": f"bench{n}.{now:%H%M%S}@bench.invalid", "team": "Bench", **org_}
            for n, p in enumerate(person_ids)])
        tokens_made: list[str] = []
        while len(tokens_made) < invitations:
            round_id = uuid.uuid4()
            db.execute(insert(Round.__table__).values(
                id=round_id, instrument_id=instrument_id, cohort_id=cohort_id, moment=RoundMoment.custom,
                title="", opens_at=now - timedelta(days=1), closes_at=now + timedelta(days=7),
                anonymity=AnonymityMode.pseudonymous, message="", **org_))
            rows = []
            for person_id in person_ids[:invitations - len(tokens_made)]:
                salt = tokens.new_salt()
                token = tokens.token_for(salt)
                tokens_made.append(token)
                rows.append({"id": uuid.uuid4(), "round_id": round_id, "person_id": person_id, "token_salt": salt,
                             "token_hash": tokens.token_hash(token), "status": "pending", "reminder_count": 0,
                             "draft": [], **org_})
            db.execute(insert(Invitation.__table__), rows)
    engine.dispose()
    values: list[Any] = [1 + n % 5 for n in range(22)] + [7, 8, "Een paar woorden over het programma."]
    return tokens_made, [{"questionId": str(q), "value": v} for q, v in zip(question_ids, values, strict=True)]


# the reference endpoint (b)

class _Input(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid")


class _Answer(_Input):
    question_id: uuid.UUID
    value: int | str | None = None


class _Body(_Input):
    answers: list[_Answer] = Field(max_length=500)


reference_router = APIRouter(prefix="/bench", include_in_schema=False)


@reference_router.post("/reference-submission", status_code=201)
def reference_submission(body: _Body, authorization: str = Header()) -> dict[str, str]:
    from app.core.db import get_engine
    from app.responses.models import Answer, Response
    from app.rounds import tokens
    from app.rounds.models import Invitation, InvitationStatus, Round

    token_hash = tokens.token_hash(authorization.removeprefix("Bearer "))
    now = datetime.now(UTC)
    with get_engine().begin() as db:
        found = db.execute(select(Invitation.id, Invitation.round_id, Invitation.person_id,
                                  Invitation.organisation_id, Round.cohort_id)
                           .join(Round, Round.id == Invitation.round_id)
                           .where(Invitation.token_hash == token_hash)).first()
        if found is None:
            raise HTTPException(401)
        guarded = db.execute(update(Invitation.__table__).where(
            Invitation.id == found.id, Invitation.status != InvitationStatus.completed).values(
            status=InvitationStatus.completed, completed_at=now, draft=[], updated_at=now,
            version=Invitation.version + 1))
        if guarded.rowcount == 0:
            raise HTTPException(409)
        response_id = uuid.uuid4()
        db.execute(insert(Response.__table__).values(
            id=response_id, organisation_id=found.organisation_id, round_id=found.round_id,
            pseudonym=tokens.pseudonym(found.cohort_id, found.person_id), submitted_on=now.date(), submitted_at=now))
        db.execute(insert(Answer.__table__), [
            {"response_id": response_id, "question_id": a.question_id, "organisation_id": found.organisation_id,
             "number": a.value if isinstance(a.value, int) else None,
             "text": a.value if isinstance(a.value, str) else None, "option": None, "options": None}
            for a in body.answers])
    return {"submittedAt": now.isoformat()}
