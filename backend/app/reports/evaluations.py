"""Evaluation reports: per intervention, session, trainer and location, and a year's comparison."""

import uuid

from sqlmodel import Session

from app.core.scope import Scope
from app.reports.schemas import EvaluationReport, YearEvaluations

YEAR_RULE = "Left out: the most recent year with submitted evaluations, else this year."


def evaluation_report(db: Session, scope: Scope, intervention_id: uuid.UUID, *, year: int | None) -> EvaluationReport:
    raise NotImplementedError  # the evaluation helper builds it


def year_evaluations(db: Session, scope: Scope, *, year: int | None) -> YearEvaluations:
    raise NotImplementedError  # the evaluation helper builds it
