"""The evaluation form for interventions of a day or longer (Deventer's rule: every one is evaluated by its
participants): the trainer, the quality of the content, its added value, the location, and an open question."""

from app.core.vocabulary import Dimension as D  # noqa: N817  (the tables read better short)
from app.core.vocabulary import EvaluationAspect as A
from app.core.vocabulary import InstrumentPurpose, QuestionType
from app.core.vocabulary import MeasurementLevel as L
from app.core.vocabulary import TransferLever as T
from app.questionnaires.templates import AGREE, MARK, Template, TemplateItem

LIKERT = QuestionType.likert_5

TEMPLATE = Template(
    key="intervention_evaluation",
    purpose=InstrumentPurpose.intervention_evaluation,
    title=("Evaluatie leerinterventie", "Learning intervention evaluation"),
    description=(
        "Het evaluatieformulier voor leerinterventies van een dag of langer: trainer, kwaliteit van de inhoud, "
        "toegevoegde waarde en locatie.",
        "The evaluation form for learning interventions of a day or longer: trainer, quality of the content, "
        "added value and location."),
    intro=("Hoe was deze leerinterventie? Je antwoorden helpen ons het aanbod te verbeteren. Het invullen duurt "
           "ongeveer drie minuten.",
           "How was this learning intervention? Your answers help us improve what we offer. It takes about three "
           "minutes."),
    closing=("Dank je wel voor je evaluatie.", "Thank you for your evaluation."),
    items=(
        TemplateItem(LIKERT, ("De trainer bracht de stof helder en boeiend over.",
                              "The trainer presented the material clearly and engagingly."),
                     help_text=("Over de trainer", "About the trainer"), anchors=AGREE, level=L.programme,
                     dimension=D.quality, evaluation_aspect=A.trainer),
        TemplateItem(LIKERT, ("De trainer ging goed in op de vragen en situaties van de deelnemers.",
                              "The trainer dealt well with the participants' questions and situations."),
                     help_text=("Over de trainer", "About the trainer"), anchors=AGREE, level=L.programme,
                     dimension=D.quality, transfer_lever=T.active_practice, evaluation_aspect=A.trainer),
        TemplateItem(LIKERT, ("De inhoud was actueel, goed onderbouwd en logisch opgebouwd.",
                              "The content was up to date, well founded and logically structured."),
                     help_text=("Over de inhoud", "About the content"), anchors=AGREE, level=L.programme,
                     dimension=D.quality, evaluation_aspect=A.content),
        TemplateItem(LIKERT, ("De inhoud sloot aan bij mijn werk.", "The content matched my work."),
                     help_text=("Over de inhoud", "About the content"), anchors=AGREE, level=L.programme,
                     dimension=D.relevance, transfer_lever=T.content_relevance,
                     evaluation_aspect=A.content),
        TemplateItem(LIKERT, ("Deze leerinterventie heeft mij iets opgeleverd dat ik in mijn werk ga gebruiken.",
                              "This learning intervention gave me something I will use in my work."),
                     help_text=("Over de toegevoegde waarde", "About the added value"), anchors=AGREE,
                     level=L.participant, dimension=D.learning_effect, transfer_lever=T.transfer_motivation,
                     evaluation_aspect=A.added_value),
        TemplateItem(LIKERT, ("De locatie en de voorzieningen (ruimte, catering, bereikbaarheid) waren goed.",
                              "The location and its facilities (room, catering, accessibility) were good."),
                     help_text=("Over de locatie", "About the location"), anchors=AGREE, level=L.programme,
                     dimension=D.functioning, evaluation_aspect=A.location),
        TemplateItem(QuestionType.scale_0_10, ("Welk cijfer geef je deze leerinterventie als geheel?",
                                               "What mark do you give this learning intervention as a whole?"),
                     anchors=MARK, level=L.programme, dimension=D.quality,
                     evaluation_aspect=A.overall),
        TemplateItem(QuestionType.open_text, ("Wat wil je de trainer of de organisatie nog meegeven?",
                                              "Is there anything you would like to tell the trainer or the "
                                              "organisers?"), required=False),
    ),
)
