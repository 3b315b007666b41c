"""What cohorts hold of other domains' rows, registered with `core.references`: a programme that cohorts run is
refused deletion (409 `programme_has_cohorts`, naming them) instead of failing on the foreign key."""

from app.cohorts.models import Cohort
from app.core import references

RUNNING = references.Referrer("programme_has_cohorts", "cohort", "cohorts", "Delete those cohorts first.",
                              references.rows_holding(Cohort, Cohort.name, Cohort.programme_id))


def register() -> None:
    references.register("programme", RUNNING)
