"""The yearly review (jaarlijkse herijking): next year's execution programme and budget made from this year's,
with a decision per intervention. The whole budget is carried: the three streams, every line of every kind
(intervention lines of what continues, ring-fenced, contingency, placeholder, other) and the teams; a line that
is not carried is named with why."""

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from app.budgets import service as budgets
from app.budgets import teams as budget_teams
from app.budgets.models import Budget, BudgetLine, LineKind
from app.core import audit
from app.core.dutch import long_date
from app.core.errors import Conflict, InvalidInput, field_error
from app.core.scope import Scope
from app.core.vocabulary import FundingStream
from app.interventions import programme
from app.interventions.models import ExecutionEntry, Intervention, Origin, ReviewDecision
from app.plans import service as plans
from app.plans.models import Plan
from app.reports import evaluations
from app.reviews.schemas import (
    AnnualReviewCreate,
    AnnualReviewProposal,
    AnnualReviewResult,
    CarriedLine,
    CarriedTeam,
    CreatedBudget,
    CreatedEntry,
    LineSkip,
    ReviewItem,
    ReviewLine,
    ReviewTeam,
    SkippedLine,
    StoppedIntervention,
    StreamAmount,
    StreamProposal,
    TeamSkip,
)

ORIGIN_OF = {ReviewDecision.continue_: Origin.continued, ReviewDecision.change: Origin.changed}
STREAMS = list(FundingStream)
ZERO = Decimal("0.00")


def default_year(db: Session, scope: Scope, plan: Plan) -> int:
    """The earliest year of the plan (but its last) whose programme still awaits its review."""
    year = programme.first_unreviewed_year(db, scope, plan.first_year, plan.last_year)
    return year if year is not None else plan.first_year


@dataclass
class _Year:
    """Everything the review reads of the year under review and the next: a fixed number of queries."""

    entries: list[tuple[ExecutionEntry, Intervention]]
    lines: list[Any]  # lines_statement rows of the year under review
    skips: dict[uuid.UUID, LineSkip | None]  # per line: why it is not carried whatever the decisions
    budgets: dict[tuple[int, FundingStream], Budget]
    next_entries: dict[uuid.UUID, ExecutionEntry]
    budgeted_next: set[uuid.UUID]
    teams: list[Any]
    next_teams: list[Any]


def _read(db: Session, scope: Scope, year: int) -> _Year:
    entries = programme.programme(db, scope, year)
    ids = [intervention.id for _, intervention in entries]
    in_programme = set(ids)
    lines = budgets.lines_of_year(db, scope, year)
    budgeted_next, carried_next, titled_next = budgets.line_marks(db, scope, year + 1)
    skips: dict[uuid.UUID, LineSkip | None] = {}
    for line, _, stream, _, _, _ in lines:
        if line.intervention_id is not None and line.intervention_id not in in_programme:
            skips[line.id] = LineSkip.not_in_programme
        elif line.intervention_id is not None and line.intervention_id in budgeted_next:
            skips[line.id] = LineSkip.budgeted_next_year
        elif line.id in carried_next or (line.intervention_id is None
                                         and (str(stream), str(line.kind), line.title.lower()) in titled_next):
            skips[line.id] = LineSkip.in_next_year
        else:
            skips[line.id] = None
    teams = budget_teams.teams_of_years(db, scope, [year, year + 1])
    return _Year(
        entries=entries, lines=lines, skips=skips, budgets=budgets.budgets_of_years(db, scope, [year, year + 1]),
        next_entries=programme.entries_of(db, scope, year + 1, ids), budgeted_next=budgeted_next & in_programme,
        teams=[t for t in teams if t.year == year], next_teams=[t for t in teams if t.year == year + 1],
    )


def _max_amount(line: BudgetLine) -> Decimal | None:
    """A ring-fenced amount is brought back, never raised: next year plans at most this year's."""
    return line.planned_amount if line.kind == LineKind.ring_fenced else None


