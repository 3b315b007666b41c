"""The budget rules, called on the services with a Scope: one budget per year and stream, one payroll per year,
team names unique in a year, what a line must say; the summary's arithmetic and warnings, property-based too.
The HTTP tests (test_api.py, test_summary.py) check how these answer over the API."""

import uuid
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.budgets import service, teams
from app.budgets.schemas import BudgetCreate, BudgetLineCreate, BudgetUpdate, PayrollCreate, TeamCreate, TeamUpdate
from app.budgets.summary import allocate, budget_summary
from app.core.errors import Conflict, InvalidInput
from tests import factories
from tests.budgets.factories import make_budget, make_expenditure, make_line, make_payroll, make_team
from tests.factories import make_scope
from tests.interventions.factories import make_intervention


def test_one_budget_per_year_and_stream(db, org, other_org):
    make_budget(db, org, stream="strategic")
    make_budget(db, other_org, stream="functional")
    scope = make_scope(org)
    with pytest.raises(Conflict) as refused:
        service.BUDGETS.create(db, scope, data=BudgetCreate(year=2014, stream="strategic", amount="1.00"))
    assert refused.value.errors[0]["pointer"] == "/stream" and refused.value.errors[0]["code"] == "taken"
    functional = service.BUDGETS.create(db, scope, data=BudgetCreate(year=2014, stream="functional", amount="1.00"))
    db.flush()
    with pytest.raises(Conflict):
        service.BUDGETS.update(db, scope, budget_id=functional.id, data=BudgetUpdate(stream="strategic"),
                              if_match="*")
    assert service.BUDGETS.create(db, scope, data=BudgetCreate(year=2015, stream="strategic", amount="1.00"))
    assert service.BUDGETS.update(db, scope, budget_id=functional.id, data=BudgetUpdate(amount="2.00"),
                                 if_match="*").amount == Decimal("2.00")  # its own year and stream


def test_one_payroll_per_year_and_team_names_unique_in_a_year(db, org):
    make_payroll(db, org)
    make_team(db, org, name="Publiekszaken")
    scope = make_scope(org)
    with pytest.raises(Conflict) as refused:
        teams.PAYROLLS.create(db, scope, data=PayrollCreate(year=2014, amount="1.00"))
    assert refused.value.errors[0]["pointer"] == "/year"
    with pytest.raises(Conflict) as refused:
        teams.TEAMS.create(db, scope, data=TeamCreate(year=2014, name="PUBLIEKSZAKEN", fte="1.00"))
    assert refused.value.errors[0]["pointer"] == "/name"
    next_year = teams.TEAMS.create(db, scope, data=TeamCreate(year=2015, name="Publiekszaken", fte="1.00"))
    db.flush()
    with pytest.raises(Conflict):
        teams.TEAMS.update(db, scope, team_id=next_year.id, data=TeamUpdate(year=2014), if_match="*")


def test_a_line_lists_every_rule_it_breaks_at_once(db, org, other_org):
    scope = make_scope(org)
    theirs = make_intervention(db, other_org, "Elders")
    with pytest.raises(InvalidInput) as refused:
        service.create_line(db, scope, data=BudgetLineCreate(
            budget_id=make_budget(db, other_org).id, kind="intervention", title="Regel", planned_amount="1.00",
            intervention_id=theirs.id, cap="5.00"))
    assert [(e["pointer"], e["code"]) for e in refused.value.errors] == [
        ("/budgetId", "unknown"), ("/interventionId", "unknown"), ("/cap", "not_allowed")]
    budget = make_budget(db, org)
    with pytest.raises(InvalidInput) as refused:
        service.create_line(db, scope, data=BudgetLineCreate(budget_id=budget.id, kind="intervention", title="Regel",
                                                             planned_amount="1.00"))
    assert [(e["pointer"], e["code"]) for e in refused.value.errors] == [("/interventionId", "missing")]
    with pytest.raises(InvalidInput) as refused:
        service.create_line(db, scope, data=BudgetLineCreate(budget_id=budget.id, kind="ring_fenced", title="Taal",
                                                             planned_amount="1.00"))
    assert [(e["pointer"], e["code"]) for e in refused.value.errors] == [("/cap", "missing")]


