"""Budgets follow the year and the catalogue (issue 12, points 2 and 3): the year a page opens on, the budget
lines a programme intervention gets, funding shares over streams, and the payroll share against its path."""

from decimal import Decimal

import pytest

from app.budgets import years
from tests.budgets.factories import make_budget, make_line, make_payroll
from tests.interventions.factories import make_intervention
from tests.plans.factories import make_plan

pytestmark = pytest.mark.anyio
API = "/api/v1"


@pytest.fixture
def now_2026(monkeypatch):
    monkeypatch.setattr(years, "this_year", lambda: 2026)


# --- the year a page opens on -------------------------------------------------------------------

async def test_the_year_is_the_latest_with_data_within_the_adopted_plan(api_as, db, org, now_2026):
    make_plan(db, org, status="adopted", first_year=2014, last_year=2017)
    make_budget(db, org, year=2014)
    make_intervention(db, org, years=[2015])
    make_budget(db, org, year=2019)  # outside the plan: listed, but not the default
    client = api_as("viewer")
    body = (await client.get(f"{API}/budget-years")).json()
    assert body["defaultYear"] == 2015
    assert [y["year"] for y in body["years"]] == [2015, 2014, 2019, 2016, 2017]
    assert body["years"][0] == {"year": 2015, "hasBudget": False, "hasProgramme": True, "inPlan": True}
    assert body["plan"]["firstYear"] == 2014 and body["plan"]["lastYear"] == 2017
    # every defaulted year follows it
    assert (await client.get(f"{API}/budget-summary")).json()["year"] == 2015
    export = await client.get(f"{API}/budgets/export")
    assert 'begroting-2015.xlsx' in export.headers["content-disposition"]
    programme = await client.get(f"{API}/interventions/export", params={"format": "csv"})
    assert "2015" in programme.headers["content-disposition"]


async def test_without_data_the_plan_s_first_year_or_the_current_year(api_as, db, org, now_2026):
    plan = make_plan(db, org, status="adopted", first_year=2014, last_year=2017)
    client = api_as("viewer")
    assert (await client.get(f"{API}/budget-years")).json()["defaultYear"] == 2014
    plan.first_year, plan.last_year = 2025, 2028
    db.flush()
    body = (await client.get(f"{API}/budget-years")).json()
    assert body["defaultYear"] == 2026 and [y["year"] for y in body["years"]] == [2025, 2026, 2027, 2028]


async def test_without_an_adopted_plan_the_latest_year_with_data(api_as, db, org, now_2026):
    make_plan(db, org, status="draft", first_year=2014, last_year=2017)  # a draft does not count
    client = api_as("viewer")
    assert (await client.get(f"{API}/budget-years")).json() == {"defaultYear": 2026, "plan": None, "years": [
        {"year": 2026, "hasBudget": False, "hasProgramme": False, "inPlan": False}]}
    make_budget(db, org, year=2012)
    assert (await client.get(f"{API}/budget-years")).json()["defaultYear"] == 2012


async def test_another_organisation_s_data_does_not_move_the_year(api_as, db, org, other_org, now_2026):
    make_plan(db, org, status="adopted", first_year=2014, last_year=2017)
    make_budget(db, other_org, year=2016)
    assert (await api_as("viewer").get(f"{API}/budget-years")).json()["defaultYear"] == 2014


# --- budget lines follow the programme ------------------------------------------------------------

async def _create(client, **values):
    body = {"title": "Tweedaagse training HNW", "category": "strategic_development", "fundingStream": "strategic",
            "costFixed": "2400.00", "costPerParticipant": "150.00", "expectedParticipants": 16, **values}
    r = await client.post(f"{API}/interventions", json=body)
    assert r.status_code == 201, r.text
    return r.json()


