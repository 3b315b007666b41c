"""The effect-measurement questionnaire on the three levels (participant, programme, organisation): every
dimension, and each of the 12 levers of transfer (Weinbauer-Heidel) at least once, in our own words. Asked before,
after the first week, midway and at the end, so the items are worded to fit every moment."""

from app.core.vocabulary import Dimension as D  # noqa: N817  (the tables read better short)
from app.core.vocabulary import InstrumentPurpose, QuestionType
from app.core.vocabulary import MeasurementLevel as L
from app.core.vocabulary import TransferLever as T
from app.questionnaires.templates import AGREE, MARK, Template, TemplateItem

LIKERT = QuestionType.likert_5


def _agree(text: tuple[str, str], level: L, dimension: D, lever: T | None = None) -> TemplateItem:
    return TemplateItem(LIKERT, text, anchors=AGREE, level=level, dimension=dimension, transfer_lever=lever)


TEMPLATE = Template(
    key="effect_measurement",
    purpose=InstrumentPurpose.effect_measurement,
    title=("Effectmeting ontwikkelprogramma", "Development programme effect measurement"),
    description=(
        "Meet op deelnemer-, programma- en organisatieniveau wat het programma oplevert, met de 12 hefbomen van "
        "transfer (Weinbauer-Heidel). Zet dezelfde vragenlijst uit bij de voormeting, na week 1, halverwege en "
        "bij de nameting.",
        "Measures what the programme achieves at participant, programme and organisation level, along the 12 "
        "levers of transfer (Weinbauer-Heidel). Use the same questionnaire before, after week 1, midway and at "
        "the end."),
    intro=(
        "Met deze vragenlijst volgen we wat het ontwikkelprogramma jou en de organisatie oplevert. Het invullen "
        "duurt ongeveer vijf minuten. Er zijn geen goede of foute antwoorden.",
        "With this questionnaire we follow what the development programme brings you and the organisation. It "
        "takes about five minutes. There are no right or wrong answers."),
    closing=("Dank je wel voor het invullen. Je antwoorden helpen ons het programma beter te maken.",
             "Thank you for taking part. Your answers help us improve the programme."),
    items=(
        # participant
        _agree(("Ik heb er vertrouwen in dat ik wat ik leer in mijn werk kan toepassen.",
                "I am confident that I can apply what I learn in my work."), L.participant, D.learning_effect,
               T.self_efficacy),
        _agree(("Ik beheers de vaardigheden waar dit programma over gaat.",
                "I master the skills this programme is about."), L.participant, D.learning_effect),
        _agree(("In de afgelopen weken heb ik deze vaardigheden in mijn werk gebruikt.",
                "In the past weeks I have used these skills in my work."), L.participant, D.behaviour),
        _agree(("Ook als het lastig wordt, blijf ik de nieuwe aanpak in mijn werk proberen.",
                "Even when it gets difficult, I keep trying the new approach in my work."), L.participant,
               D.behaviour, T.transfer_volition),
        _agree(("Ik wil wat ik leer echt gaan gebruiken in mijn dagelijkse werk.",
                "I really want to use what I learn in my daily work."), L.participant, D.motivation,
               T.transfer_motivation),
        _agree(("Ik vind het belangrijk om mij in deze competenties te ontwikkelen.",
                "I find it important to develop myself in these competencies."), L.participant, D.attitude),
        # programme
        _agree(("Wat in het programma aan bod komt, sluit aan bij wat mijn werk van mij vraagt.",
                "What the programme covers matches what my work asks of me."), L.programme, D.relevance,
               T.content_relevance),
        _agree(("Ik oefen in het programma genoeg met situaties uit mijn eigen werk.",
                "In the programme I practise enough with situations from my own work."), L.programme, D.quality,
               T.active_practice),
        _agree(("Het is mij duidelijk wat er van mij verwacht wordt, in het programma en daarna in mijn werk.",
                "It is clear to me what is expected of me, in the programme and afterwards in my work."),
               L.programme, D.functioning, T.clarity_of_expectations),
        _agree(("Het programma helpt mij concreet te plannen wanneer en hoe ik het geleerde toepas.",
                "The programme helps me plan concretely when and how I will apply what I learn."), L.programme,
               D.functioning, T.transfer_planning),
        TemplateItem(QuestionType.scale_0_10, ("Welk cijfer geef je het programma tot nu toe?",
                                               "What mark do you give the programme so far?"),
                     anchors=MARK, level=L.programme, dimension=D.quality),
        # organisation
        _agree(("Mijn werk biedt genoeg gelegenheid om het geleerde toe te passen.",
                "My work offers enough opportunity to apply what I learn."), L.organisation, D.room_to_apply,
               T.opportunity_to_use),
        _agree(("Ik heb in mijn werkweek de tijd en ruimte om nieuwe werkwijzen uit te proberen.",
                "My working week leaves me the time and room to try out new ways of working."), L.organisation,
               D.room_to_apply, T.personal_transfer_capacity),
        _agree(("Mijn leidinggevende bespreekt met mij hoe ik het geleerde in mijn werk inzet.",
                "My manager talks with me about how I use what I learn in my work."), L.organisation, D.support,
               T.supervisor_support),
        _agree(("Collega's moedigen mij aan om nieuwe werkwijzen uit te proberen.",
                "Colleagues encourage me to try out new ways of working."), L.organisation, D.support,
               T.peer_support),
        _agree(("In onze organisatie wordt verwacht dat je wat je leert ook echt toepast.",
                "In our organisation people are expected to actually apply what they learn."), L.organisation,
               D.support, T.organisational_transfer_expectations),
        TemplateItem(QuestionType.open_text, ("Wat helpt of hindert jou het meest bij het toepassen van wat je leert?",
                                              "What helps or hinders you most in applying what you learn?"),
                     required=False, level=L.organisation, dimension=D.room_to_apply),
    ),
)