def _review_line(row: Any, skip: LineSkip | None) -> ReviewLine:
    line, _, stream, intervention_title, committed, spent = row
    return ReviewLine(id=line.id, kind=line.kind, title=line.title, stream=stream,
                      intervention_id=line.intervention_id, intervention_title=intervention_title,
                      planned_amount=line.planned_amount, cap=line.cap, committed=committed, spent=spent,
                      proposed_amount=line.planned_amount, max_amount=_max_amount(line), skip=skip)


def _streams(year: int, found: dict[tuple[int, FundingStream], Budget],
             amounts: dict[FundingStream, Decimal] | None = None) -> list[StreamProposal]:
    streams = []
    for stream in STREAMS:
        this, nxt = found.get((year, stream)), found.get((year + 1, stream))
        creates = this is not None and nxt is None
        proposed = (amounts or {}).get(stream, this.amount) if creates and this else None
        streams.append(StreamProposal(stream=stream, amount=this.amount if this else None,
                                      next_budget_id=nxt.id if nxt else None,
                                      next_amount=nxt.amount if nxt else proposed, creates=creates))
    return streams


def proposal(db: Session, scope: Scope, *, plan_id: uuid.UUID, from_year: int | None) -> AnnualReviewProposal:
    plan = plans.get_plan(db, scope, plan_id=plan_id)
    year = from_year if from_year is not None else default_year(db, scope, plan)
    read = _read(db, scope, year)
    evaluated = evaluations.summaries(db, scope, year=year) if read.entries else {}
    by_intervention: dict[uuid.UUID, list[ReviewLine]] = defaultdict(list)
    other: list[ReviewLine] = []
    for row in read.lines:
        shown = _review_line(row, read.skips[row[0].id])
        if row[0].intervention_id is not None and shown.skip != LineSkip.not_in_programme:
            by_intervention[row[0].intervention_id].append(shown)
        else:
            other.append(shown)
    items = [
        ReviewItem(
            intervention_id=intervention.id, title=intervention.title, category=intervention.category,
            funding_stream=intervention.funding_stream, entry_id=entry.id, origin=entry.origin,
            decision=entry.review_decision, note=entry.review_note, in_next_year=intervention.id in read.next_entries,
            budgeted_next_year=intervention.id in read.budgeted_next, lines=by_intervention.get(intervention.id, []),
            evaluation=evaluated.get(intervention.id),
        )
        for entry, intervention in read.entries
    ]
    skip_teams = TeamSkip.next_year_has_teams if read.next_teams else None
    return AnnualReviewProposal(
        plan_id=plan.id, from_year=year, to_year=year + 1,
        to_year_in_plan=plan.first_year <= year and year + 1 <= plan.last_year,
        reviewed=any(entry.review_decision is not None for entry, _ in read.entries),
        review_notes=plan.review_notes, items=items, streams=_streams(year, read.budgets), budget_lines=other,
        teams=[ReviewTeam(id=t.id, name=t.name, fte=t.fte, skip=skip_teams) for t in read.teams],
    )


def _decision_errors(data: AnnualReviewCreate, entries: list[tuple[ExecutionEntry, Intervention]]) -> list[Any]:
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
    return errors


