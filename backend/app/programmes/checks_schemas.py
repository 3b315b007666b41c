"""API shapes of the design-principle checks (ontwerpprincipes) and their checklist."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import Field

from app.core.schemas import ApiInput, ApiModel
from app.programmes.models import DesignStep
from app.programmes.principles import ChecklistItem, CheckStatus, Principle

Param = str | int | float | list[str]


class PersonRef(ApiModel):
    id: uuid.UUID
    name: str


class FixRead(ApiModel):
    """Where to fix it: the design step, and the programme field, phase, learning line or competency concerned."""

    step: DesignStep
    field: str | None = Field(default=None, description="The field concerned (camelCase): of the phase when phaseId is "
                                                        "given, else of the programme, e.g. storylineTitle.")
    phase_id: uuid.UUID | None = None
    learning_line_id: uuid.UUID | None = None
    competency_id: uuid.UUID | None = None


class ReasonRead(ApiModel):
    code: str = Field(description="Stable: the SPA words the reason in Dutch from the code and its params.")
    status: CheckStatus = Field(description="pass or warn: what this one rule found.")
    message: str = Field(description="The reason in English.")
    params: dict[str, Param]
    fix: FixRead


class ChecklistItemRead(ApiModel):
    item: ChecklistItem
    principle: Principle
    label: str = Field(description="The item in English (the SPA words it in Dutch from `item`).")
    confirmed: bool
    confirmed_at: datetime | None
    confirmed_by: PersonRef | None = Field(description="Who ticked it (null: an API token, or a removed user).")
    note: str


class PrincipleCheckRead(ApiModel):
    principle: Principle
    status: CheckStatus = Field(description="warn when any reason warns; else manual while a checklist item is "
                                            "unticked; else pass.")
    reasons: list[ReasonRead]
    fix: FixRead = Field(description="The first warning's fix, or the step the principle is worked on.")
    items: list[ChecklistItemRead]


class ChecksSummary(ApiModel):
    passed: int = Field(alias="pass")
    warn: int
    manual: int


class PrincipleChecksRead(ApiModel):
    programme_id: uuid.UUID
    checks: list[PrincipleCheckRead] = Field(description="The guide's seven principles, in its order.")
    summary: ChecksSummary


class ChecklistItemConfirm(ApiInput):
    note: Annotated[str, Field(max_length=2000, description="Optional: how it was done.")] = ""
