"""The yearly review (jaarlijkse herijking): next year's execution programme made from this year's, with a
decision per intervention and the budget lines of what continues carried over."""

import uuid
from datetime import date

from sqlmodel import Session

from app.budgets import service as budgets
from app.core import audit
from app.core.errors import Conflict, InvalidInput, field_error
from app.core.scope import Scope
from app.core.vocabulary import FundingStream
from app.interventions import programme
from app.interventions.models import ExecutionEntry, Intervention, Origin, ReviewDecision
from app.plans import service as plans
from app.plans.models import Plan
from app.reviews.schemas import (
    AnnualReviewCreate,
    AnnualReviewProposal,
    AnnualReviewResult,
    CarriedLine,
    CreatedBudget,
    CreatedEntry,
    ReviewItem,
    ReviewLine,
)

ORIGIN_OF = {ReviewDecision.continue_: Origin.continued, ReviewDecision.change: Origin.changed}


def default_year(db: Session, scope: Scope, plan: Plan) -> int:
    """The earliest year of the plan (but its last) whose programme still awaits its review."""
    year = programme.first_unreviewed_year(db, scope, plan.first_year, plan.last_year)
    return year if year is not None else plan.first_year


def proposal(db: Session, scope: Scope, *, plan_id: uuid.UUID, from_year: int | None) -> AnnualReviewProposal:
    plan = plans.get_plan(db, scope, plan_id=plan_id)
    year = from_year if from_year is not None else default_year(db, scope, plan)
    entries = programme.programme(db, scope, year)
    ids = [intervention.id for _, intervention in entries]
    lines = budgets.lines_by_intervention(db, scope, year, ids)
    next_year = programme.entries_of(db, scope, year + 1, ids)
    budgeted = budgets.budgeted_interventions(db, scope, year + 1, ids)
    items = [
        ReviewItem(
            intervention_id=intervention.id, title=intervention.title, category=intervention.category,
            funding_stream=intervention.funding_stream, entry_id=entry.id, origin=entry.origin,
            decision=entry.review_decision, note=entry.review_note, in_next_year=intervention.id in next_year,
            budgeted_next_year=intervention.id in budgeted,
            lines=[ReviewLine(id=line.id, kind=line.kind, title=line.title, stream=stream,
                              planned_amount=line.planned_amount, cap=line.cap, committed=committed, spent=spent)
                   for line, _, stream, _, committed, spent in lines.get(intervention.id, [])],
        )
        for entry, intervention in entries
    ]
    return AnnualReviewProposal(
        plan_id=plan.id, from_year=year, to_year=year + 1,
        to_year_in_plan=plan.first_year <= year and year + 1 <= plan.last_year,
        reviewed=any(entry.review_decision is not None for entry, _ in entries),
        review_notes=plan.review_notes, items=items,
    )


def _check_decisions(data: AnnualReviewCreate, entries: list[tuple[ExecutionEntry, Intervention]]) -> None:
    in_programme = {intervention.id: intervention.title for _, intervention in entries}
    errors = []
    seen: set[uuid.UUID] = set()
    for i, decision in enumerate(data.decisions):
        pointer = f"/decisions/{i}/interventionId"
        if decision.intervention_id not in in_programme:
            errors.append(field_error(pointer, f"This intervention is not in the {data.from_year} programme.",
                                      "unknown"))
        elif decision.intervention_id in seen:
            errors.append(field_error(pointer, "This intervention has a decision already.", "duplicate"))
        seen.add(decision.intervention_id)
    missing = [title for intervention_id, title in in_programme.items() if intervention_id not in seen]
    if missing:
        errors.append(field_error("/decisions", f"No decision for {len(missing)} intervention(s): "
                                  + ", ".join(missing) + ".", "missing_decisions", count=len(missing)))
    if errors:
        raise InvalidInput("Every intervention of the year needs exactly one decision.", errors=errors,
                           problem="review_decisions")


