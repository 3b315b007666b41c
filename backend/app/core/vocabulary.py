"""The shared vocabulary: enums that several domains (the plan, the catalogue, budgets, and the programmes,
questionnaires and reports to come) speak in. Class names and values are OpenAPI schema names and values the
SPA depends on: keep them. The line above each gives the Dutch term (a comment: a docstring would become the
OpenAPI description); the SPA's catalogues hold the labels."""

from enum import StrEnum


# Doelgroep: for whom a learning goal or intervention is.
class Audience(StrEnum):
    employees = "employees"  # medewerkers
    managers = "managers"  # leidinggevenden
    all = "all"  # iedereen


# Categorie: the part of the execution programme an intervention belongs to.
class Category(StrEnum):
    strategic_development = "strategic_development"  # organisatieontwikkeling / opgave
    strategic_theme = "strategic_theme"  # strategisch thema
    basic_skill = "basic_skill"  # basisvaardigheden
    management_development = "management_development"
    functional = "functional"  # functioneel / vakinhoudelijk


# Leervorm.
class LearningForm(StrEnum):
    training = "training"
    workshop = "workshop"
    e_learning = "e_learning"
    coaching = "coaching"
    e_coaching = "e_coaching"
    intervision = "intervision"  # intervisie
    buddy_talk = "buddy_talk"  # buddygesprek
    event = "event"
    knowledge_session = "knowledge_session"  # kennissessie
    simulation_game = "simulation_game"  # spelsimulatie
    assignment = "assignment"  # opdracht
    lecture = "lecture"  # lezing
    masterclass = "masterclass"
    course = "course"  # opleiding / cursus
    webinar = "webinar"
    other = "other"


# Leermix (70-20-10): where the learning happens.
class LearningMix(StrEnum):
    """Where the learning happens in the 70-20-10 model."""

    workplace = "workplace"  # 70: on the job
    social = "social"  # 20: with and from others
    formal = "formal"  # 10: courses and training


# Fase van de leercyclus van Kolb.
class KolbPhase(StrEnum):
    concrete_experience = "concrete_experience"
    reflective_observation = "reflective_observation"
    abstract_conceptualisation = "abstract_conceptualisation"
    active_experimentation = "active_experimentation"


# Leerniveau.
class LearningLevel(StrEnum):
    self = "self"  # Ik
    self_and_others = "self_and_others"  # Ik en de ander
    self_and_organisation = "self_and_organisation"  # Ik en de organisatie / stad


# Budgetstroom: strategisch, functioneel of persoonlijk (ILB).
class FundingStream(StrEnum):
    strategic = "strategic"
    functional = "functional"
    personal = "personal"


# Meetmoment: when an effect measurement is taken (the questionnaires' rounds add `evaluation` and `custom`).
class MeasurementMoment(StrEnum):
    pre = "pre"  # voormeting
    after_week_1 = "after_week_1"  # na de eerste week
    midway = "midway"  # halverwege
    post = "post"  # nameting


# Moment van een afnameronde: the effect-measurement moments, a session's evaluation, or another moment.
class RoundMoment(StrEnum):
    pre = "pre"  # voormeting
    after_week_1 = "after_week_1"  # na de eerste week
    midway = "midway"  # halverwege
    post = "post"  # nameting
    evaluation = "evaluation"  # evaluatie van een bijeenkomst
    custom = "custom"  # ander moment


# Anonimiteit van een ronde (DESIGN §2.7): `named` answers carry the person; `pseudonymous` a keyed pseudonym, so
# pre and post pair without knowing who; `anonymous` nothing that links them to anyone, and only a date.
class AnonymityMode(StrEnum):
    named = "named"  # op naam
    pseudonymous = "pseudonymous"  # gepseudonimiseerd
    anonymous = "anonymous"  # anoniem


# Meetniveau: what an effect measurement is about.
class MeasurementLevel(StrEnum):
    participant = "participant"  # deelnemer: leereffect, gedrag, motivatie, houding
    programme = "programme"  # programma: kwaliteit, werking, relevantie
    organisation = "organisation"  # organisatie: ondersteuning, ruimte voor toepassen


# Doel van een vragenlijst (instrument).
class InstrumentPurpose(StrEnum):
    effect_measurement = "effect_measurement"  # effectmeting
    intervention_evaluation = "intervention_evaluation"  # evaluatie van een interventie
    learning_preferences = "learning_preferences"  # leervoorkeuren (intake)
    custom = "custom"  # eigen vragenlijst


# Vraagtype.
class QuestionType(StrEnum):
    likert_5 = "likert_5"  # vijfpuntsschaal
    likert_7 = "likert_7"  # zevenpuntsschaal
    scale_0_10 = "scale_0_10"  # schaal van 0 tot 10
    single_choice = "single_choice"  # één keuze
    multiple_choice = "multiple_choice"  # meerdere keuzes
    open_text = "open_text"  # open vraag


# Dimensie van een vraag: each belongs to one measurement level (DIMENSION_LEVEL).
class Dimension(StrEnum):
    learning_effect = "learning_effect"  # deelnemer: leereffect
    behaviour = "behaviour"  # deelnemer: gedrag
    motivation = "motivation"  # deelnemer: motivatie
    attitude = "attitude"  # deelnemer: houding
    quality = "quality"  # programma: kwaliteit
    functioning = "functioning"  # programma: werking
    relevance = "relevance"  # programma: relevantie
    support = "support"  # organisatie: ondersteuning
    room_to_apply = "room_to_apply"  # organisatie: ruimte voor toepassen


