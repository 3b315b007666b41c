"""GET /budget-summary: the figures per stream and in total, payroll share, learning days, the team
allocation and the warnings as the API gives them. The arithmetic itself is in test_service.py."""

from decimal import Decimal

import pytest

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
    # No target year: the target itself is the mark, and 2.01 % is below it.
    assert body["payroll"] == {"amount": "49000000.00", "trainingBudgetPercent": "2.01", "targetPercent": "3.00",
                               "targetYear": None, "pathPercent": "3.00", "onPath": False}
    days = body["learningDays"]
    assert {k: days[k] for k in ("normPerFte", "totalFte", "availableDays")} == {
        "normPerFte": "12.00", "totalFte": "100.00", "availableDays": "1200.00"}
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


async def test_summary_year_is_bounded(api_as):
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
