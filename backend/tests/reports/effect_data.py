"""A generated cohort for the effect tests, and the figures computed from its raw values with NumPy and SciPy (the
report's SQL sums are checked against these).

Rounds: pre and after week 1 pseudonymous (paired), midway named (unpaired against the pseudonymous pre), post
anonymous (unpaired). Questions: a five-point, a seven-point and a 0-10 item of the participant and organisation
levels, a five-point programme item that only 4 answer after week 1 (suppressed there, so no group may carry it:
it shares its competency with the first two) and an open question (no row)."""

from dataclasses import dataclass

import numpy as np
from scipy import stats

from app.core.vocabulary import AnonymityMode, Dimension, MeasurementLevel, QuestionType, RoundMoment, TransferLever
from tests.reports.factories import (
    answer_rounds,
    make_cohort,
    make_competency,
    make_effect_instrument,
    make_people,
    make_rounds,
)

MINIMUM = 5
MOMENTS = [(RoundMoment.pre, AnonymityMode.pseudonymous), (RoundMoment.after_week_1, AnonymityMode.pseudonymous),
           (RoundMoment.midway, AnonymityMode.named), (RoundMoment.post, AnonymityMode.anonymous)]
RESPONDENTS = [list(range(13)), [*range(11), 13], list(range(10)), list(range(12))]
SCALES = [(1, 5), (1, 7), (0, 10), (1, 5)]
GROWTH = [0.0, 0.4, 0.8, 1.2]
SPARSE = 3  # the question only 4 answer after week 1


@dataclass
class Study:
    org: object
    cohort: object
    rounds: list
    questions: list  # the numeric ones, in order
    competency: object
    raw: list  # raw[r][p] = the answers of person p at round r (numeric questions, None: not answered)


def question_specs(competency_id) -> list[dict]:
    return [
        {"type": QuestionType.likert_5, "text": "Ik pas het geleerde toe.", "level": MeasurementLevel.participant,
         "dimension": Dimension.learning_effect, "competency_id": competency_id,
         "transfer_lever": TransferLever.transfer_motivation},
        {"type": QuestionType.likert_7, "text": "Ik vraag collega's om feedback.",
         "level": MeasurementLevel.participant,
         "dimension": Dimension.behaviour, "competency_id": competency_id},
        {"type": QuestionType.scale_0_10, "text": "Mijn leidinggevende steunt me.",
         "level": MeasurementLevel.organisation, "dimension": Dimension.support,
         "transfer_lever": TransferLever.supervisor_support},
        {"type": QuestionType.likert_5, "text": "Het programma is goed georganiseerd.",
         "level": MeasurementLevel.programme, "dimension": Dimension.quality, "competency_id": competency_id},
        {"type": QuestionType.open_text, "text": "Wat wil je nog kwijt?", "required": False},
    ]


def generate(seed: int = 17) -> list[dict[int, list]]:
    rng = np.random.default_rng(seed)
    lean = rng.normal(0, 0.6, 14)
    raw: list[dict[int, list]] = []
    for r, people in enumerate(RESPONDENTS):
        by_person = {}
        for p in people:
            answers: list = []
            for q, (low, high) in enumerate(SCALES):
                middle = (low + high) / 2
                value = int(np.clip(round(middle + lean[p] * (high - low) / 4 + GROWTH[r] * (q < 2)
                                          + rng.normal(0, 0.8)), low, high))
                missing = rng.random() < 0.1 or (q == SPARSE and r == 1 and p >= 4)
                answers.append(None if missing else value)
            by_person[p] = answers
        raw.append(by_person)
    return raw


def make_study(db, org, *, raw=None) -> Study:
    competency = make_competency(db, org, "Verbindend")
    instrument, questions = make_effect_instrument(db, org, question_specs(competency.id))
    cohort = make_cohort(db, org, name="Traineeship 2026-B")
    rounds = make_rounds(db, org, cohort, instrument, MOMENTS)
    people = make_people(db, org, 14)
    raw = generate() if raw is None else raw
    values = [{p: [*answers, "Prima." if p % 3 == 0 else None] for p, answers in by_person.items()}
              for by_person in raw]
    answer_rounds(db, org, cohort, rounds, questions, people, values, invited_extra=2)
    return Study(org, cohort, rounds, questions[:4], competency, raw)


# --- the expected figures, from the raw values ------------------------------------------------------------------

def column(raw, r: int, q: int) -> dict[int, float]:
    return {p: a[q] for p, a in raw[r].items() if a[q] is not None}


def percent(value: float, q: int) -> float:
    low, high = SCALES[q]
    return (value - low) / (high - low) * 100


def group_scores(raw, r: int, members: list[int]) -> dict[int, float]:
    """Per respondent of round r the mean percentage of their answers to `members`."""
    scores = {}
    for p, answers in raw[r].items():
        given = [percent(answers[q], q) for q in members if answers[q] is not None]
        if given:
            scores[p] = float(np.mean(given))
    return scores


def describe(values) -> tuple[int, float, float]:
    array = np.array(list(values), dtype=float)
    return len(array), float(array.mean()), float(array.std(ddof=1))


def paired(before: dict[int, float], after: dict[int, float]) -> dict:
    people = sorted(set(before) & set(after))
    b, a = np.array([before[p] for p in people]), np.array([after[p] for p in people])
    test = stats.ttest_rel(a, b)
    low, high = test.confidence_interval(0.95)
    d = a - b
    return {"n": len(people), "mean_difference": float(d.mean()), "effect_size": float(d.mean() / d.std(ddof=1)),
            "t": float(test.statistic), "df": float(test.df), "p": float(test.pvalue), "ci_low": float(low),
            "ci_high": float(high)}


def welch(before: dict[int, float], after: dict[int, float]) -> dict:
    b, a = np.array(list(before.values()), dtype=float), np.array(list(after.values()), dtype=float)
    test = stats.ttest_ind(a, b, equal_var=False)
    low, high = test.confidence_interval(0.95)
    n1, n2 = len(b), len(a)
    pooled = np.sqrt(((n1 - 1) * b.var(ddof=1) + (n2 - 1) * a.var(ddof=1)) / (n1 + n2 - 2))
    g = (a.mean() - b.mean()) / pooled * (1 - 3 / (4 * (n1 + n2) - 9))
    return {"n": n1 + n2, "mean_difference": float(a.mean() - b.mean()), "effect_size": float(g),
            "t": float(test.statistic), "df": float(test.df), "p": float(test.pvalue), "ci_low": float(low),
            "ci_high": float(high)}


def shown_questions(raw, r: int, minimum: int = MINIMUM) -> set[int]:
    return {q for q in range(len(SCALES)) if len(column(raw, r, q)) >= minimum}


def change_questions(raw, before: int, after: int, is_paired: bool, minimum: int = MINIMUM) -> set[int]:
    """The questions whose change is shown: enough pairs, or both rounds shown."""
    found = set()
    for q in range(len(SCALES)):
        b, a = column(raw, before, q), column(raw, after, q)
        if (len(set(b) & set(a)) if is_paired else min(len(b), len(a))) >= minimum:
            found.add(q)
    return found
