"""Turns a transcribed plan (`plan_data.PlanData`) into rows of one organisation.

Straight to the models with the caller's session (add + flush, no commit), level by level so foreign keys
always point at rows already written; one `demo.loaded` audit event says what was loaded.
"""

import uuid
from dataclasses import dataclass

from sqlmodel import Session, SQLModel

from app.budgets.models import Budget, BudgetLine, Expenditure, LineKind, Payroll, Team
from app.core import audit
from app.demo.plan_data import ExpenditureData, PlanData
from app.interventions.models import (
    ExecutionEntry,
    FundingStream,
    Intervention,
    InterventionKolbPhase,
    InterventionLearningGoal,
    InterventionTheme,
    Origin,
)
from app.plans.models import Development, Goal, LearningGoal, Plan, Theme


@dataclass(frozen=True)
class LoadedPlan:
    plan: Plan
    counts: dict[str, int]


def load_plan(db: Session, organisation_id: uuid.UUID, data: PlanData) -> LoadedPlan:
    org = {"organisation_id": organisation_id}
    plan = Plan(title=data.title, first_year=data.first_year, last_year=data.last_year, status=data.status,
                summary=data.summary, review_notes=data.review_notes, **org)
    db.add(plan)
    db.flush()

    developments = [Development(plan_id=plan.id, title=d.title, description=d.description, position=n, **org)
                    for n, d in enumerate(data.developments)]
    themes = {t.key: Theme(plan_id=plan.id, title=t.title, description=t.description, position=n, **org)
              for n, t in enumerate(data.themes)}
    db.add_all([*developments, *themes.values()])
    db.flush()

    goals = [(Goal(development_id=development.id, title=g.title, description=g.description, position=n, **org), g)
             for development, d in zip(developments, data.developments, strict=True)
             for n, g in enumerate(d.goals)]
    db.add_all([goal for goal, _ in goals])
    db.flush()

    learning_goals: dict[str, LearningGoal] = {}
    for goal, g in goals:
        for n, lg in enumerate(g.learning_goals):
            if lg.key in learning_goals:
                raise ValueError(f"learning goal key '{lg.key}' is used twice")
            learning_goals[lg.key] = LearningGoal(goal_id=goal.id, title=lg.title, description=lg.description,
                                                  audience=lg.audience, position=n, **org)
    db.add_all(learning_goals.values())

    interventions = [(Intervention(
        title=i.title, status=i.status, goal=i.goal, content=i.content, target_group=i.target_group,
        audience=i.audience, category=i.category, learning_form=i.learning_form, learning_mix=i.learning_mix,
        learning_level=i.learning_level, duration_hours=i.duration_hours, duration_days=i.duration_days,
        mandatory=i.mandatory, provider=i.provider, cost_fixed=i.cost_fixed,
        cost_per_participant=i.cost_per_participant, expected_participants=i.expected_participants,
        funding_stream=FundingStream.strategic, personal_budget_contribution=i.personal_budget_contribution, **org,
    ), i) for i in data.interventions]
    db.add_all([intervention for intervention, _ in interventions])
    db.flush()

    links: list[SQLModel] = []
    for intervention, i in interventions:
        links += [InterventionLearningGoal(intervention_id=intervention.id, learning_goal_id=learning_goals[key].id)
                  for key in i.learning_goals]
        links += [InterventionTheme(intervention_id=intervention.id, theme_id=themes[key].id) for key in i.themes]
        links += [InterventionKolbPhase(intervention_id=intervention.id, phase=phase) for phase in i.kolb_phases]
        links.append(ExecutionEntry(intervention_id=intervention.id, year=data.programme_year, origin=Origin.planned,
                                    **org))
    db.add_all(links)

    budgets = {b.stream: Budget(year=data.programme_year, stream=b.stream, amount=b.amount, notes=b.notes, **org)
               for b in data.budgets}
    teams = [Team(year=data.programme_year, name=t.name, fte=t.fte, **org) for t in data.teams]
    payroll = Payroll(year=data.programme_year, amount=data.payroll, notes=data.payroll_notes, **org)
    db.add_all([*budgets.values(), *teams, payroll])
    db.flush()

    strategic = budgets[FundingStream.strategic]
    lines: list[tuple[BudgetLine, tuple[ExpenditureData, ...]]] = []
    for intervention, i in interventions:
        if i.budget_line:
            notes = f"{data.intervention_line_note} {i.budget_notes}".strip()
            lines.append((BudgetLine(budget_id=strategic.id, kind=LineKind.intervention, title=i.title,
                                     intervention_id=intervention.id, planned_amount=i.planned_cost, notes=notes,
                                     **org), i.expenditures))
    for b in data.budgets:
        lines += [(BudgetLine(budget_id=budgets[b.stream].id, kind=line.kind, title=line.title,
                              planned_amount=line.planned_amount, cap=line.cap, notes=line.notes, **org),
                   line.expenditures) for line in b.lines]
    db.add_all([line for line, _ in lines])
    db.flush()

    expenditures = [Expenditure(budget_line_id=line.id, date=e.date, amount=e.amount, status=e.status,
                                reference=e.reference, description=e.description, **org)
                    for line, spent in lines for e in spent]
    db.add_all(expenditures)
    db.flush()

    counts = {"developments": len(developments), "goals": len(goals), "learning_goals": len(learning_goals),
              "themes": len(themes), "interventions": len(interventions), "budgets": len(budgets),
              "budget_lines": len(lines), "expenditures": len(expenditures), "teams": len(teams)}
    audit.record(db, action="demo.loaded", entity_type="plan", entity_id=plan.id, organisation_id=organisation_id,
                 actor_label="demo loader", changes=audit.snapshot({"title": plan.title, **counts}))
    return LoadedPlan(plan=plan, counts=counts)
