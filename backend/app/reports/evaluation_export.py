"""Evaluation reports as XLSX or CSV."""

import uuid

from sqlmodel import Session

from app.core.scope import Scope


def export_report(db: Session, scope: Scope, intervention_id: uuid.UUID, *, year: int | None,
                  file_format: str) -> tuple[bytes, str, str]:
    raise NotImplementedError  # the evaluation helper builds it


def export_year(db: Session, scope: Scope, *, year: int | None, file_format: str) -> tuple[bytes, str, str]:
    raise NotImplementedError  # the evaluation helper builds it
