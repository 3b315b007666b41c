"""People (DESIGN §2.6): employees as the HR system knows them, and nothing more (data minimisation): the
employee number the HR system keys them by, name, work e-mail and team. Cohorts enrol them, sessions list
them as attendees, questionnaire rounds invite them."""

from datetime import date

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from app.core.db import TenantEntity


class Person(TenantEntity, table=True):
    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("organisation_id", "employee_number"),)

    employee_number: str = Field(max_length=64)  # personeelsnummer, as AFAS, Youforce or Visma give it
    name: str = Field(max_length=200, index=True)
    email: str = Field(default="", max_length=320)  # work e-mail only
    team: str = Field(default="", max_length=200)  # as the HR system names it; matches a budget team's name
    left_on: date | None = Field(default=None)  # uit dienst: kept for history until retention erases them
