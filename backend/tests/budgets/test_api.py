"""The budget API over HTTP: CRUD, the rules of each resource, 409s that name what refers, two organisations."""

import pytest
from sqlalchemy import select

from app.core.audit import AuditEvent
from tests.budgets.factories import make_budget, make_expenditure, make_line, make_payroll, make_team
from tests.interventions.factories import make_intervention

pytestmark = pytest.mark.anyio

API = "/api/v1"


async def _budget(client, year=2014, stream="strategic", amount="314777.00"):
    r = await client.post(f"{API}/budgets", json={"year": year, "stream": stream, "amount": amount})
    assert r.status_code == 201, r.text
    return r.json()


async def test_budget_crud_with_exact_money(api_as, db):
    client = api_as("editor")
    created = await _budget(client, amount="357451.62")
    assert created["amount"] == "357451.62" and created["stream"] == "strategic"
    r = await client.get(f"{API}/budgets/{created['id']}")
    assert r.status_code == 200 and r.json()["amount"] == "357451.62"
    etag = r.headers["etag"]
    r = await client.patch(f"{API}/budgets/{created['id']}", json={"amount": "0.10"}, headers={"If-Match": etag})
    assert r.status_code == 200 and r.json()["amount"] == "0.10"
    assert (await client.patch(f"{API}/budgets/{created['id']}", json={"amount": "1"},
                               headers={"If-Match": etag})).status_code == 412
    assert (await client.patch(f"{API}/budgets/{created['id']}", json={"amount": "1"})).status_code == 428
    listed = (await client.get(f"{API}/budgets", params={"year": 2014})).json()
    assert [b["id"] for b in listed["items"]] == [created["id"]]
    assert (await client.get(f"{API}/budgets", params={"year": 2015})).json()["total"] == 0
    assert (await client.delete(f"{API}/budgets/{created['id']}")).status_code == 204
    assert (await client.get(f"{API}/budgets/{created['id']}")).status_code == 404
    actions = set(db.scalars(select(AuditEvent.action).where(AuditEvent.entity_type == "budget")))
    assert {"budget.created", "budget.updated", "budget.deleted"} <= actions


async def test_budget_is_unique_per_year_and_stream(api_as):
    client = api_as("editor")
    await _budget(client)
    r = await client.post(f"{API}/budgets", json={"year": 2014, "stream": "strategic", "amount": "1.00"})
    assert r.status_code == 409 and r.json()["errors"][0]["pointer"] == "/stream"
    other = await _budget(client, stream="functional")
    r = await client.get(f"{API}/budgets/{other['id']}")
    r = await client.patch(f"{API}/budgets/{other['id']}", json={"stream": "strategic"},
                           headers={"If-Match": r.headers["etag"]})
    assert r.status_code == 409
    assert (await _budget(client, year=2015))["year"] == 2015


@pytest.mark.parametrize("body,pointer", [
    ({"year": 2014, "stream": "strategic", "amount": "-1.00"}, "/amount"),
    ({"year": 2014, "stream": "strategic", "amount": "1.001"}, "/amount"),
    ({"year": 2014, "stream": "study", "amount": "1.00"}, "/stream"),
    ({"year": "2014", "stream": "strategic", "amount": "1.00"}, "/year"),
    ({"year": 2014, "stream": "strategic", "amount": "1.00", "colour": "red"}, "/colour"),
])
async def test_budget_input_is_checked(api_as, body, pointer):
    r = await api_as("editor").post(f"{API}/budgets", json=body)
    assert r.status_code == 400, r.text
    assert pointer in {e["pointer"] for e in r.json()["errors"]}


async def test_deleting_a_budget_with_lines_is_409_naming_them(api_as, db, org):
    client = api_as("editor")
    budget = make_budget(db, org)
    make_line(db, budget, title="Stelpost cultuur", kind="placeholder")
    r = await client.delete(f"{API}/budgets/{budget.id}")
    assert r.status_code == 409 and "Stelpost cultuur" in r.json()["detail"]


