from decimal import Decimal

from sqlalchemy import Numeric
from sqlmodel import Field

from app.core.db import Entity


class Organisation(Entity, table=True):
    """A municipality or other public body: the tenant every other row belongs to."""

    __tablename__ = "organisations"

    name: str = Field(max_length=200, unique=True)
    # Learning-time norm per FTE per year (Deventer: 12 days); empty when the organisation sets none.
    learning_days_per_fte: Decimal | None = Field(default=None, sa_type=Numeric(5, 1))
    # Training budget as a share of payroll the organisation aims for (Deventer: 3 % by 2020).
    training_budget_target_percent: Decimal | None = Field(default=None, sa_type=Numeric(5, 2))
    # The year the target is to be reached (Deventer: 2020); the summary shows a year against the path to it.
    training_budget_target_year: int | None = Field(default=None)
    # Report groups smaller than this are suppressed, so no answer can be traced to a person.
    minimum_report_group_size: int = Field(default=5)
    # People are erased this many months after their last activity (AVG art. 17); empty: never automatically.
    people_retention_months: int | None = Field(default=None)
