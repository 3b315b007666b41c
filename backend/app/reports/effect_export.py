"""A cohort's effect report as XLSX or CSV."""

import uuid

from sqlmodel import Session

from app.core.scope import Scope
from app.core.vocabulary import Dimension, MeasurementLevel


def export(db: Session, scope: Scope, cohort_id: uuid.UUID, *, file_format: str, level: MeasurementLevel | None,
           dimension: Dimension | None, competency_id: uuid.UUID | None) -> tuple[bytes, str, str]:
    raise NotImplementedError  # the effect helper builds it