def perform(db: Session, scope: Scope, *, plan_id: uuid.UUID, data: AnnualReviewCreate) -> AnnualReviewResult:
    plan = plans.get_plan(db, scope, plan_id=plan_id)
    from_year, to_year = data.from_year, data.from_year + 1
    if not (plan.first_year <= from_year and to_year <= plan.last_year):
        raise Conflict(f"The plan runs from {plan.first_year} to {plan.last_year}: a review of {from_year} would "
                       f"make a programme for {to_year}, outside the plan.", problem="review_outside_plan",
                       problem_params={"first_year": plan.first_year, "last_year": plan.last_year, "year": from_year})
    entries = programme.programme(db, scope, from_year)
    if not entries:
        raise Conflict(f"The execution programme of {from_year} has no interventions: there is nothing to review.",
                       problem="review_nothing", problem_params={"year": from_year})
    if any(entry.review_decision is not None for entry, _ in entries):
        raise Conflict(f"{from_year} was reviewed already; its decisions stand.", problem="review_done",
                       problem_params={"year": from_year})
    _check_decisions(data, entries)

    by_id = {intervention.id: (entry, intervention) for entry, intervention in entries}
    decided = {d.intervention_id: d for d in data.decisions}
    kept = [i for i, d in decided.items() if d.decision != ReviewDecision.stop]

    existing_next = programme.entries_of(db, scope, to_year, kept)
    lines = budgets.lines_by_intervention(db, scope, from_year, kept)
    already_budgeted = budgets.budgeted_interventions(db, scope, to_year, kept)
    by_stream = budgets.budgets_of_years(db, scope, [from_year, to_year])

    result_entries: list[CreatedEntry] = []
    carried: list[CarriedLine] = []
    created_budgets: list[CreatedBudget] = []
    skipped = 0
    for intervention_id, decision in decided.items():
        entry, intervention = by_id[intervention_id]
        entry.review_decision = decision.decision
        entry.review_note = decision.note
        if decision.decision == ReviewDecision.stop:
            continue
        origin = ORIGIN_OF[decision.decision]
        next_entry = existing_next.get(intervention_id)
        created = next_entry is None
        if next_entry is None:
            next_entry = programme.add_entry(db, scope, intervention_id=intervention_id, year=to_year,
                                                 origin=origin)
        result_entries.append(CreatedEntry(intervention_id=intervention_id, title=intervention.title, origin=origin,
                                           entry_id=next_entry.id, created=created))
        if intervention_id in already_budgeted:
            skipped += len(lines.get(intervention_id, []))
            continue
        for line, _, stream, _, _, _ in lines.get(intervention_id, []):
            stream = FundingStream(stream)
            target = by_stream.get((to_year, stream))
            if target is None:
                target = budgets.add_budget(
                    db, scope, year=to_year, stream=stream, amount=by_stream[(from_year, stream)].amount,
                    notes=f"Overgenomen van {from_year} bij de jaarlijkse herijking (carried over).")
                by_stream[(to_year, stream)] = target
                created_budgets.append(CreatedBudget(id=target.id, stream=stream, amount=target.amount))
            copy = budgets.carry_line(db, scope, line, target)
            carried.append(CarriedLine(from_line_id=line.id, line_id=copy.id, title=copy.title, stream=stream,
                                       planned_amount=copy.planned_amount))

    counts = {d: sum(1 for x in decided.values() if x.decision == d) for d in ReviewDecision}
    summary_line = (f"Herijking {from_year} → {to_year} ({date.today().isoformat()}): "
                    f"{counts[ReviewDecision.continue_]} doorgaan, {counts[ReviewDecision.change]} wijzigen, "
                    f"{counts[ReviewDecision.stop]} stoppen.")
    addition = summary_line + (f"\n{data.notes}" if data.notes else "")
    before_notes = plan.review_notes
    plan.review_notes = f"{plan.review_notes}\n\n{addition}" if plan.review_notes else addition
    db.flush()

    for budget in created_budgets:
        audit.record(db, scope=scope, action="budget.created", entity_type="budget", entity_id=budget.id,
                     changes=audit.snapshot({"year": to_year, "stream": budget.stream, "amount": budget.amount}))
    audit.record(db, scope=scope, action="plan.annual_review", entity_type="plan", entity_id=plan.id, changes={
        "reviewNotes": {"from": before_notes, "to": plan.review_notes},
        "fromYear": {"from": None, "to": from_year},
        "decisions": {"from": None, "to": {str(i): d.decision.value for i, d in decided.items()}},
        "carriedLines": {"from": None, "to": [str(c.line_id) for c in carried]},
    })
    return AnnualReviewResult(
        plan_id=plan.id, from_year=from_year, to_year=to_year, continued=counts[ReviewDecision.continue_],
        changed=counts[ReviewDecision.change], stopped=counts[ReviewDecision.stop], entries=result_entries,
        carried_lines=carried, skipped_lines=skipped, created_budgets=created_budgets,
    )
