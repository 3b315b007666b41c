"""The Rotterdam guide's seven design principles (ontwerpprincipes), the checklist an adviser ticks where the data
cannot tell, and the shapes the checks (`checks.py`) read and answer."""

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from app.core.vocabulary import KolbPhase, LearningLevel, LearningMix
from app.programmes.models import DesignStep


# Ontwerpprincipe, in the guide's order.
class Principle(StrEnum):
    organisational_context = "organisational_context"  # 1 aansluiting op de organisatiecontext
    user_centred_design = "user_centred_design"  # 2 gebruikersgericht ontwerp
    educational_theory = "educational_theory"  # 3 toepassing van onderwijskundige theorie
    learning_ecosystem = "learning_ecosystem"  # 4 leren als ecosysteem
    fixed_rhythm = "fixed_rhythm"  # 5 vaste ritmiek en structuur
    structured_design_process = "structured_design_process"  # 6 gestructureerd ontwerp- en ontwikkelproces
    storyline_learning = "storyline_learning"  # 7 verhalend leren (storyline learning)


class CheckStatus(StrEnum):
    passed = "pass"  # voldoet
    warn = "warn"  # aandachtspunt
    manual = "manual"  # zelf bevestigen


# Checklist item (afvinkpunt): what the adviser confirms because the data cannot show it.
class ChecklistItem(StrEnum):
    stakeholders_informed = "stakeholders_informed"
    participants_interviewed = "participants_interviewed"
    needs_shape_themes = "needs_shape_themes"
    trainers_briefed = "trainers_briefed"
    assignments_in_own_work = "assignments_in_own_work"
    rhythm_shared = "rhythm_shared"
    four_d_followed = "four_d_followed"
    storyline_everywhere = "storyline_everywhere"


CHECKLIST: dict[Principle, tuple[tuple[ChecklistItem, str], ...]] = {
    Principle.organisational_context: (
        (ChecklistItem.stakeholders_informed, "Progress and choices are shared with the stakeholders regularly."),
    ),
    Principle.user_centred_design: (
        (ChecklistItem.participants_interviewed, "Participants and former participants were interviewed."),
        (ChecklistItem.needs_shape_themes, "The sub-themes answer the needs and challenges the target group named."),
    ),
    Principle.educational_theory: (
        (ChecklistItem.trainers_briefed, "Every trainer agreed a central theme and clear learning goals for their "
                                         "training."),
    ),
    Principle.learning_ecosystem: (
        (ChecklistItem.assignments_in_own_work, "Assignments are done in the participants' own work."),
    ),
    Principle.fixed_rhythm: (
        (ChecklistItem.rhythm_shared, "Participants and their managers know the programme's rhythm in advance."),
    ),
    Principle.structured_design_process: (
        (ChecklistItem.four_d_followed, "The phases Define, Design, Develop and Deliver were followed."),
    ),
    Principle.storyline_learning: (
        (ChecklistItem.storyline_everywhere, "The storyline returns in every part, the communication and the "
                                             "language of the programme."),
    ),
}
PRINCIPLE_OF_ITEM = {item: principle for principle, items in CHECKLIST.items() for item, _label in items}
# Where a principle is worked on when no reason points elsewhere.
HOME_STEP = {
    Principle.organisational_context: DesignStep.goal_and_constraints,
    Principle.user_centred_design: DesignStep.current_situation,
    Principle.educational_theory: DesignStep.framework,
    Principle.learning_ecosystem: DesignStep.framework,
    Principle.fixed_rhythm: DesignStep.framework,
    Principle.structured_design_process: DesignStep.effect_measurement,
    Principle.storyline_learning: DesignStep.framework,
}


# --- the facts a check reads ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PhaseFacts:
    id: uuid.UUID
    title: str
    competencies: tuple[tuple[uuid.UUID, str], ...] = ()  # in focus: (id, name)


@dataclass(frozen=True)
class LineFacts:
    id: uuid.UUID
    label: str
    level: LearningLevel


@dataclass(frozen=True)
class PlacementFacts:
    phase_id: uuid.UUID
    learning_line_id: uuid.UUID
    kolb_phase: KolbPhase
    week_offset: int
    learning_mix: LearningMix | None = None  # the intervention's
    competency_ids: frozenset[uuid.UUID] = frozenset()  # the competencies the intervention trains


@dataclass(frozen=True)
class Confirmation:
    confirmed_at: datetime
    confirmed_by: tuple[uuid.UUID, str] | None
    note: str = ""


@dataclass(frozen=True)
class Facts:
    competency_framework_id: uuid.UUID | None = None
    dna_framework_id: uuid.UUID | None = None
    storyline_title: str = ""
    storyline_narrative: str = ""
    measurement_moments: tuple[str, ...] = ()
    measurement_levels: tuple[str, ...] = ()
    framework_done_on: date | None = None  # the day the framework step was marked done
    phases: tuple[PhaseFacts, ...] = ()
    learning_lines: tuple[LineFacts, ...] = ()
    placements: tuple[PlacementFacts, ...] = ()
    engagement_dates: tuple[date, ...] = ()  # of the programme's interviews and design sessions
    confirmations: dict[str, Confirmation] = field(default_factory=dict)


# --- what a check answers -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Fix:
    step: DesignStep
    field: str | None = None  # a programme field (camelCase), e.g. storylineTitle
    phase_id: uuid.UUID | None = None
    learning_line_id: uuid.UUID | None = None
    competency_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Reason:
    code: str
    status: CheckStatus  # pass or warn
    message: str
    fix: Fix
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Item:
    item: ChecklistItem
    label: str
    confirmation: Confirmation | None


@dataclass(frozen=True)
class Check:
    principle: Principle
    status: CheckStatus
    reasons: list[Reason]
    fix: Fix
    items: list[Item]
