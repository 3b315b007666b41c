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


# Meetniveau: what an effect measurement is about.
class MeasurementLevel(StrEnum):
    participant = "participant"  # deelnemer: leereffect, gedrag, motivatie, houding
    programme = "programme"  # programma: kwaliteit, werking, relevantie
    organisation = "organisation"  # organisatie: ondersteuning, ruimte voor toepassen



# Getalnotatie: how a file or a person writes numbers: `nl` 4.800,50 (a point groups thousands, a comma
# starts the decimals), `en` 4,800.50.
class NumberFormat(StrEnum):
    nl = "nl"
    en = "en"
