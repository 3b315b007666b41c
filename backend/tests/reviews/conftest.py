import pytest

from tests.budgets.factories import make_budget, make_expenditure, make_line
from tests.interventions.factories import make_execution_entry, make_intervention
from tests.plans.factories import make_plan


@pytest.fixture
def programme(db, org):
    """2014: three interventions, two with budget lines; a functional budget only in 2014."""
    plan = make_plan(db, org, title="Strategisch opleidingsplan")
    host = make_intervention(db, org, "Hostmanship-training", funding_stream="strategic")
    coach = make_intervention(db, org, "Coaching leidinggevenden", funding_stream="functional")
    old = make_intervention(db, org, "Oude cursus")
    strategic = make_budget(db, org, stream="strategic", amount="314777.00")
    functional = make_budget(db, org, stream="functional", amount="314594.00")
    make_budget(db, org, year=2015, stream="strategic", amount="300000.00")
    host_line = make_line(db, strategic, title="Hostmanship", planned="20000.00", kind="intervention",
                          intervention_id=host.id)
    make_expenditure(db, host_line, amount="5000.00")
    coach_line = make_line(db, functional, title="Coaching", planned="8000.00", kind="intervention",
                           intervention_id=coach.id)
    make_line(db, strategic, title="Oud", planned="100.00", kind="intervention", intervention_id=old.id)
    for i in (host, coach, old):
        make_execution_entry(db, i)
    return {"plan": plan, "host": host, "coach": coach, "old": old, "host_line": host_line,
            "coach_line": coach_line, "functional": functional}