async def test_an_intervention_put_in_a_year_s_programme_gets_a_line_with_its_total_cost(api_as, db, org):
    strategic = make_budget(db, org, year=2014, stream="strategic", amount="314777.00")
    make_line(db, strategic, planned="314777.00")
    client = api_as("editor")
    created = await _create(client, years=[2014])
    lines = (await client.get(f"{API}/budget-lines", params={"year": 2014, "kind": "intervention"})).json()["items"]
    assert [(line["interventionId"], line["stream"], line["plannedAmount"]) for line in lines] == [
        (created["id"], "strategic", "4800.00")]
    summary = (await client.get(f"{API}/budget-summary", params={"year": 2014})).json()
    assert summary["streams"][0]["planned"] == "319577.00"  # 314777.00 + 4800.00
    assert summary["unbudgeted"] == [] and summary["outsideProgramme"] == []
    assert summary["programme"] == {"interventions": 1, "totalCost": "4800.00"}
    events = (await api_as("admin").get(f"{API}/audit-events", params={"entityType": "budget_line"})).json()
    assert any(e["entityId"] == lines[0]["id"] for e in events["items"])


async def test_joining_a_year_later_adds_the_line_once(api_as, db, org):
    make_budget(db, org, year=2015, stream="strategic")
    client = api_as("editor")
    created = await _create(client)
    r = await client.get(f"{API}/interventions/{created['id']}")
    for _ in range(2):  # sending the same years again makes nothing new
        r = await client.patch(f"{API}/interventions/{created['id']}", json={"years": [2015]},
                               headers={"If-Match": r.headers["ETag"]})
        assert r.status_code == 200, r.text
    lines = (await client.get(f"{API}/budget-lines", params={"year": 2015})).json()["items"]
    assert len(lines) == 1 and lines[0]["plannedAmount"] == "4800.00"


async def test_the_summary_lists_interventions_without_a_line_and_lines_outside_the_programme(api_as, db, org):
    strategic = make_budget(db, org, year=2014, stream="strategic")
    client = api_as("editor")
    # no personal budget in 2014: the intervention cannot get its line, and is listed
    waiting = await _create(client, title="Loopbaancoaching", fundingStream="personal", years=[2014])
    left = make_intervention(db, org, "Oud aanbod")
    gone_line = make_line(db, strategic, title="Oud aanbod", kind="intervention", intervention_id=left.id)
    summary = (await client.get(f"{API}/budget-summary", params={"year": 2014})).json()
    assert summary["unbudgeted"] == [{"interventionId": waiting["id"], "title": "Loopbaancoaching",
                                      "fundingStream": "personal", "totalCost": "4800.00",
                                      "shares": [{"stream": "personal", "amount": "4800.00"}]}]
    assert [(o["lineId"], o["interventionTitle"]) for o in summary["outsideProgramme"]] == [
        (str(gone_line.id), "Oud aanbod")]
    # once the budget exists, one call catches up
    make_budget(db, org, year=2014, stream="personal")
    r = await client.post(f"{API}/budget-lines/from-programme", params={"year": 2014})
    assert r.status_code == 201 and [(x["title"], x["stream"]) for x in r.json()] == [("Loopbaancoaching", "personal")]
    assert (await client.post(f"{API}/budget-lines/from-programme", params={"year": 2014})).json() == []
    assert (await client.get(f"{API}/budget-summary", params={"year": 2014})).json()["unbudgeted"] == []
    viewer = await api_as("viewer").post(f"{API}/budget-lines/from-programme", params={"year": 2014})
    assert viewer.status_code == 403


# --- funding shares -------------------------------------------------------------------------------

async def test_shares_must_add_up_to_100(api_as, db, org):
    client = api_as("editor")
    created = await _create(client)
    url = f"{API}/interventions/{created['id']}/funding-shares"
    assert (await client.get(url)).json() == {"interventionId": created["id"],
                                              "shares": [{"stream": "strategic", "percent": "100.00"}]}
    r = await client.put(url, json={"shares": [{"stream": "strategic", "percent": "60"},
                                               {"stream": "personal", "percent": "30"}]})
    assert r.status_code == 400
    error = next(e for e in r.json()["errors"] if e["pointer"] == "/shares")
    assert error["code"] == "shares_total" and error["params"] == {"total": "90.00"}
    r = await client.put(url, json={"shares": [{"stream": "personal", "percent": "50"},
                                               {"stream": "personal", "percent": "50"}]})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/shares/1/stream"
    assert (await api_as("viewer").put(url, json={"shares": [{"stream": "personal", "percent": "100"}]})
            ).status_code == 403


