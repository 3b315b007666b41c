"""Shapes of the reports (DESIGN §2.7): a cohort's effect report, the evaluation reports of interventions and of a
year, and the organisation's overview of its programmes. Every figure about a group smaller than the
organisation's minimum report group size is null with `suppressed` saying why (`app.reports.suppression`)."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from app.core.schemas import ApiModel
from app.core.vocabulary import (
    AnonymityMode,
    Dimension,
    EvaluationAspect,
    MeasurementLevel,
    QuestionType,
    RoundMoment,
    TransferLever,
)
from app.reports.statistics import EffectSizeKind, Magnitude
from app.reports.suppression import SuppressionReason

Suppressed = Annotated[SuppressionReason | None, Field(description=(
    "Why the figures are withheld: `too_few` (fewer respondents than the minimum group size) or "
    "`protects_another` (withheld so that a suppressed group cannot be worked out from the total); null: shown."))]


class ComparisonKind(StrEnum):
    paired = "paired"  # gepaard: the same respondents before and after (named or pseudonymous rounds)
    unpaired = "unpaired"  # ongepaard: independent groups (an anonymous round on either side)


class ReportRowKind(StrEnum):
    question = "question"
    level = "level"
    dimension = "dimension"
    competency = "competency"
    transfer_lever = "transfer_lever"


# --- the cohort's effect report ----------------------------------------------------------------------------------

class ReportRound(ApiModel):
    id: uuid.UUID
    moment: RoundMoment
    title: str = Field(description="The round's title, or its instrument's when it has none.")
    anonymity: AnonymityMode
    opens_at: datetime
    closes_at: datetime
    invited: int
    completed: int
    response_rate: float | None = Field(description="completed / invited, 0-1; null without invitations.")


class ReportComparison(ApiModel):
    """A comparison the report makes: the baseline (the first `pre` round) against every later round."""

    from_round_id: uuid.UUID
    to_round_id: uuid.UUID
    kind: ComparisonKind = Field(description="`paired` when both rounds are named, or both pseudonymous (the same "
                                             "respondents can be matched); `unpaired` otherwise.")


class MomentFigure(ApiModel):
    round_id: uuid.UUID
    n: int | None = Field(description="Respondents with an answer.")
    mean: float | None
    sd: float | None = Field(description="Sample standard deviation (n - 1).")
    suppressed: Suppressed


class ChangeFigure(ApiModel):
    from_round_id: uuid.UUID
    to_round_id: uuid.UUID
    kind: ComparisonKind
    n: int | None = Field(description="Paired: the pairs. Unpaired: both groups together.")
    mean_difference: float | None = Field(description="After minus before, on the row's scale.")
    effect_size: float | None = Field(description="Cohen's d_z (paired) or Hedges' g (unpaired).")
    effect_size_kind: EffectSizeKind
    magnitude: Magnitude | None = Field(description="Cohen's reading: below 0.2 negligible, 0.2 small, 0.5 medium, "
                                                    "0.8 large.")
    ci_low: float | None = Field(description="The 95 % confidence interval of the mean difference.")
    ci_high: float | None
    t: float | None
    df: float | None = Field(description="Degrees of freedom (Welch-Satterthwaite when unpaired).")
    p: float | None = Field(description="Two-sided p-value of the paired t-test, or of Welch's t-test.")
    suppressed: Suppressed


class EffectRow(ApiModel):
    kind: ReportRowKind
    key: str = Field(description="The question's id, the level's, dimension's or lever's value, or the "
                                 "competency's id.")
    label: str = Field(description="The question's text or the competency's name; for a level, dimension or lever "
                                   "its value (clients label it from the vocabulary).")
    position: int | None = Field(description="A question's number in its instrument (from 1); null for groups.")
    question_type: QuestionType | None = Field(description="A question's type; null for groups.")
    scale_min: float = Field(description="The row's scale: a question's own (1-5, 1-7, 0-10); groups 0-100 (each "
                                         "answer as a percentage of its scale, averaged per respondent).")
    scale_max: float
    question_count: int = Field(description="The questions behind the row (1 for a question); suppressed questions "
                                            "are left out of every group.")
    level: MeasurementLevel | None
    dimension: Dimension | None
    transfer_lever: TransferLever | None
    competency_id: uuid.UUID | None
    moments: list[MomentFigure] = Field(description="One per report round, in the rounds' order.")
    changes: list[ChangeFigure] = Field(description="One per comparison, in the comparisons' order.")


class EffectReport(ApiModel):
    cohort_id: uuid.UUID
    cohort_name: str
    minimum_group_size: int
    rounds: list[ReportRound] = Field(description="The cohort's measurement rounds (every moment but evaluation), "
                                                  "by opening time.")
    comparisons: list[ReportComparison]
    rows: list[EffectRow] = Field(description="Questions in their order, then levels, dimensions, competencies and "
                                              "levers; filtered by the request's level, dimension and competency.")


# --- evaluations -------------------------------------------------------------------------------------------------

class EvaluationGroupKind(StrEnum):
    intervention = "intervention"
    session = "session"
    trainer = "trainer"
    location = "location"


class AspectFigure(ApiModel):
    aspect: EvaluationAspect
    n: int | None
    mean: float | None = Field(description="On the aspect's scale: each respondent's mean of its questions.")
    sd: float | None
    scale_min: float
    scale_max: float
    suppressed: Suppressed


class EvaluationGroup(ApiModel):
    kind: EvaluationGroupKind
    key: str = Field(description="The intervention's, session's or trainer's id, or the location's name; empty for "
                                 "the sessions without a trainer (label \"Geen trainer\") or without a location "
                                 "(\"Locatie onbekend\").")
    label: str
    day: date | None = Field(description="A session's day; null for the other kinds.")
    invited: int
    responses: int | None = Field(description="Submitted evaluations (null when suppressed).")
    aspects: list[AspectFigure] = Field(description="One per aspect the form rates, in the vocabulary's order.")
    suppressed: Suppressed


class EvaluationReport(ApiModel):
    """One intervention's evaluations in a year: overall, per session, per trainer and per location."""

    intervention_id: uuid.UUID
    title: str
    year: int
    minimum_group_size: int
    total: EvaluationGroup
    sessions: list[EvaluationGroup]
    trainers: list[EvaluationGroup]
    locations: list[EvaluationGroup]
    open_answers: list[str] = Field(description="The open answers, in a seeded random order (not by time, so no "
                                                "answer points to its writer); empty when the total is suppressed.")
    open_answers_suppressed: Suppressed


