import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.auth.deps import EditorScope, OrgScope
from app.core.db import DbSession
from app.reviews import service
from app.reviews.schemas import AnnualReviewCreate, AnnualReviewProposal, AnnualReviewResult

router = APIRouter(prefix="/plans/{plan_id}/annual-review", tags=["annual-review"])


@router.get("", response_model=AnnualReviewProposal, summary="Prepare the yearly review (jaarlijkse herijking)")
def get_annual_review(
    plan_id: uuid.UUID, scope: OrgScope, db: DbSession,
    from_year: Annotated[int | None, Query(alias="fromYear", ge=1900, le=2199, description=(
        "The year under review. Left out: the plan's earliest year whose programme still awaits its review."))] = None,
) -> AnnualReviewProposal:
    """Every intervention in the execution programme (uitvoeringsprogramma) of `fromYear`, with its budget
    lines of that year (planned, committed, spent) and, when the year was reviewed already, the decision
    and note taken. `toYearInPlan` says whether the next year lies within the plan (else the review is
    refused); `inNextYear` marks interventions the next year's programme holds already."""
    return service.proposal(db, scope, plan_id=plan_id, from_year=from_year)


@router.post("", response_model=AnnualReviewResult, summary="Carry out the yearly review (jaarlijkse herijking)")
def create_annual_review(plan_id: uuid.UUID, data: AnnualReviewCreate, scope: EditorScope,
                         db: DbSession) -> AnnualReviewResult:
    """Makes next year's execution programme from this year's, in one transaction (all or nothing):

    - every intervention of `fromYear`'s programme needs exactly one decision: `continue` (carry it over
      as it is), `change` (carry it over, to be changed) or `stop`; a missing, unknown or doubled one is a
      400 that lists them all;
    - the decision and its note are recorded on `fromYear`'s entries; `continue` and `change` put the
      intervention in `fromYear + 1`'s programme (origin `continued` / `changed`), unless it is there
      already (then that entry is kept as it is);
    - the budget lines the continued and changed interventions have in `fromYear` are copied, with their
      planned amount and cap but without expenditures, to next year's budget of the same stream
      (`carriedFromId` names the original). A missing budget of next year is created with this year's
      amount, noted as carried over. An intervention that has budget lines in next year already keeps
      those and gets no copies, so nothing is budgeted twice (`skippedLines` counts them);
    - `notes` and a line with the counts are appended to the plan's review notes.

    Refused with 409 when `fromYear + 1` lies outside the plan's years, when `fromYear`'s programme is
    empty, or when `fromYear` was reviewed already. Stopped interventions stay in the catalogue."""
    return service.perform(db, scope, plan_id=plan_id, data=data)
