import pytest

from tests.budgets.factories import make_budget, make_expenditure, make_line, make_team
from tests.interventions.factories import make_execution_entry, make_intervention
from tests.plans.factories import make_plan


@pytest.fixture
def programme(db, org):
    """2014: three interventions, two with budget lines of their own; the strategic budget also holds a ring-fenced
    line, a contingency (onvoorzien), a placeholder (stelpost) and the line of an intervention outside the
    programme. Functional and personal budgets and two teams only in 2014; 2015 has a strategic budget."""
    plan = make_plan(db, org, title="Strategisch opleidingsplan")
    host = make_intervention(db, org, "Hostmanship-training", funding_stream="strategic")
    coach = make_intervention(db, org, "Coaching leidinggevenden", funding_stream="functional")
    old = make_intervention(db, org, "Oude cursus")
    outside = make_intervention(db, org, "Buiten het programma")
    strategic = make_budget(db, org, stream="strategic", amount="314777.00")
    functional = make_budget(db, org, stream="functional", amount="314594.00")
    personal = make_budget(db, org, stream="personal", amount="357451.62")
    make_budget(db, org, year=2015, stream="strategic", amount="300000.00")
    host_line = make_line(db, strategic, title="Hostmanship", planned="20000.00", kind="intervention",
                          intervention_id=host.id)
    make_expenditure(db, host_line, amount="5000.00")
    coach_line = make_line(db, functional, title="Coaching", planned="8000.00", kind="intervention",
                           intervention_id=coach.id)
    old_line = make_line(db, strategic, title="Oud", planned="100.00", kind="intervention", intervention_id=old.id)
    ring_fenced = make_line(db, strategic, title="Basisvaardigheden (geïsoleerd budget)", planned="49340.00",
                            kind="ring_fenced", cap="52000.00")
    contingency = make_line(db, strategic, title="Onvoorzien", planned="9767.00", kind="contingency")
    placeholder = make_line(db, strategic, title="Stelpost Organisatie van de Toekomst", planned="40000.00",
                            kind="placeholder")
    outside_line = make_line(db, strategic, title="Buiten", planned="500.00", kind="intervention",
                             intervention_id=outside.id)
    for i in (host, coach, old):
        make_execution_entry(db, i)
    teams = [make_team(db, org, name="Werk en Inkomen", fte="118.60"), make_team(db, org, name="Zorg", fte="64.20")]
    return {"plan": plan, "host": host, "coach": coach, "old": old, "host_line": host_line,
            "coach_line": coach_line, "old_line": old_line, "functional": functional, "personal": personal,
            "ring_fenced": ring_fenced, "contingency": contingency, "placeholder": placeholder,
            "outside_line": outside_line, "teams": teams}