def _amount_errors(data: AnnualReviewCreate, read: _Year, carried: dict[uuid.UUID, BudgetLine],
                   creates: set[FundingStream]) -> list[Any]:
    """The amounts given for next year: of carried lines (a ring-fenced one at most this year's) and of the
    budgets the review creates."""
    errors = []
    of_year = {row[0].id for row in read.lines}
    seen: set[uuid.UUID] = set()
    for i, given in enumerate(data.line_amounts):
        pointer = f"/lineAmounts/{i}"
        line = carried.get(given.line_id)
        if given.line_id in seen:
            errors.append(field_error(f"{pointer}/lineId", "This line has an amount already.", "duplicate"))
        elif given.line_id not in of_year:
            errors.append(field_error(f"{pointer}/lineId", f"This is not a budget line of {data.from_year}.",
                                      "unknown"))
        elif line is None:
            errors.append(field_error(f"{pointer}/lineId", "The review does not carry this line (its intervention "
                                      "stops, or next year has it already).", "not_carried"))
        elif (most := _max_amount(line)) is not None and given.planned_amount > most:
            errors.append(field_error(
                f"{pointer}/plannedAmount", f"'{line.title}' is ring-fenced: next year it may plan at most "
                f"{most} (this year's amount), not {given.planned_amount}.", "above_ring_fence",
                title=line.title, max=f"{most:.2f}", amount=f"{given.planned_amount:.2f}"))
        seen.add(given.line_id)
    streams_seen: set[FundingStream] = set()
    for i, given in enumerate(data.budget_amounts):
        pointer = f"/budgetAmounts/{i}/stream"
        if given.stream in streams_seen:
            errors.append(field_error(pointer, "This stream has an amount already.", "duplicate"))
        elif given.stream not in creates:
            errors.append(field_error(pointer, f"The review creates no {given.stream} budget for "
                                      f"{data.from_year + 1}: it has one already, or {data.from_year} has none.",
                                      "not_created"))
        streams_seen.add(given.stream)
    return errors


def _refuse(plan: Plan, from_year: int, entries: list[tuple[ExecutionEntry, Intervention]]) -> None:
    to_year = from_year + 1
    if not (plan.first_year <= from_year and to_year <= plan.last_year):
        raise Conflict(f"The plan runs from {plan.first_year} to {plan.last_year}: a review of {from_year} would "
                       f"make a programme for {to_year}, outside the plan.", problem="review_outside_plan",
                       problem_params={"first_year": plan.first_year, "last_year": plan.last_year, "year": from_year})
    if not entries:
        raise Conflict(f"The execution programme of {from_year} has no interventions: there is nothing to review.",
                       problem="review_nothing", problem_params={"year": from_year})
    if any(entry.review_decision is not None for entry, _ in entries):
        raise Conflict(f"{from_year} was reviewed already; its decisions stand.", problem="review_done",
                       problem_params={"year": from_year})


