"""Rounds for the demo: a published instrument given to a cohort or a session, its invitations, and for the rounds
already answered the responses with synthetic answers, as a round's respondents would have left them. Written in
bulk (a statement per table, not per row); deterministic (seeded), so every load shows the same figures.

What a response holds follows the round's anonymity mode exactly as `app/responses/models.py` says: pseudonymous
→ the keyed pseudonym of the person in the subject and the submission time; anonymous → only the day; named → the
person and the time. Invitations of those who answered are `completed`; the others of a closed round `sent`; those
of a round not yet open `pending`."""

import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlmodel import Session, select

from app.core.vocabulary import AnonymityMode, QuestionType, RoundMoment
from app.questionnaires.models import Question
from app.responses.models import Answer, Response
from app.rounds import tokens
from app.rounds.models import Invitation, InvitationStatus, Round

# (the question, the respondent's index among the invited, the round's index in its series, the seeded random)
# -> the answer's value: an int for scales, an option key, a list of keys, or a text; None: left unanswered
AnswerValue = int | str | list[str]
Answerer = Callable[[Question, int, int, random.Random], AnswerValue | None]


@dataclass(frozen=True)
class RoundData:
    moment: RoundMoment
    opens_at: datetime
    closes_at: datetime
    answered: int = 0  # how many of the invited answered (the first ones after a seeded shuffle)
    title: str = ""


@dataclass(frozen=True)
class RoundSeries:
    """The rounds of one subject (a cohort or a session) with the same instrument and invitees."""

    instrument_id: uuid.UUID
    subject_id: uuid.UUID
    subject_is_cohort: bool
    invitees: Sequence[uuid.UUID]  # person ids
    rounds: tuple[RoundData, ...]
    anonymity: AnonymityMode = AnonymityMode.pseudonymous
    seed: int = 0
    answer: Answerer | None = None  # this series' answers, instead of `load_rounds`'s


OPEN_TEXTS = (
    "Ik merk dat ik beter luister voordat ik reageer. In het overleg met de wijk vraag ik nu eerst door.",
    "De oefeningen met casussen uit ons eigen werk hielpen het meest. Daar had wat meer tijd voor mogen zijn.",
    "Mijn leidinggevende vraagt er nog weinig naar. Ik zou graag vaker bespreken wat ik heb geleerd.",
    "Het tempo lag soms hoog. Toch neem ik een paar concrete afspraken met mezelf mee naar mijn team.",
    "Goed om collega's van andere afdelingen te spreken. Ik weet nu beter bij wie ik terecht kan.",
    "Ik probeer het nieuwe gesprek al toe te passen, maar in drukke weken schiet het er nog bij in.",
    "Heldere uitleg en een fijne groep. De tweede dag was voor mij het nuttigst.",
    "Ik had meer willen oefenen met lastige situaties. De theorie kende ik grotendeels al.",
)


def clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def default_answer(question: Question, respondent: int, series_index: int, rng: random.Random) -> AnswerValue:
    """A plausible answer on any question type: scales around their upper middle, choices spread, a few Dutch
    sentences for open questions."""
    if question.type == QuestionType.likert_5:
        return clamp(rng.gauss(3.8, 0.8), 1, 5)
    if question.type == QuestionType.likert_7:
        return clamp(rng.gauss(5.2, 1.0), 1, 7)
    if question.type == QuestionType.scale_0_10:
        return clamp(rng.gauss(7.4, 1.1), 0, 10)
    keys = [option["key"] for option in question.options]
    if question.type == QuestionType.single_choice:
        return rng.choice(keys)
    if question.type == QuestionType.multiple_choice:
        return sorted(rng.sample(keys, rng.randint(1, max(1, min(3, len(keys))))), key=keys.index)
    return OPEN_TEXTS[(respondent + series_index + rng.randrange(len(OPEN_TEXTS))) % len(OPEN_TEXTS)]


