"""Shapes of the yearly review (jaarlijkse herijking)."""

import uuid
from typing import Annotated

from pydantic import Field

from app.budgets.models import LineKind
from app.core.schemas import FIRST_YEAR, LAST_YEAR, ApiInput, ApiModel, Decimal2, whole_number
from app.core.vocabulary import Category, FundingStream
from app.interventions.models import Origin, ReviewDecision


class ReviewLine(ApiModel):
    id: uuid.UUID
    kind: LineKind
    title: str
    stream: FundingStream
    planned_amount: Decimal2
    cap: Decimal2 | None
    committed: Decimal2
    spent: Decimal2


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


class AnnualReviewProposal(ApiModel):
    plan_id: uuid.UUID
    from_year: int
    to_year: int
    to_year_in_plan: Annotated[bool, Field(description="The next year lies within the plan's years.")]
    reviewed: Annotated[bool, Field(description="This year was reviewed already (decisions are shown).")]
    review_notes: Annotated[str, Field(description="The plan's notes of earlier reviews.")]
    items: list[ReviewItem]


class DecisionInput(ApiInput):
    intervention_id: uuid.UUID
    decision: Annotated[ReviewDecision, Field(description="continue, change or stop.")]
    note: Annotated[str, Field(max_length=2000)] = ""


class AnnualReviewCreate(ApiInput):
    from_year: whole_number(FIRST_YEAR, LAST_YEAR - 1, "The year under review.")
    notes: Annotated[str, Field(max_length=10000, description="Appended to the plan's review notes.")] = ""
    decisions: Annotated[list[DecisionInput], Field(max_length=2000,
                                                    description="Exactly one per intervention of fromYear.")]


class CreatedEntry(ApiModel):
    intervention_id: uuid.UUID
    title: str
    origin: Origin
    entry_id: uuid.UUID
    created: Annotated[bool, Field(description="False when it was in the next year's programme already.")]


class CarriedLine(ApiModel):
    from_line_id: uuid.UUID
    line_id: uuid.UUID
    title: str
    stream: FundingStream
    planned_amount: Decimal2


class CreatedBudget(ApiModel):
    id: uuid.UUID
    stream: FundingStream
    amount: Decimal2


class AnnualReviewResult(ApiModel):
    plan_id: uuid.UUID
    from_year: int
    to_year: int
    continued: int
    changed: int
    stopped: int
    entries: Annotated[list[CreatedEntry], Field(description="The next year's entries of the continued and "
                                                             "changed interventions.")]
    carried_lines: list[CarriedLine]
    skipped_lines: Annotated[int, Field(description="Lines not copied because the intervention has lines in the "
                                                    "next year already.")]
    created_budgets: list[CreatedBudget]