async def test_line_rules(api_as, db, org, other_org):
    client = api_as("editor")
    budget = make_budget(db, org)
    mine = make_intervention(db, org, "Hostmanship-training")
    theirs = make_intervention(db, other_org, "Elders")

    async def post(**body):
        return await client.post(f"{API}/budget-lines", json={"budgetId": str(budget.id), "title": "Regel",
                                                               "plannedAmount": "10.00", **body})

    r = await post(kind="intervention")
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/interventionId"
    r = await post(kind="intervention", interventionId=str(theirs.id))
    assert r.status_code == 400 and r.json()["errors"][0]["code"] == "unknown"
    r = await post(kind="ring_fenced")
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/cap"
    r = await post(kind="contingency", cap="5.00")
    assert r.status_code == 400 and r.json()["errors"][0]["code"] == "not_allowed"
    r = await client.post(f"{API}/budget-lines", json={"budgetId": str(make_budget(db, other_org).id),
                                                       "kind": "other", "title": "x", "plannedAmount": "1.00"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/budgetId"

    r = await post(kind="intervention", interventionId=str(mine.id))
    assert r.status_code == 201, r.text
    line = r.json()
    assert line["interventionTitle"] == "Hostmanship-training" and line["year"] == 2014
    assert line["committed"] == "0.00" and line["spent"] == "0.00" and line["cap"] is None
    r = await post(kind="ring_fenced", cap="500.00", title="Basisvaardigheden")
    assert r.status_code == 201 and r.json()["cap"] == "500.00"
    # a change is checked on the values the line will have
    etag = (await client.get(f"{API}/budget-lines/{line['id']}")).headers["etag"]
    r = await client.patch(f"{API}/budget-lines/{line['id']}", json={"kind": "ring_fenced"}, headers={"If-Match": etag})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/cap"
    r = await client.patch(f"{API}/budget-lines/{line['id']}", json={"kind": "other", "interventionId": None},
                           headers={"If-Match": etag})
    assert r.status_code == 200 and r.json()["interventionId"] is None

    kinds = (await client.get(f"{API}/budget-lines", params={"kind": "ring_fenced"})).json()
    assert [item["title"] for item in kinds["items"]] == ["Basisvaardigheden"]
    assert (await client.get(f"{API}/budget-lines", params={"year": 2015})).json()["total"] == 0
    assert (await client.get(f"{API}/budget-lines", params={"budgetId": str(budget.id)})).json()["total"] == 2
    assert (await client.get(f"{API}/budget-lines", params={"stream": "personal"})).json()["total"] == 0


async def test_expenditures_and_the_409_on_a_line_with_them(api_as, db, org, other_org):
    client = api_as("editor")
    line = make_line(db, make_budget(db, org), title="Training")
    r = await client.post(f"{API}/expenditures", json={"budgetLineId": str(line.id), "date": "2014-02-03",
                                                       "amount": "0.00"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/amount"
    theirs = make_line(db, make_budget(db, other_org))
    r = await client.post(f"{API}/expenditures", json={"budgetLineId": str(theirs.id), "date": "2014-02-03",
                                                       "amount": "1.00"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/budgetLineId"
    first = await client.post(f"{API}/expenditures", json={"budgetLineId": str(line.id), "date": "2014-02-03",
                                                           "amount": "99.99", "reference": "PO-17"})
    assert first.status_code == 201 and first.json()["status"] == "committed"
    second = await client.post(f"{API}/expenditures", json={"budgetLineId": str(line.id), "date": "2014-06-01",
                                                            "amount": "0.02", "status": "spent"})
    assert second.status_code == 201
    got = (await client.get(f"{API}/budget-lines/{line.id}")).json()
    assert got["committed"] == "99.99" and got["spent"] == "0.02"

    listed = await client.get(f"{API}/expenditures", params={"budgetLineId": str(line.id), "status": "spent"})
    assert [e["amount"] for e in listed.json()["items"]] == ["0.02"]
    ranged = await client.get(f"{API}/expenditures", params={"from": "2014-01-01", "to": "2014-03-01"})
    assert [e["reference"] for e in ranged.json()["items"]] == ["PO-17"]

    r = await client.delete(f"{API}/budget-lines/{line.id}")
    assert r.status_code == 409
    assert "2 expenditure(s)" in r.json()["detail"] and "PO-17" in r.json()["detail"]
    # the SPA writes dates and amounts as its reader does, so they come as values, not as English text
    assert r.json()["params"]["items"] == [{"date": "2014-02-03", "amount": "99.99", "reference": "PO-17"},
                                           {"date": "2014-06-01", "amount": "0.02", "reference": ""}]

    exp = first.json()
    etag = (await client.get(f"{API}/expenditures/{exp['id']}")).headers["etag"]
    r = await client.patch(f"{API}/expenditures/{exp['id']}", json={"status": "spent"}, headers={"If-Match": etag})
    assert r.status_code == 200 and r.json()["status"] == "spent"
    for e in (exp["id"], second.json()["id"]):
        assert (await client.delete(f"{API}/expenditures/{e}")).status_code == 204
    assert (await client.delete(f"{API}/budget-lines/{line.id}")).status_code == 204


async def test_teams_and_payrolls(api_as):
    client = api_as("editor")
    r = await client.post(f"{API}/teams", json={"year": 2014, "name": "Publiekszaken", "fte": "23.45"})
    assert r.status_code == 201 and r.json()["fte"] == "23.45"
    r = await client.post(f"{API}/teams", json={"year": 2014, "name": "publiekszaken", "fte": "1.00"})
    assert r.status_code == 409 and r.json()["errors"][0]["pointer"] == "/name"
    assert (await client.post(f"{API}/teams", json={"year": 2015, "name": "Publiekszaken", "fte": "1"})).status_code \
        == 201
    r = await client.post(f"{API}/teams", json={"year": 2014, "name": "Min", "fte": "-1.00"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/fte"
    assert (await client.get(f"{API}/teams", params={"year": 2014})).json()["total"] == 1

    r = await client.post(f"{API}/payrolls", json={"year": 2014, "amount": "49000000.00"})
    assert r.status_code == 201
    assert (await client.post(f"{API}/payrolls", json={"year": 2014, "amount": "1.00"})).status_code == 409
    payroll = r.json()
    etag = (await client.get(f"{API}/payrolls/{payroll['id']}")).headers["etag"]
    r = await client.patch(f"{API}/payrolls/{payroll['id']}", json={"amount": "50000000.50"},
                           headers={"If-Match": etag})
    assert r.json()["amount"] == "50000000.50"
    assert (await client.delete(f"{API}/payrolls/{payroll['id']}")).status_code == 204


async def test_viewers_read_but_do_not_write(api_as, db, org):
    make_budget(db, org)
    viewer = api_as("viewer")
    assert (await viewer.get(f"{API}/budgets")).json()["total"] == 1
    assert (await viewer.post(f"{API}/budgets", json={"year": 2016, "stream": "strategic",
                                                      "amount": "1.00"})).status_code == 403


async def test_another_organisations_rows_are_404(api_as, db, other_org):
    budget = make_budget(db, other_org)
    line = make_line(db, budget)
    exp = make_expenditure(db, line, amount="1.00")
    team = make_team(db, other_org, name="Elders", fte="1.00")
    payroll = make_payroll(db, other_org, amount="1.00")
    client = api_as("editor")
    for path in (f"budgets/{budget.id}", f"budget-lines/{line.id}", f"expenditures/{exp.id}", f"teams/{team.id}",
                 f"payrolls/{payroll.id}"):
        assert (await client.get(f"{API}/{path}")).status_code == 404
        assert (await client.delete(f"{API}/{path}")).status_code == 404
    for path in ("budgets", "budget-lines", "expenditures", "teams", "payrolls"):
        assert (await client.get(f"{API}/{path}")).json()["total"] == 0
    summary = (await client.get(f"{API}/budget-summary", params={"year": 2014})).json()
    assert summary["total"]["budget"] == "0.00"


@pytest.mark.parametrize("path", ["budgets", "budget-lines", "expenditures", "teams", "payrolls"])
async def test_list_query_count_does_not_grow_with_the_page(api_as, db, org, count_queries, path):
    client = api_as("viewer")

    def add(n: int, offset: int) -> None:
        for i in range(offset, offset + n):
            b = make_budget(db, org, year=1950 + i)
            line = make_line(db, b, kind="intervention", intervention_id=make_intervention(db, org, f"I{i}").id)
            make_expenditure(db, line, amount="1.00")
            make_team(db, org, name=f"Team {i}", fte="1.00")
            make_payroll(db, org, amount="1.00", year=1950 + i)

    add(1, 0)
    await client.get(f"{API}/{path}")
    with count_queries() as small:
        assert (await client.get(f"{API}/{path}", params={"pageSize": 200})).status_code == 200
    add(30, 1)
    with count_queries() as large:
        body = (await client.get(f"{API}/{path}", params={"pageSize": 200})).json()
    assert len(body["items"]) == 31
    assert large.n == small.n
