"""A cohort's effect report (DESIGN §2.7, decision 0017)."""

import uuid

from sqlmodel import Session

from app.core.scope import Scope
from app.core.vocabulary import Dimension, MeasurementLevel
from app.reports.schemas import EffectReport


def effect_report(db: Session, scope: Scope, cohort_id: uuid.UUID, *, level: MeasurementLevel | None = None,
                  dimension: Dimension | None = None, competency_id: uuid.UUID | None = None) -> EffectReport:
    raise NotImplementedError  # the effect helper builds it
