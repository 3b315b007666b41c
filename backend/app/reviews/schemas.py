"""Shapes of the yearly review (jaarlijkse herijking)."""

import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from app.budgets.models import LineKind
from app.budgets.schemas import Amount
from app.core.schemas import FIRST_YEAR, LAST_YEAR, ApiInput, ApiModel, Decimal2, whole_number
from app.core.vocabulary import Category, FundingStream
from app.interventions.models import Origin, ReviewDecision
from app.reports.schemas import EvaluationSummary


class LineSkip(StrEnum):
    """Why the review does not carry a line of the year under review to the next year."""

    stopped = "stopped"  # its intervention stops
    not_in_programme = "not_in_programme"  # its intervention is not in the year's programme
    budgeted_next_year = "budgeted_next_year"  # its intervention has lines in the next year already
    in_next_year = "in_next_year"  # the next year's budget has this line already (same kind and title, or a copy)


class TeamSkip(StrEnum):
    next_year_has_teams = "next_year_has_teams"  # the next year's teams were entered already: kept as they are


class ReviewLine(ApiModel):
    id: uuid.UUID
    kind: LineKind
    title: str
    stream: FundingStream
    intervention_id: uuid.UUID | None
    intervention_title: str | None
    planned_amount: Decimal2
    cap: Decimal2 | None
    committed: Decimal2
    spent: Decimal2
    proposed_amount: Annotated[Decimal2, Field(description="Next year's planned amount the review proposes: this "
                                                           "year's.")]
    max_amount: Annotated[Decimal2 | None, Field(description="Ring-fenced lines: the most next year's line may "
                                                             "plan, this year's amount (it also becomes its cap).")]
    skip: Annotated[LineSkip | None, Field(description="Why the line is not carried whatever the decisions "
                                                       "(null: it is carried unless its intervention stops).")]


class ReviewItem(ApiModel):
    intervention_id: uuid.UUID
    title: str
    category: Category
    funding_stream: FundingStream
    entry_id: uuid.UUID
    origin: Origin
    decision: Annotated[ReviewDecision | None, Field(description="What the review decided, once it was done.")]
    note: str
    in_next_year: Annotated[bool, Field(description="The intervention is in the next year's programme already.")]
    budgeted_next_year: Annotated[bool, Field(description="It has budget lines in the next year already: the "
                                                          "review will not copy its lines.")]
    lines: Annotated[list[ReviewLine], Field(description="Its budget lines of the year under review.")]
    evaluation: Annotated[EvaluationSummary | None, Field(description=(
        "Its evaluations of the year under review (the sessions of that year with an evaluation round): the number "
        "of evaluations and each aspect's mean on its scale, suppressed below the minimum report group size as in "
        "the year's evaluation overview; null when none of its sessions of the year was evaluated."))] = None


class StreamProposal(ApiModel):
    stream: FundingStream
    amount: Annotated[Decimal2 | None, Field(description="This year's budget (null: none).")]
    next_budget_id: Annotated[uuid.UUID | None, Field(description="Next year's budget, when it exists already: "
                                                                  "kept as it is.")]
    next_amount: Annotated[Decimal2 | None, Field(description="Next year's amount: the existing budget's, else "
                                                              "the proposed one (this year's); null: no budget.")]
    creates: Annotated[bool, Field(description="The review creates next year's budget of this stream.")]


class ReviewTeam(ApiModel):
    id: uuid.UUID
    name: str
    fte: Decimal2
    skip: TeamSkip | None


class AnnualReviewProposal(ApiModel):
    plan_id: uuid.UUID
    from_year: int
    to_year: int
    to_year_in_plan: Annotated[bool, Field(description="The next year lies within the plan's years.")]
    reviewed: Annotated[bool, Field(description="This year was reviewed already (decisions are shown).")]
    review_notes: Annotated[str, Field(description="The plan's notes of earlier reviews.")]
    items: list[ReviewItem]
    streams: Annotated[list[StreamProposal], Field(description="The three streams, strategic, functional, "
                                                               "personal.")]
    budget_lines: Annotated[list[ReviewLine], Field(description="The year's lines not of an intervention in its "
                                                                "programme: ring-fenced, contingency (onvoorzien), "
                                                                "placeholder (stelpost), other, and lines of "
                                                                "interventions outside the programme.")]
    teams: Annotated[list[ReviewTeam], Field(description="The year's teams, copied to the next year when it has "
                                                         "none.")]


class DecisionInput(ApiInput):
    intervention_id: uuid.UUID
    decision: Annotated[ReviewDecision, Field(description="continue, change or stop.")]
    note: Annotated[str, Field(max_length=2000)] = ""


class LineAmountInput(ApiInput):
    line_id: Annotated[uuid.UUID, Field(description="A line of fromYear that the review carries.")]
    planned_amount: Amount


class BudgetAmountInput(ApiInput):
    stream: FundingStream
    amount: Amount


class AnnualReviewCreate(ApiInput):
    from_year: whole_number(FIRST_YEAR, LAST_YEAR - 1, "The year under review.")
    notes: Annotated[str, Field(max_length=10000, description="Appended to the plan's review notes.")] = ""
    decisions: Annotated[list[DecisionInput], Field(max_length=2000,
                                                    description="Exactly one per intervention of fromYear.")]
    line_amounts: Annotated[list[LineAmountInput], Field(max_length=2000, description=(
        "Next year's planned amount of carried lines, where it differs from this year's (left out: this "
        "year's). A ring-fenced line may not plan more than this year."))] = []
    budget_amounts: Annotated[list[BudgetAmountInput], Field(max_length=3, description=(
        "The amount of a budget the review creates, where it differs from this year's."))] = []


class CreatedEntry(ApiModel):
    intervention_id: uuid.UUID
    title: str
    origin: Origin
    entry_id: uuid.UUID
    created: Annotated[bool, Field(description="False when it was in the next year's programme already.")]


class CarriedLine(ApiModel):
    from_line_id: uuid.UUID
    line_id: uuid.UUID
    kind: LineKind
    title: str
    stream: FundingStream
    planned_amount: Decimal2
    cap: Decimal2 | None


class SkippedLine(ApiModel):
    line_id: uuid.UUID
    kind: LineKind
    title: str
    stream: FundingStream
    planned_amount: Decimal2
    reason: LineSkip


class StreamAmount(ApiModel):
    stream: FundingStream
    amount: Decimal2


class StoppedIntervention(ApiModel):
    intervention_id: uuid.UUID
    title: str
    freed: Annotated[list[StreamAmount], Field(description="What its lines planned this year, per stream.")]


class CreatedBudget(ApiModel):
    id: uuid.UUID
    stream: FundingStream
    amount: Decimal2


class CarriedTeam(ApiModel):
    from_team_id: uuid.UUID
    team_id: uuid.UUID
    name: str
    fte: Decimal2


class AnnualReviewResult(ApiModel):
    plan_id: uuid.UUID
    from_year: int
    to_year: int
    continued: int
    changed: int
    stopped: int
    entries: Annotated[list[CreatedEntry], Field(description="The next year's entries of the continued and "
                                                             "changed interventions.")]
    stopped_interventions: Annotated[list[StoppedIntervention], Field(description="What stops, by title.")]
    freed: Annotated[list[StreamAmount], Field(description="What the stopped interventions' lines planned, per "
                                                           "stream (only streams with an amount).")]
    carried_lines: list[CarriedLine]
    skipped_lines: Annotated[list[SkippedLine], Field(description="Every line of fromYear not carried, with why.")]
    created_budgets: list[CreatedBudget]
    carried_teams: list[CarriedTeam]
