"""GET /budget-summary: the figures per stream and in total, payroll share, learning days, the team
allocation and the warnings; property-based: whatever the lines and expenditures, it adds up."""

import uuid
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.budgets.summary import allocate, budget_summary
from app.core.scope import Role, Scope
from tests import factories
from tests.budgets.factories import make_budget, make_expenditure, make_line, make_payroll, make_team

pytestmark = pytest.mark.anyio
API = "/api/v1"


async def test_summary_of_a_year(api_as, db, org):
    org.learning_days_per_fte = Decimal("12")
    org.training_budget_target_percent = Decimal("3.00")
    strategic = make_budget(db, org, stream="strategic", amount="314777.00")
    functional = make_budget(db, org, stream="functional", amount="314594.00")
    make_budget(db, org, stream="personal", amount="357451.62")
    make_budget(db, org, year=2015, stream="strategic", amount="999.00")  # another year: not counted
    a = make_line(db, strategic, title="Hostmanship", planned="300000.00")
    make_line(db, strategic, title="Onvoorzien", planned="20000.00", kind="contingency")
    make_expenditure(db, a, amount="1000.00", status="committed")
    make_expenditure(db, a, amount="250.50", status="spent")
    basic = make_line(db, functional, title="Basisvaardigheden", planned="5000.00", kind="ring_fenced",
                   cap="4000.00")
    make_expenditure(db, basic, amount="100.00", status="spent")
    make_payroll(db, org, amount="49000000.00")
    make_team(db, org, name="Publiekszaken", fte="30.00")
    make_team(db, org, name="Ruimte", fte="15.50")
    make_team(db, org, name="Sociaal domein", fte="54.50")

    body = (await api_as("viewer").get(f"{API}/budget-summary", params={"year": 2014})).json()
    s = {row["stream"]: row for row in body["streams"]}
    assert s["strategic"] == {"stream": "strategic", "budgetId": str(strategic.id), "budget": "314777.00",
                              "planned": "320000.00", "committed": "1000.00", "spent": "250.50",
                              "remaining": "313526.50", "unplanned": "-5223.00"}
    assert s["functional"]["spent"] == "100.00" and s["personal"]["planned"] == "0.00"
    assert body["total"]["budget"] == "986822.62" and body["total"]["stream"] is None
    # 986822.62 / 49000000 = 2.0139 %
    assert body["payroll"] == {"amount": "49000000.00", "trainingBudgetPercent": "2.01", "targetPercent": "3.00"}
    assert body["learningDays"] == {"normPerFte": "12.00", "totalFte": "100.00", "availableDays": "1200.00"}
    teams = {t["name"]: t for t in body["allocation"]}
    assert teams["Publiekszaken"]["functional"] == "94378.20"  # 30 % of 314594.00
    assert sum(Decimal(t["functional"]) for t in body["allocation"]) == Decimal("314594.00")
    assert sum(Decimal(t["personal"]) for t in body["allocation"]) == Decimal("357451.62")
    codes = {(w["code"], w.get("stream")) for w in body["warnings"]}
    assert ("over_planned", "strategic") in codes
    assert ("cap_exceeded", "functional") in codes
    assert ("below_target", None) in codes
    assert not {c for c, _ in codes} & {"missing_payroll", "missing_teams", "missing_budget", "over_committed"}
    cap = next(w for w in body["warnings"] if w["code"] == "cap_exceeded")
    assert cap["lineId"] == str(basic.id) and "Basisvaardigheden" in cap["detail"]


async def test_warnings_for_overspending_and_missing_figures(api_as, db, org):
    budget = make_budget(db, org, stream="personal", amount="100.00")
    line = make_line(db, budget, title="Coaching", planned="50.00")
    make_expenditure(db, line, amount="80.00", status="committed")
    make_expenditure(db, line, amount="30.00", status="spent")
    ring = make_line(db, budget, title="Taal", planned="10.00", kind="ring_fenced", cap="20.00")
    make_expenditure(db, ring, amount="25.00")
    body = (await api_as("viewer").get(f"{API}/budget-summary", params={"year": 2014})).json()
    codes = [(w["code"], w.get("stream"), w.get("lineId")) for w in body["warnings"]]
    assert ("over_committed", "personal", None) in codes
    assert ("line_overrun", "personal", str(line.id)) in codes
    assert ("cap_exceeded", "personal", str(ring.id)) in codes
    assert ("missing_budget", "strategic", None) in codes and ("missing_budget", "functional", None) in codes
    assert ("missing_payroll", None, None) in codes and ("missing_teams", None, None) in codes
    assert body["payroll"]["trainingBudgetPercent"] is None and body["allocation"] == []
    assert body["streams"][2]["remaining"] == "-35.00"


async def test_summary_year_defaults_to_this_year_and_is_bounded(api_as):
    client = api_as("viewer")
    r = await client.get(f"{API}/budget-summary")
    assert r.status_code == 200 and isinstance(r.json()["year"], int)
    r = await client.get(f"{API}/budget-summary", params={"year": "twintig"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "#/query/year"


async def test_summary_costs_a_fixed_number_of_queries(api_as, db, org, count_queries):
    client = api_as("viewer")
    budgets = [make_budget(db, org, stream=s, amount="1000.00") for s in ("strategic", "functional", "personal")]
    make_team(db, org, name="A", fte="1.00")
    await client.get(f"{API}/budget-summary", params={"year": 2014})
    with count_queries() as small:
        await client.get(f"{API}/budget-summary", params={"year": 2014})
    for i in range(40):
        line = make_line(db, budgets[i % 3], title=f"R{i}", planned="900.00",
                      kind="ring_fenced" if i % 2 else "other", cap="10.00" if i % 2 else None)
        make_expenditure(db, line, amount="950.00")
        make_team(db, org, name=f"T{i}", fte="2.00")
    with count_queries() as large:
        body = (await client.get(f"{API}/budget-summary", params={"year": 2014})).json()
    assert len(body["warnings"]) > 40
    assert large.n == small.n


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

        scope = Scope(organisation_id=organisation.id, role=Role.viewer, actor_label="test")
        result = budget_summary(db, scope, year=2014)

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