def _answer_row(question: Question, response_id: uuid.UUID, organisation_id: uuid.UUID,
                value: AnswerValue) -> Answer:
    answer = Answer(response_id=response_id, question_id=question.id, organisation_id=organisation_id)
    if question.type == QuestionType.single_choice:
        answer.option = str(value)
    elif question.type == QuestionType.multiple_choice:
        answer.options = list(value) if isinstance(value, list) else [str(value)]
    elif question.type == QuestionType.open_text:
        answer.text = str(value)
    else:
        answer.number = int(value) if isinstance(value, int) else None
    return answer


def load_rounds(db: Session, organisation_id: uuid.UUID, series: Sequence[RoundSeries], *,
                answer: Answerer = default_answer) -> dict[str, int]:
    """The rounds, their invitations and the answered ones' responses and answers: one INSERT per table (after one
    SELECT of the instruments' questions); answers the counts."""
    instrument_ids = {s.instrument_id for s in series}
    questions: dict[uuid.UUID, list[Question]] = {i: [] for i in instrument_ids}
    for question in db.exec(select(Question).where(Question.instrument_id.in_(instrument_ids))  # type: ignore[attr-defined]
                            .order_by(Question.position)).all():
        questions[question.instrument_id].append(question)
    org = {"organisation_id": organisation_id}
    rounds: list[Round] = []
    invitations: list[Invitation] = []
    responses: list[Response] = []
    answers: list[Answer] = []
    for data in series:
        rng = random.Random(data.seed)  # noqa: S311  synthetic demo answers, not security
        subject = {"cohort_id": data.subject_id} if data.subject_is_cohort else {"session_id": data.subject_id}
        for index, round_data in enumerate(data.rounds):
            round_ = Round(id=uuid.uuid4(), instrument_id=data.instrument_id, moment=round_data.moment,
                           title=round_data.title, opens_at=round_data.opens_at, closes_at=round_data.closes_at,
                           anonymity=data.anonymity, **subject, **org)
            rounds.append(round_)
            order = list(range(len(data.invitees)))
            rng.shuffle(order)
            answered = set(order[:round_data.answered])
            span = (round_data.closes_at - round_data.opens_at).total_seconds()
            for respondent, person_id in enumerate(data.invitees):
                salt = tokens.new_salt()
                invitation = Invitation(round_id=round_.id, person_id=person_id, token_salt=salt,
                                        token_hash=tokens.token_hash(tokens.token_for(salt)), **org)
                invitations.append(invitation)
                if round_data.answered == 0:
                    continue  # made, not yet sent
                invitation.status = InvitationStatus.sent
                invitation.sent_at = round_data.opens_at
                if respondent not in answered:
                    continue
                submitted = round_data.opens_at + timedelta(seconds=span * rng.uniform(0.05, 0.9))
                invitation.status = InvitationStatus.completed
                invitation.opened_at = submitted - timedelta(minutes=rng.randint(4, 15))
                invitation.completed_at = submitted
                response = Response(id=uuid.uuid4(), round_id=round_.id, submitted_on=submitted.date(), **org)
                if data.anonymity == AnonymityMode.pseudonymous:
                    response.pseudonym = tokens.pseudonym(data.subject_id, person_id)
                    response.submitted_at = submitted
                elif data.anonymity == AnonymityMode.named:
                    response.person_id = person_id
                    response.submitted_at = submitted
                responses.append(response)
                answerer = data.answer or answer
                values = ((q, answerer(q, respondent, index, rng)) for q in questions[data.instrument_id])
                answers.extend(_answer_row(q, response.id, organisation_id, value)
                               for q, value in values if value is not None)
    for rows in (rounds, invitations, responses, answers):
        if rows:
            db.add_all(rows)
            db.flush()
    return {"rounds": len(rounds), "invitations": len(invitations), "responses": len(responses),
            "answers": len(answers)}


def at(day: object, hour: int = 9) -> datetime:
    """A demo time: `day` (a date) at `hour` UTC."""
    return datetime.combine(day, time(hour), tzinfo=UTC)  # type: ignore[arg-type]
