"""Gemeente Deventer: its strategisch leer- en ontwikkelplan 2014-2017, one data module per domain."""

import uuid

from sqlmodel import Session

from app.demo.build.audit import record_loaded
from app.demo.build.budgets import load_budgets
from app.demo.build.catalogue import load_interventions
from app.demo.build.people import load_people
from app.demo.build.plans import load_plan
from app.demo.build.questionnaires import load_instruments
from app.demo.build.sessions import load_closing_days, load_sessions, load_trainers
from app.demo.deventer.budgets import BUDGETS_2014
from app.demo.deventer.catalogue import INTERVENTIONS
from app.demo.deventer.people import STAFF
from app.demo.deventer.plan import PLAN, PROGRAMME_YEAR
from app.demo.deventer.questionnaires import INSTRUMENTS
from app.demo.deventer.rounds import load_evaluation_rounds
from app.demo.deventer.sessions import CLOSING_DAYS, SESSIONS, TRAINERS
from app.plans.models import Plan


def load(db: Session, organisation_id: uuid.UUID) -> Plan:
    plan = load_plan(db, organisation_id, PLAN)
    catalogue = load_interventions(db, organisation_id, INTERVENTIONS, year=PROGRAMME_YEAR,
                                   learning_goals=plan.learning_goals, themes=plan.themes)
    budgets = load_budgets(db, organisation_id, BUDGETS_2014, catalogue.interventions)
    people = load_people(db, organisation_id, STAFF)
    instruments = load_instruments(db, organisation_id, INSTRUMENTS)
    trainers = load_trainers(db, organisation_id, TRAINERS)
    sessions = load_sessions(db, organisation_id, SESSIONS, interventions=catalogue.interventions,
                             trainers=trainers, people=people)
    rounds = load_evaluation_rounds(db, organisation_id)
    closing_days = load_closing_days(db, organisation_id, CLOSING_DAYS)
    record_loaded(db, organisation_id, plan.plan, {**plan.counts, **catalogue.counts, **budgets, **instruments,
                                                   "people": len(people), "trainers": len(trainers), **sessions,
                                                   **rounds, "closingDays": closing_days})
    return plan.plan
