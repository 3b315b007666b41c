"""What staff see of a round's responses (DESIGN §2.7): a page of responses with their answers, and every response
of a round for the export. A named round shows who answered; a pseudonymous or anonymous one never shows more
than the response itself (the pseudonym stays in the database: it pairs pre and post, it is not for reading).

A page costs the same queries whatever it holds: the round, the count, the page and one query for its answers."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from app.core.pagination import PageParams, paginate
from app.core.schemas import ApiModel, Page
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.core.vocabulary import AnonymityMode
from app.people.models import Person
from app.questionnaires import service as questionnaires
from app.responses.models import Answer, Response
from app.rounds import service as rounds
from app.rounds.models import Round


class PersonRef(ApiModel):
    id: uuid.UUID
    name: str


class AnswerRead(ApiModel):
    question_id: uuid.UUID
    # likert and scales: an integer; single choice: the option's key; multiple choice: the keys; open: the text
    value: int | str | list[str] | None


class ResponseRead(ApiModel):
    id: uuid.UUID
    submitted_on: date
    submitted_at: datetime | None  # empty in anonymous rounds: they keep only the day
    person: PersonRef | None  # named rounds only; empty once the person is erased
    answers: list[AnswerRead]


def get_round(db: Session, scope: Scope, round_id: uuid.UUID) -> Round:
    return rounds.get_round(db, scope, round_id=round_id)


def answer_value(answer: Answer) -> int | str | list[str] | None:
    if answer.number is not None:
        return answer.number
    if answer.options is not None:
        return list(answer.options)
    if answer.option is not None:
        return answer.option
    return answer.text


def answers_of(db: Session, scope: Scope, response_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Answer]]:
    """The answers of these responses, in one query."""
    found: dict[uuid.UUID, list[Answer]] = defaultdict(list)
    if response_ids:
        for answer in db.scalars(scoped(Answer, scope).where(Answer.response_id.in_(response_ids))):
            found[answer.response_id].append(answer)
    return found


def _read(row: Any, answers: dict[uuid.UUID, list[Answer]], named: bool) -> ResponseRead:
    response, name = row[0], row[2]
    person = PersonRef(id=response.person_id, name=name) if named and response.person_id and name else None
    return ResponseRead(id=response.id, submitted_on=response.submitted_on, submitted_at=response.submitted_at,
                        person=person, answers=[AnswerRead(question_id=a.question_id, value=answer_value(a))
                                                for a in answers.get(response.id, [])])


def _named(round_: Round) -> bool:
    return AnonymityMode(round_.anonymity) is AnonymityMode.named


def list_responses(db: Session, scope: Scope, params: PageParams, *, round_id: uuid.UUID) -> Page[ResponseRead]:
    round_ = get_round(db, scope, round_id)
    named = _named(round_)
    statement = scoped(Response, scope, Response, Person.employee_number, Person.name).outerjoin(
        Person, Person.id == Response.person_id).where(Response.round_id == round_.id)
    page = paginate(db, statement, params, sortable={"submittedOn": Response.submitted_on},
                    default_sort=["submittedOn"], tiebreaker=Response.id, to_item=tuple)
    answers = answers_of(db, scope, [row[0].id for row in page.items])
    page.items = [_read(row, answers, named) for row in page.items]
    return page


def all_responses(db: Session, scope: Scope, round_: Round) -> list[tuple[Response, str, str, list[Answer]]]:
    """Every response of the round in the order they came in (the export's rows), with the person's employee
    number and name (named rounds only, else empty) and the answers: two queries."""
    rows = db.execute(scoped(Response, scope, Response, Person.employee_number, Person.name).outerjoin(
        Person, Person.id == Response.person_id).where(Response.round_id == round_.id)
        .order_by(Response.submitted_on, Response.submitted_at, Response.id)).all()
    answers = answers_of(db, scope, [row[0].id for row in rows])
    named = _named(round_)
    return [(row[0], (row[1] or "") if named else "", (row[2] or "") if named else "", answers.get(row[0].id, []))
            for row in rows]


def instrument_title(db: Session, scope: Scope, round_: Round) -> str:
    return questionnaires.get_instrument(db, scope, instrument_id=round_.instrument_id).title