class YearEvaluations(ApiModel):
    """A year's evaluated interventions side by side, highest rated first (by the overall mark, else the mean of
    the aspects), with n; suppressed interventions last."""

    year: int
    minimum_group_size: int
    interventions: list[EvaluationGroup]
    trainers: list[EvaluationGroup]
    locations: list[EvaluationGroup]


class EvaluationSummary(ApiModel):
    """What the yearly review shows beside an intervention: its evaluations of the year in brief."""

    responses: int | None
    aspects: list[AspectFigure]
    suppressed: Suppressed
    minimum_group_size: int = Field(description="The organisation's minimum report group size, so a client can say "
                                                "why a summary is withheld (\"fewer than 5 evaluations\").")


# --- the organisation's overview ---------------------------------------------------------------------------------

class HeadlineEffect(ApiModel):
    level: MeasurementLevel
    change: ChangeFigure | None = Field(description="The level's change from the first pre to the last post round "
                                                    "with responses (null when the cohort has not both answered).")


class CohortOverview(ApiModel):
    cohort_id: uuid.UUID
    name: str
    start_date: date | None
    end_date: date | None
    participants: int
    rounds: list[ReportRound]
    response_rate: float | None = Field(description="All rounds' completed over all rounds' invited.")
    headline: list[HeadlineEffect]


class ProgrammeOverview(ApiModel):
    programme_id: uuid.UUID | None
    title: str
    cohorts: list[CohortOverview] = Field(description="By start date, newest first.")


class EffectOverview(ApiModel):
    minimum_group_size: int
    programmes: list[ProgrammeOverview]
