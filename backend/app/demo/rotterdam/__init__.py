"""Gemeente Rotterdam: its traineeship guide, one data module per domain."""

import uuid

from sqlmodel import Session

from app.demo.build.audit import record_loaded
from app.demo.build.budgets import load_budgets
from app.demo.build.catalogue import load_interventions
from app.demo.build.competencies import load_frameworks
from app.demo.build.plans import load_plan
from app.demo.rotterdam.budgets import BUDGETS
from app.demo.rotterdam.catalogue import INTERVENTIONS
from app.demo.rotterdam.competencies import FRAMEWORKS
from app.demo.rotterdam.plan import PLAN, PROGRAMME_YEAR
from app.plans.models import Plan


def load(db: Session, organisation_id: uuid.UUID) -> Plan:
    frameworks = load_frameworks(db, organisation_id, FRAMEWORKS)
    plan = load_plan(db, organisation_id, PLAN)
    catalogue = load_interventions(db, organisation_id, INTERVENTIONS, year=PROGRAMME_YEAR,
                                   learning_goals=plan.learning_goals, themes=plan.themes,
                                   competencies=frameworks.competencies)
    budgets = load_budgets(db, organisation_id, BUDGETS, catalogue.interventions)
    record_loaded(db, organisation_id, plan.plan,
                  {**frameworks.counts, **plan.counts, **catalogue.counts, **budgets})
    return plan.plan
