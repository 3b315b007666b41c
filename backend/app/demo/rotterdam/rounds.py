"""Rotterdam's effect measurement in use (step 6 of the guide), pseudonymous so pre and post pair:
- "Traineeship 2026-A" (running): the pre-measurement answered by 19 of the 20 trainees, after week 1 by 17; midway
  and post planned, their invitations made and pending.
- "Traineeship 2025-A" (finished): all four rounds closed, answered by 14 to 16 of its 16 trainees.
The synthetic answers (seeded) grow a point on the five-point scale from pre to post on the guide's two
competencies (verbindend, omgevingsbewust) and stay flat on the others; the organisation-level items score lower
than the participant-level ones. Demo data."""

import random
import uuid
from collections.abc import Mapping
from datetime import date

from sqlmodel import Session, select

from app.cohorts.models import Cohort
from app.competencies.models import Competency
from app.core.vocabulary import AnonymityMode, MeasurementLevel, QuestionType, RoundMoment
from app.demo.build.rounds import Answerer, AnswerValue, RoundData, RoundSeries, at, clamp, default_answer, load_rounds
from app.demo.rotterdam.people import FORMER_TRAINEES, TRAINEES
from app.people.models import Person
from app.questionnaires.models import Instrument, Question

GROWING = ("verbindend", "omgevingsbewust")  # +1 point from pre to post
PRE, WEEK_1, MIDWAY, POST = RoundMoment.pre, RoundMoment.after_week_1, RoundMoment.midway, RoundMoment.post

RUNNING = ("Traineeship 2026-A", TRAINEES, (
    RoundData(PRE, at(date(2026, 8, 24)), at(date(2026, 9, 1), 17), answered=19),
    RoundData(WEEK_1, at(date(2026, 9, 7)), at(date(2026, 9, 14), 17), answered=17),
    RoundData(MIDWAY, at(date(2027, 5, 31)), at(date(2027, 6, 14), 17)),
    RoundData(POST, at(date(2028, 2, 14)), at(date(2028, 2, 28), 17)),
))
FINISHED = ("Traineeship 2025-A", FORMER_TRAINEES, (
    RoundData(PRE, at(date(2024, 12, 30)), at(date(2025, 1, 6), 17), answered=16),
    RoundData(WEEK_1, at(date(2025, 1, 13)), at(date(2025, 1, 20), 17), answered=15),
    RoundData(MIDWAY, at(date(2025, 9, 29)), at(date(2025, 10, 13), 17), answered=14),
    RoundData(POST, at(date(2026, 6, 22)), at(date(2026, 7, 3), 17), answered=15),
))
# the share of the growth a round shows, by its place in the series: pre, after week 1, midway, post
GROWTH_SHARE = (0.0, 0.15, 0.55, 1.0)
BASE = {MeasurementLevel.participant: 3.3, MeasurementLevel.programme: 3.6, MeasurementLevel.organisation: 2.6}


def effect_answerer(growing: set[uuid.UUID]) -> Answerer:
    def answer(question: Question, respondent: int, series_index: int, rng: random.Random) -> AnswerValue:
        if question.type != QuestionType.likert_5:
            return default_answer(question, respondent, series_index, rng)
        person = ((respondent * 37) % 9 - 4) / 10  # the same respondent leans the same way in every round
        base = 2.8 if question.competency_id in growing else BASE.get(question.level, 3.4)  # type: ignore[arg-type]
        growth = 1.15 * GROWTH_SHARE[series_index] if question.competency_id in growing else 0.0
        return clamp(base + person + growth + rng.gauss(0, 0.35), 1, 5)

    return answer


def load_effect_rounds(db: Session, organisation_id: uuid.UUID, *, people: Mapping[str, Person],
                       competencies: Mapping[str, Competency]) -> dict[str, int]:
    instrument_id = db.exec(select(Instrument.id).where(Instrument.organisation_id == organisation_id,
                                                        Instrument.template_key == "effect_measurement")).one()
    cohorts = dict(db.exec(select(Cohort.name, Cohort.id).where(Cohort.organisation_id == organisation_id)).all())
    series = [RoundSeries(instrument_id, cohorts[name], True, [people[p.employee_number].id for p in trainees],
                          rounds, anonymity=AnonymityMode.pseudonymous, seed=seed)
              for seed, (name, trainees, rounds) in enumerate((FINISHED, RUNNING), start=2025)]
    return load_rounds(db, organisation_id, series,
                       answer=effect_answerer({competencies[key].id for key in GROWING}))