DIMENSION_LEVEL: dict[Dimension, MeasurementLevel] = {
    **{d: MeasurementLevel.participant for d in (Dimension.learning_effect, Dimension.behaviour,
                                                 Dimension.motivation, Dimension.attitude)},
    **{d: MeasurementLevel.programme for d in (Dimension.quality, Dimension.functioning, Dimension.relevance)},
    **{d: MeasurementLevel.organisation for d in (Dimension.support, Dimension.room_to_apply)},
}


def dimensions_of(level: MeasurementLevel) -> list[Dimension]:
    """The dimensions of one level, in the vocabulary's order."""
    return [dimension for dimension, of in DIMENSION_LEVEL.items() if of == level]


# Aspect van een evaluatie: what an evaluation question rates (Deventer's form: the trainer, the quality of the
# content, the added value, the location; and the mark for the whole). Evaluation reports group by it.
class EvaluationAspect(StrEnum):
    trainer = "trainer"  # de trainer
    content = "content"  # kwaliteit van de inhoud
    added_value = "added_value"  # toegevoegde waarde
    location = "location"  # de locatie
    overall = "overall"  # het geheel (rapportcijfer)


# Hefboom van transfer: Ina Weinbauer-Heidel's 12 levers of transfer effectiveness, in three groups
# (TRANSFER_LEVER_GROUP). The names are the model's; the questions about them are our own.
class TransferLever(StrEnum):
    transfer_motivation = "transfer_motivation"  # transfermotivatie
    self_efficacy = "self_efficacy"  # geloof in eigen kunnen
    transfer_volition = "transfer_volition"  # transferwil
    clarity_of_expectations = "clarity_of_expectations"  # heldere verwachtingen
    content_relevance = "content_relevance"  # relevante inhoud
    active_practice = "active_practice"  # actief oefenen
    transfer_planning = "transfer_planning"  # transferplanning
    opportunity_to_use = "opportunity_to_use"  # mogelijkheden voor toepassing
    personal_transfer_capacity = "personal_transfer_capacity"  # persoonlijk transfervermogen
    supervisor_support = "supervisor_support"  # steun van leidinggevende
    peer_support = "peer_support"  # steun van collega's
    organisational_transfer_expectations = "organisational_transfer_expectations"  # transferverwachtingen


# Groep van hefbomen.
class TransferLeverGroup(StrEnum):
    learner = "learner"  # deelnemer
    training_design = "training_design"  # ontwerp van de training
    organisation = "organisation"  # organisatie


TRANSFER_LEVER_GROUP: dict[TransferLever, TransferLeverGroup] = {
    **{lever: TransferLeverGroup.learner for lever in list(TransferLever)[:3]},
    **{lever: TransferLeverGroup.training_design for lever in list(TransferLever)[3:7]},
    **{lever: TransferLeverGroup.organisation for lever in list(TransferLever)[7:]},
}


# Taal van een vragenlijst.
class QuestionnaireLanguage(StrEnum):
    nl = "nl"
    en = "en"


# Getalnotatie: how a file or a person writes numbers: `nl` 4.800,50 (a point groups thousands, a comma
# starts the decimals), `en` 4,800.50.
class NumberFormat(StrEnum):
    nl = "nl"
    en = "en"


# The words people write for these values in a spreadsheet, Dutch mostly (normalised: lower case, no accents), for
# the imports; every value itself is accepted too.
WORDS: dict[type[StrEnum], dict[str, str]] = {
    Category: {"organisatieontwikkeling": "strategic_development", "opgave": "strategic_development",
               "strategische ontwikkeling": "strategic_development", "strategisch thema": "strategic_theme",
               "strategische themas": "strategic_theme", "thema": "strategic_theme",
               "basisvaardigheden": "basic_skill", "basisvaardigheid": "basic_skill",
               "managementontwikkeling": "management_development", "md": "management_development",
               "functioneel": "functional", "vakinhoudelijk": "functional"},
    LearningForm: {"elearning": "e_learning", "ecoaching": "e_coaching", "intervisie": "intervision",
                   "buddygesprek": "buddy_talk", "buddy": "buddy_talk", "evenement": "event",
                   "bijeenkomst": "event", "kennissessie": "knowledge_session", "spelsimulatie": "simulation_game",
                   "simulatie": "simulation_game", "opdracht": "assignment", "lezing": "lecture",
                   "opleiding": "course", "cursus": "course", "anders": "other", "overig": "other"},
    LearningMix: {"70": "workplace", "werkplek": "workplace", "on the job": "workplace", "20": "social",
                  "sociaal": "social", "10": "formal", "formeel": "formal"},
    LearningLevel: {"ik": "self", "ik en de ander": "self_and_others", "ik en de organisatie": "self_and_organisation",
                    "ik en de stad": "self_and_organisation", "ik en de gemeente": "self_and_organisation"},
    Audience: {"medewerkers": "employees", "leidinggevenden": "managers", "iedereen": "all", "allen": "all",
               "alle medewerkers": "all"},
    FundingStream: {"strategisch": "strategic", "functioneel": "functional", "persoonlijk": "personal",
                    "individueel": "personal"},
    KolbPhase: {"concrete ervaring": "concrete_experience", "ervaren": "concrete_experience",
                "reflectie": "reflective_observation", "reflecteren": "reflective_observation",
                "reflectieve observatie": "reflective_observation",
                "abstracte begripsvorming": "abstract_conceptualisation",
                "abstract conceptualization": "abstract_conceptualisation",
                "begripsvorming": "abstract_conceptualisation",
                "actief experimenteren": "active_experimentation", "experimenteren": "active_experimentation"},
}
