"""Checking a respondent's answers against the questions: every error at once, each naming its question by number,
in the round's language. A draft is checked for type, range and options; a submission also for required
questions."""

import uuid
from dataclasses import dataclass
from typing import Any

from app.core.errors import InvalidInput, field_error
from app.core.vocabulary import QuestionType
from app.responses.schemas import MAX_TEXT, AnswerValue

_SCALES = {QuestionType.likert_5: (1, 5), QuestionType.likert_7: (1, 7), QuestionType.scale_0_10: (0, 10)}

_TEXTS = {
    "nl": {
        "unknown": "Deze vraag hoort niet bij de vragenlijst.",
        "duplicate": "Vraag {n}: deze vraag staat er meer dan eens in.",
        "missing": "Vraag {n}: deze vraag is verplicht.",
        "scale": "Vraag {n}: kies een geheel getal van {low} tot en met {high}.",
        "single": "Vraag {n}: kies een van de opties.",
        "multiple": "Vraag {n}: kies een of meer van de opties, elk één keer.",
        "text": "Vraag {n}: geef tekst van hoogstens {max} tekens.",
        "problem": "Niet alle antwoorden kunnen zo worden opgeslagen: {count} vragen vragen uw aandacht.",
    },
    "en": {
        "unknown": "This question is not part of the questionnaire.",
        "duplicate": "Question {n}: this question is in the answers more than once.",
        "missing": "Question {n}: this question is required.",
        "scale": "Question {n}: choose a whole number from {low} to {high}.",
        "single": "Question {n}: choose one of the options.",
        "multiple": "Question {n}: choose one or more of the options, each once.",
        "text": "Question {n}: give text of at most {max} characters.",
        "problem": "Not every answer can be saved like this: {count} questions need your attention.",
    },
}


@dataclass(frozen=True)
class QuestionRule:
    """What a question accepts, from its frozen row."""

    id: uuid.UUID
    number: int  # as shown, from 1
    text: str
    type: QuestionType
    required: bool
    option_keys: frozenset[str]


@dataclass(frozen=True)
class Checked:
    """A valid answer as stored: exactly one of the value columns set."""

    question_id: uuid.UUID
    value: Any  # as the client sent it, normalised (for the draft)
    number: int | None = None
    option: str | None = None
    options: list[str] | None = None
    text: str | None = None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, (str, list)) and not value) or (
        isinstance(value, str) and not value.strip())


def _whole(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _check_one(rule: QuestionRule, value: Any) -> tuple[Checked | None, str | None, str]:
    """(the stored answer, or None with the message key and field code)."""
    kind = rule.type
    if kind in _SCALES:
        low, high = _SCALES[kind]
        number = _whole(value)
        if number is None or not low <= number <= high:
            return None, "scale", "invalid" if number is None else (
                "greater_than_equal" if number < low else "less_than_equal")
        return Checked(rule.id, number, number=number), None, ""
    if kind is QuestionType.single_choice:
        if not isinstance(value, str) or value not in rule.option_keys:
            return None, "single", "not_allowed"
        return Checked(rule.id, value, option=value), None, ""
    if kind is QuestionType.multiple_choice:
        if (not isinstance(value, list) or not all(isinstance(key, str) and key in rule.option_keys for key in value)
                or len(set(value)) != len(value)):
            return None, "multiple", "not_allowed"
        return Checked(rule.id, list(value), options=list(value)), None, ""
    if not isinstance(value, str) or len(value) > MAX_TEXT or "\x00" in value:
        return None, "text", "string_too_long" if isinstance(value, str) else "string_type"
    return Checked(rule.id, value, text=value), None, ""


def check(rules: dict[uuid.UUID, QuestionRule], answers: list[AnswerValue], language: str, *,
          submitting: bool) -> list[Checked]:
    """The answered questions' values, or InvalidInput listing every error (pointer `/answers/<index>/value`,
    or `/answers` for a required question that is missing; params name the question: questionId, number)."""
    texts = _TEXTS.get(language, _TEXTS["nl"])
    errors: list[dict[str, Any]] = []
    checked: list[Checked] = []
    seen: set[uuid.UUID] = set()
    for index, answer in enumerate(answers):
        rule = rules.get(answer.question_id)
        if rule is None:
            errors.append(field_error(f"/answers/{index}/questionId", texts["unknown"], "unknown_id",
                                      questionId=str(answer.question_id)))
            continue
        params = {"questionId": str(rule.id), "number": rule.number}
        if rule.id in seen:
            errors.append(field_error(f"/answers/{index}/questionId", texts["duplicate"].format(n=rule.number),
                                      "duplicate", **params))
            continue
        seen.add(rule.id)
        if _blank(answer.value):
            continue  # unanswered: only a required one on submission is an error (below)
        value, key, code = _check_one(rule, answer.value)
        if value is None:
            low, high = _SCALES.get(rule.type, (0, 0))
            errors.append(field_error(f"/answers/{index}/value", texts[key or "text"].format(
                n=rule.number, low=low, high=high, max=MAX_TEXT), code, **params))
        else:
            checked.append(value)
    if submitting:
        answered = {value.question_id for value in checked}
        invalid = {error["params"].get("questionId") for error in errors if "params" in error}
        for rule in sorted(rules.values(), key=lambda r: r.number):
            if rule.required and rule.id not in answered and str(rule.id) not in invalid:
                errors.append(field_error("/answers", texts["missing"].format(n=rule.number), "missing",
                                          questionId=str(rule.id), number=rule.number))
    if errors:
        raise InvalidInput(texts["problem"].format(count=len(errors)), errors=errors)
    return checked
