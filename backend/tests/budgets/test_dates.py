"""Dates within reason: an expenditure falls in its budget's year, and no date leaves 1900-2200."""

import pytest

from tests.budgets.factories import make_budget, make_line

pytestmark = pytest.mark.anyio

API = "/api/v1"


@pytest.mark.parametrize("day", ["2015-01-01", "2013-12-31", "9999-12-31", "0001-01-01"])
async def test_an_expenditure_outside_its_budget_year_is_400_on_date(api_as, db, org, day):
    client = api_as("editor")
    line = make_line(db, make_budget(db, org))  # a 2014 budget
    r = await client.post(f"{API}/expenditures", json={"budgetLineId": str(line.id), "date": day, "amount": "1.00"})
    assert r.status_code == 400, r.text
    (error,) = r.json()["errors"]
    assert error["pointer"] == "/date"
    assert error["code"] in {"outside_budget_year", "date_out_of_range"}
    if error["code"] == "outside_budget_year":
        assert error["params"] == {"year": 2014}


async def test_a_change_keeps_the_expenditure_in_its_budget_year(api_as, db, org):
    client = api_as("editor")
    line = make_line(db, make_budget(db, org))
    later = make_line(db, make_budget(db, org, year=2015))
    created = await client.post(f"{API}/expenditures", json={"budgetLineId": str(line.id), "date": "2014-12-31",
                                                             "amount": "1.00"})
    assert created.status_code == 201, created.text
    url, etag = f"{API}/expenditures/{created.json()['id']}", created.headers["etag"]
    for change in ({"date": "2015-01-01"}, {"budgetLineId": str(later.id)}):
        r = await client.patch(url, json=change, headers={"If-Match": etag})
        assert r.status_code == 400 and r.json()["errors"][0]["code"] == "outside_budget_year", r.text
    r = await client.patch(url, json={"budgetLineId": str(later.id), "date": "2015-01-01"}, headers={"If-Match": etag})
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("value", ["0", "20140203", "2014-02-03T00:00:00", "2201-01-01"])
async def test_a_date_filter_is_an_iso_date_within_bounds(api_as, value):
    r = await api_as("viewer").get(f"{API}/expenditures", params={"from": value})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "#/query/from", r.text


@pytest.mark.parametrize("value", ["0", "0.5", "1e9"])
async def test_a_moment_filter_is_not_a_unix_time(api_as, value):
    r = await api_as("admin").get(f"{API}/audit-events", params={"since": value})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "#/query/since", r.text
