"""Gemeente Rotterdam: its traineeship guide, one data module per domain."""

import uuid

from sqlmodel import Session

from app.demo.build.audit import record_loaded
from app.demo.build.budgets import load_budgets
from app.demo.build.catalogue import load_interventions
from app.demo.build.cohorts import load_cohorts
from app.demo.build.competencies import load_frameworks
from app.demo.build.people import load_people
from app.demo.build.plans import load_plan
from app.demo.build.programmes import load_programmes
from app.demo.build.questionnaires import load_instruments
from app.demo.build.sessions import load_closing_days, load_trainers
from app.demo.build.stakeholders import load_stakeholders
from app.demo.rotterdam.budgets import BUDGETS
from app.demo.rotterdam.catalogue import INTERVENTIONS
from app.demo.rotterdam.cohorts import COHORTS
from app.demo.rotterdam.competencies import FRAMEWORKS
from app.demo.rotterdam.people import STAFF
from app.demo.rotterdam.plan import PLAN, PROGRAMME_YEAR
from app.demo.rotterdam.programme import PROGRAMMES
from app.demo.rotterdam.questionnaires import INSTRUMENTS
from app.demo.rotterdam.rounds import load_effect_rounds
from app.demo.rotterdam.sessions import CLOSING_DAYS, TRAINERS
from app.demo.rotterdam.stakeholders import ENGAGEMENTS, STAKEHOLDERS
from app.plans.models import Plan


def load(db: Session, organisation_id: uuid.UUID) -> Plan:
    frameworks = load_frameworks(db, organisation_id, FRAMEWORKS)
    plan = load_plan(db, organisation_id, PLAN)
    catalogue = load_interventions(db, organisation_id, INTERVENTIONS, year=PROGRAMME_YEAR,
                                   learning_goals=plan.learning_goals, themes=plan.themes,
                                   competencies=frameworks.competencies)
    budgets = load_budgets(db, organisation_id, BUDGETS, catalogue.interventions)
    programmes = load_programmes(db, organisation_id, PROGRAMMES, frameworks=frameworks.frameworks,
                                 competencies=frameworks.competencies, interventions=catalogue.interventions)
    stakeholders = load_stakeholders(db, organisation_id, STAKEHOLDERS, ENGAGEMENTS,
                                     programmes=programmes.programmes)
    people = load_people(db, organisation_id, STAFF)
    instruments = load_instruments(db, organisation_id, INSTRUMENTS, competencies=frameworks.competencies)
    cohorts = load_cohorts(db, organisation_id, COHORTS, programmes=programmes.programmes, people=people)
    rounds = load_effect_rounds(db, organisation_id, people=people, competencies=frameworks.competencies)
    trainers = load_trainers(db, organisation_id, TRAINERS)
    closing_days = load_closing_days(db, organisation_id, CLOSING_DAYS)
    record_loaded(db, organisation_id, plan.plan, {**frameworks.counts, **plan.counts, **catalogue.counts,
                                                   **budgets, **programmes.counts, **stakeholders, **instruments,
                                                   "people": len(people), **cohorts, **rounds,
                                                   "trainers": len(trainers),
                                                   "closingDays": closing_days})
    return plan.plan
