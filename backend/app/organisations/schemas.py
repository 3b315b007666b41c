import uuid
from decimal import Decimal
from typing import Annotated

from pydantic import Field

from app.core.schemas import ApiInput, ApiModel, Decimal2, NotNull, decimal_input, whole_number


class OrganisationRead(ApiModel):
    id: uuid.UUID
    name: str
    learning_days_per_fte: Annotated[
        Decimal | None, Field(description="Learning days per FTE per year (leertijdnorm).")
    ]
    training_budget_target_percent: Annotated[
        Decimal2 | None, Field(description="Target training budget as % of payroll.")
    ]
    training_budget_target_year: Annotated[
        int | None, Field(description="The year the target is to be reached (Deventer: 3 % by 2020); the budget "
                                      "summary then measures a year against the linear path to it.")
    ]
    minimum_report_group_size: Annotated[int, Field(description="Smallest group a report shows (default 5).")]
    people_retention_months: Annotated[int | None, Field(
        description="People who have left are erased this many months after their last activity (`python -m app "
                    "erase-expired`); null: kept until erased by hand.")]
    version: int


class OrganisationUpdate(ApiInput):
    name: Annotated[str | None, Field(min_length=1, max_length=200), NotNull] = None
    learning_days_per_fte: decimal_input("365", 1) | None = None
    training_budget_target_percent: decimal_input("100") | None = None
    training_budget_target_year: whole_number(1900, 2200) | None = None
    minimum_report_group_size: Annotated[whole_number(2, 100) | None, NotNull] = None
    people_retention_months: whole_number(1, 1200) | None = None
