"""The built-in questionnaire templates (DESIGN §2.7), in Dutch and English: data, one module each. Creating an
instrument from one copies its texts and questions into a draft of the organisation's own.

The effect-measurement questionnaire covers every dimension of the three levels and all 12 levers of transfer of
Ina Weinbauer-Heidel's model (*What Makes Training Really Work: 12 Levers of Transfer Effectiveness*); the levers'
names are the model's, the questions are written in our own words."""

from dataclasses import dataclass, field

from app.core import vocabulary

Texts = tuple[str, str]  # (Dutch, English)


@dataclass(frozen=True)
class TemplateOption:
    key: str
    label: Texts


@dataclass(frozen=True)
class TemplateItem:
    type: vocabulary.QuestionType
    text: Texts
    help_text: Texts = ("", "")
    required: bool = True
    options: tuple[TemplateOption, ...] = ()
    anchors: tuple[Texts, Texts] = (("", ""), ("", ""))  # (low end, high end)
    level: vocabulary.MeasurementLevel | None = None
    dimension: vocabulary.Dimension | None = None
    transfer_lever: vocabulary.TransferLever | None = None
    evaluation_aspect: vocabulary.EvaluationAspect | None = None


@dataclass(frozen=True)
class Template:
    key: str
    purpose: vocabulary.InstrumentPurpose
    title: Texts
    description: Texts
    intro: Texts
    closing: Texts
    items: tuple[TemplateItem, ...] = field(default=())


def pick(texts: Texts, language: vocabulary.QuestionnaireLanguage) -> str:
    return texts[0] if language == vocabulary.QuestionnaireLanguage.nl else texts[1]


AGREE: tuple[Texts, Texts] = (("Helemaal mee oneens", "Strongly disagree"), ("Helemaal mee eens", "Strongly agree"))
MARK: tuple[Texts, Texts] = (("Zeer slecht", "Very poor"), ("Uitstekend", "Excellent"))


def options(*items: tuple[str, str, str]) -> tuple[TemplateOption, ...]:
    return tuple(TemplateOption(key, (nl, en)) for key, nl, en in items)


def templates() -> tuple[Template, ...]:
    from app.questionnaires.templates import effect_measurement, intervention_evaluation, learning_preferences

    return (effect_measurement.TEMPLATE, intervention_evaluation.TEMPLATE, learning_preferences.TEMPLATE)


def find_template(key: str) -> Template | None:
    return next((template for template in templates() if template.key == key), None)