async def test_shared_interventions_get_a_line_per_stream_and_the_summary_uses_the_shares(api_as, db, org):
    for stream in ("strategic", "personal"):
        make_budget(db, org, year=2014, stream=stream, amount="10000.00")
    client = api_as("editor")
    created = await _create(client, costFixed="1000.00", costPerParticipant="0", expectedParticipants=None)
    r = await client.put(f"{API}/interventions/{created['id']}/funding-shares", json={"shares": [
        {"stream": "strategic", "percent": "33.33"}, {"stream": "personal", "percent": "66.67"}]})
    assert r.status_code == 200, r.text
    intervention = await client.get(f"{API}/interventions/{created['id']}")
    assert intervention.json()["fundingStream"] == "personal"  # the largest share
    r = await client.patch(f"{API}/interventions/{created['id']}", json={"years": [2014]},
                           headers={"If-Match": intervention.headers["ETag"]})
    assert r.status_code == 200, r.text
    summary = (await client.get(f"{API}/budget-summary", params={"year": 2014})).json()
    planned = {s["stream"]: s["planned"] for s in summary["streams"]}
    assert planned == {"strategic": "333.30", "functional": "0.00", "personal": "666.70"}
    assert Decimal(summary["total"]["planned"]) == Decimal("1000.00")
    # setting the funding stream on the intervention makes it wholly that stream's again
    r = await client.patch(f"{API}/interventions/{created['id']}", json={"fundingStream": "strategic"},
                           headers={"If-Match": r.headers["ETag"]})
    shares = (await client.get(f"{API}/interventions/{created['id']}/funding-shares")).json()["shares"]
    assert shares == [{"stream": "strategic", "percent": "100.00"}]


async def test_another_organisation_s_intervention_is_404(api_as, db, org, other_org):
    theirs = make_intervention(db, other_org, "Van de buren")
    client = api_as("editor")
    assert (await client.get(f"{API}/interventions/{theirs.id}/funding-shares")).status_code == 404
    r = await client.put(f"{API}/interventions/{theirs.id}/funding-shares",
                         json={"shares": [{"stream": "personal", "percent": "100"}]})
    assert r.status_code == 404


# --- the payroll path -----------------------------------------------------------------------------

async def test_the_share_of_payroll_is_measured_against_the_path_to_the_target(api_as, db, org):
    org.training_budget_target_percent = Decimal("3.00")
    org.training_budget_target_year = 2020
    make_plan(db, org, status="adopted", first_year=2014, last_year=2017)
    make_budget(db, org, year=2014, amount="995000.00")
    make_payroll(db, org, year=2014, amount="50000000.00")  # 1.99 %
    make_budget(db, org, year=2015, amount="1000000.00")
    make_payroll(db, org, year=2015, amount="50000000.00")  # 2.00 %, the path asks 1.99 + 1.01 / 6 = 2.16
    client = api_as("viewer")
    first = (await client.get(f"{API}/budget-summary", params={"year": 2014})).json()
    assert first["payroll"] == {"amount": "50000000.00", "trainingBudgetPercent": "1.99", "targetPercent": "3.00",
                                "targetYear": 2020, "pathPercent": "1.99", "onPath": True}
    assert not {w["code"] for w in first["warnings"]} & {"below_target", "below_path"}
    second = (await client.get(f"{API}/budget-summary", params={"year": 2015})).json()
    assert second["payroll"]["pathPercent"] == "2.16" and second["payroll"]["onPath"] is False
    assert "below_path" in {w["code"] for w in second["warnings"]}
