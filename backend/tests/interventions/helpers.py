"""The old name of `factories.py`, kept for test_import.py and test_export.py (another branch's files):
switch their import to `tests.interventions.factories` and delete this module."""

from tests.interventions.factories import PlanItems, make_intervention

__all__ = ["PlanItems", "make_intervention"]
