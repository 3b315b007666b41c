"""Gemeente Rotterdam: the first cohort of the traineeship, "Traineeship 2026-A", with the 20 fictitious trainees,
their three coaches and two buddies from outside the group (demo people, `people.py`); its schedule is generated
from the Tijdreis programme's placements. Before it, the finished "Traineeship 2025-A" (16 fictitious trainees), so
the effect measurement has a whole run to show. The start dates are demo values."""

from datetime import date

from app.demo.build.cohorts import CohortData
from app.demo.rotterdam.people import BUDDIES, COACHES, FORMER_TRAINEES, TRAINEES
from app.demo.rotterdam.programme import TITLE

COHORTS = (
    CohortData(
        name="Traineeship 2026-A", programme=TITLE, starts_on=date(2026, 9, 1),  # demo value
        participants=tuple(p.employee_number for p in TRAINEES),
        coaches=tuple(p.employee_number for p in COACHES),
        buddies=tuple(p.employee_number for p in BUDDIES[:2]),
        buddy_seed=2026,
        notes="De eerste groep van de vernieuwde traineeship: twintig trainees, drie coaches en twee buddy's van "
              "buiten de groep. (demovoorbeeld)",
    ),
    CohortData(
        name="Traineeship 2025-A", programme=TITLE, starts_on=date(2025, 1, 6),  # demo value
        participants=tuple(p.employee_number for p in FORMER_TRAINEES),
        coaches=tuple(p.employee_number for p in COACHES[:2]),
        buddies=tuple(p.employee_number for p in BUDDIES[2:]),
        buddy_seed=2025,
        notes="De vorige groep: zestien trainees, afgerond in juli 2026; alle vier de metingen zijn afgenomen. "
              "(demovoorbeeld)",
    ),
)
