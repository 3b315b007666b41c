"""The organisation's overview of its programmes' effects."""

from sqlmodel import Session

from app.core.scope import Scope
from app.reports.schemas import EffectOverview


def effect_overview(db: Session, scope: Scope) -> EffectOverview:
    raise NotImplementedError  # the effect helper builds it