def test_warnings_for_overspending_and_missing_figures(db, org):
    budget = make_budget(db, org, stream="personal", amount="100.00")
    line = make_line(db, budget, title="Coaching", planned="50.00")
    make_expenditure(db, line, amount="80.00", status="committed")
    make_expenditure(db, line, amount="30.00", status="spent")
    ring = make_line(db, budget, title="Taal", planned="10.00", kind="ring_fenced", cap="20.00")
    make_expenditure(db, ring, amount="25.00")
    summary = budget_summary(db, make_scope(org, "viewer"), year=2014)
    codes = [(w.code, w.stream, w.line_id) for w in summary.warnings]
    assert ("over_committed", "personal", None) in codes
    assert ("line_overrun", "personal", line.id) in codes
    assert ("cap_exceeded", "personal", ring.id) in codes
    assert ("missing_budget", "strategic", None) in codes and ("missing_budget", "functional", None) in codes
    assert ("missing_payroll", None, None) in codes and ("missing_teams", None, None) in codes
    assert summary.payroll.training_budget_percent is None and summary.allocation == []
    assert summary.streams[2].remaining == Decimal("-35.00")


# --- properties ----------------------------------------------------------------------------------

money = st.decimals(min_value=0, max_value=Decimal("99999999.99"), places=2, allow_nan=False, allow_infinity=False)
fte = st.decimals(min_value=0, max_value=Decimal("500.00"), places=2, allow_nan=False, allow_infinity=False)


@given(amount=money, weights=st.lists(fte, min_size=1, max_size=30))
def test_allocation_adds_up_exactly_and_is_pro_rata(amount, weights):
    shares = allocate(amount, weights)
    total = sum(weights, Decimal(0))
    if total == 0:
        assert all(s == 0 for s in shares)
        return
    assert sum(shares, Decimal(0)) == amount
    for share, weight in zip(shares, weights, strict=True):
        assert abs(share - amount * weight / total) < Decimal("0.01")
        assert share == share.quantize(Decimal("0.01"))


streams = st.sampled_from(["strategic", "functional", "personal"])
line_strategy = st.tuples(streams, money, st.lists(st.tuples(money, st.sampled_from(["committed", "spent"])),
                                                   max_size=4))


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(budgets=st.dictionaries(streams, money), lines=st.lists(line_strategy, max_size=8),
       teams=st.lists(fte, max_size=6))
def test_summary_adds_up_whatever_the_data(db, budgets, lines, teams):
    savepoint = db.begin_nested()
    try:
        organisation = factories.make_organisation(db, f"Gemeente {uuid.uuid4().hex[:8]}")
        rows = {stream: make_budget(db, organisation, stream=stream, amount=str(amount))
                for stream, amount in budgets.items()}
        expected = {s: {"planned": Decimal(0), "committed": Decimal(0), "spent": Decimal(0)} for s in rows}
        for stream, planned, expenditures in lines:
            if stream not in rows:
                continue
            line = make_line(db, rows[stream], planned=str(planned))
            expected[stream]["planned"] += planned
            for amount, status in expenditures:
                if amount > 0:
                    make_expenditure(db, line, amount=str(amount), status=status)
                    expected[stream][status] += amount
        for i, weight in enumerate(teams):
            make_team(db, organisation, name=f"T{i}", fte=str(weight))

        result = budget_summary(db, make_scope(organisation, "viewer"), year=2014)

        for figures in result.streams:
            assert figures.remaining == figures.budget - figures.committed - figures.spent
            assert figures.unplanned == figures.budget - figures.planned
            if figures.stream in expected:
                assert figures.budget == budgets[figures.stream]
                for key, value in expected[figures.stream].items():
                    assert getattr(figures, key) == value
            else:
                assert figures.budget == figures.planned == figures.committed == figures.spent == 0
        for key in ("budget", "planned", "committed", "spent", "remaining", "unplanned"):
            assert getattr(result.total, key) == sum((getattr(f, key) for f in result.streams), Decimal(0))
        if sum(teams, Decimal(0)) > 0:
            assert sum((t.functional for t in result.allocation), Decimal(0)) == budgets.get("functional", 0)
            assert sum((t.personal for t in result.allocation), Decimal(0)) == budgets.get("personal", 0)
            assert all(t.total == t.functional + t.personal for t in result.allocation)
        assert result.learning_days.total_fte == sum(teams, Decimal(0))
    finally:
        savepoint.rollback()