def perform(db: Session, scope: Scope, *, plan_id: uuid.UUID, data: AnnualReviewCreate) -> AnnualReviewResult:
    plan = plans.get_plan(db, scope, plan_id=plan_id)
    db.refresh(plan, with_for_update=True)  # one review of a plan at a time: a second one waits, then gets 409
    from_year, to_year = data.from_year, data.from_year + 1
    read = _read(db, scope, from_year)
    _refuse(plan, from_year, read.entries)
    errors = _decision_errors(data, read.entries)
    if errors:
        raise InvalidInput("Every intervention of the year needs exactly one decision.", errors=errors,
                           problem="review_decisions")

    by_id = {intervention.id: (entry, intervention) for entry, intervention in read.entries}
    decided = {d.intervention_id: d for d in data.decisions}
    stops = {i for i, d in decided.items() if d.decision == ReviewDecision.stop}

    def skip_of(line: BudgetLine) -> LineSkip | None:
        static = read.skips[line.id]
        return static or (LineSkip.stopped if line.intervention_id in stops else None)

    carried_lines = {row[0].id: row[0] for row in read.lines if skip_of(row[0]) is None}
    creates = {s for s in STREAMS if (from_year, s) in read.budgets and (to_year, s) not in read.budgets}
    errors = _amount_errors(data, read, carried_lines, creates)
    if errors:
        raise InvalidInput("Some of next year's amounts are not valid.", errors=errors)
    line_amounts = {given.line_id: given.planned_amount for given in data.line_amounts}
    budget_amounts = {given.stream: given.amount for given in data.budget_amounts}

    # the programme: decisions recorded, what continues or changes in next year's programme
    result_entries: list[CreatedEntry] = []
    for intervention_id, decision in decided.items():
        entry, intervention = by_id[intervention_id]
        entry.review_decision = decision.decision
        entry.review_note = decision.note
        if decision.decision == ReviewDecision.stop:
            continue
        origin = ORIGIN_OF[decision.decision]
        next_entry = read.next_entries.get(intervention_id)
        created = next_entry is None
        if next_entry is None:
            next_entry = programme.add_entry(db, scope, intervention_id=intervention_id, year=to_year, origin=origin)
        result_entries.append(CreatedEntry(intervention_id=intervention_id, title=intervention.title, origin=origin,
                                           entry_id=next_entry.id, created=created))

    # the budget: every stream of this year in next year, every line carried or named with why
    created_budgets: list[CreatedBudget] = []
    for stream in STREAMS:
        if stream in creates:
            target = budgets.add_budget(
                db, scope, year=to_year, stream=stream,
                amount=budget_amounts.get(stream, read.budgets[(from_year, stream)].amount),
                notes=f"Overgenomen van {from_year} bij de jaarlijkse herijking (carried over).")
            read.budgets[(to_year, stream)] = target
            created_budgets.append(CreatedBudget(id=target.id, stream=stream, amount=target.amount))
    carried: list[CarriedLine] = []
    skipped: list[SkippedLine] = []
    freed: dict[uuid.UUID, dict[FundingStream, Decimal]] = {i: {} for i in stops}
    for line, _, stream, _, _, _ in read.lines:
        stream = FundingStream(stream)
        reason = skip_of(line)
        if reason is not None:
            skipped.append(SkippedLine(line_id=line.id, kind=line.kind, title=line.title, stream=stream,
                                       planned_amount=line.planned_amount, reason=reason))
            if reason == LineSkip.stopped:
                share = freed[line.intervention_id]
                share[stream] = share.get(stream, ZERO) + line.planned_amount
            continue
        most = _max_amount(line)
        copy = budgets.carry_line(db, scope, line, read.budgets[(to_year, stream)],
                                  planned_amount=line_amounts.get(line.id), cap=most)
        carried.append(CarriedLine(from_line_id=line.id, line_id=copy.id, kind=copy.kind, title=copy.title,
                                   stream=stream, planned_amount=copy.planned_amount, cap=copy.cap))

    # the teams the functional and personal budgets are shared out by, when next year has none yet
    carried_teams = [] if read.next_teams else [
        (team, budget_teams.copy_team(db, scope, team, to_year)) for team in read.teams]

    stopped = [StoppedIntervention(intervention_id=i, title=by_id[i][1].title,
                                   freed=[StreamAmount(stream=s, amount=a) for s, a in freed[i].items()])
               for i in decided if i in stops]
    freed_total: dict[FundingStream, Decimal] = defaultdict(lambda: ZERO)
    for per_stream in freed.values():
        for stream, amount in per_stream.items():
            freed_total[stream] += amount

    counts = {d: sum(1 for x in decided.values() if x.decision == d) for d in ReviewDecision}
    summary_line = (f"Herijking {from_year} → {to_year} ({long_date(date.today())}): "
                    f"{counts[ReviewDecision.continue_]} doorgaan, {counts[ReviewDecision.change]} wijzigen, "
                    f"{counts[ReviewDecision.stop]} stoppen"
                    + (f" ({'; '.join(s.title for s in stopped)})" if stopped else "") + ".")
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
        "carriedTeams": {"from": None, "to": [str(copy.id) for _, copy in carried_teams]},
    })
    return AnnualReviewResult(
        plan_id=plan.id, from_year=from_year, to_year=to_year, continued=counts[ReviewDecision.continue_],
        changed=counts[ReviewDecision.change], stopped=counts[ReviewDecision.stop], entries=result_entries,
        stopped_interventions=stopped,
        freed=[StreamAmount(stream=s, amount=freed_total[s]) for s in STREAMS if s in freed_total],
        carried_lines=carried, skipped_lines=skipped, created_budgets=created_budgets,
        carried_teams=[CarriedTeam(from_team_id=team.id, team_id=copy.id, name=copy.name, fte=copy.fte)
                       for team, copy in carried_teams],
    )
