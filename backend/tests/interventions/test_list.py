"""Every list filter, sorting, paging and the constant query count of a page."""

import pytest

from tests.interventions.factories import PlanItems, make_intervention

pytestmark = pytest.mark.anyio
URL = "/api/v1/interventions"


@pytest.fixture
def catalogue(db, org, other_org):
    items = PlanItems(db, org)
    linked = make_intervention(
        db, org, title="Hostmanship-training", links=items, years=(2014, 2015), status="existing",
        category="strategic_theme", funding_stream="functional", learning_form="training", learning_level="self",
        learning_mix="formal", audience="employees", mandatory=True, duration_days="2",
        goal="Gastvrijheid vergroten", content="Rollenspel met acteurs", target_group="Baliemedewerkers",
        cost_fixed="100.00", cost_per_participant="10.00", expected_participants=5)
    plain = make_intervention(
        db, org, title="Intervisie leidinggevenden", years=(2016,), status="new", category="management_development",
        funding_stream="strategic", learning_form="intervision", learning_level="self_and_others",
        learning_mix="social", audience="managers", mandatory=False, duration_hours="3",
        goal="Leren van elkaar", content="Zes bijeenkomsten", target_group="Teamleiders", cost_fixed="900.00")
    make_intervention(db, other_org, title="Hostmanship elders", status="existing", category="strategic_theme")
    return items, linked, plain


async def titles(client, **params):
    r = await client.get(URL, params=params)
    assert r.status_code == 200, r.text
    return [item["title"] for item in r.json()["items"]]


@pytest.mark.parametrize(("params", "expected"), [
    ({}, ["Hostmanship-training", "Intervisie leidinggevenden"]),
    ({"q": "HOSTMAN"}, ["Hostmanship-training"]),
    ({"q": "elkaar"}, ["Intervisie leidinggevenden"]),  # goal
    ({"q": "acteurs"}, ["Hostmanship-training"]),  # content
    ({"q": "teamleider"}, ["Intervisie leidinggevenden"]),  # target group
    ({"q": "%"}, []),  # a wildcard is plain text
    ({"status": "existing"}, ["Hostmanship-training"]),
    ({"category": "management_development"}, ["Intervisie leidinggevenden"]),
    ({"fundingStream": "functional"}, ["Hostmanship-training"]),
    ({"learningForm": "intervision"}, ["Intervisie leidinggevenden"]),
    ({"kolbPhase": "concrete_experience"}, ["Hostmanship-training"]),
    ({"kolbPhase": "active_experimentation"}, []),
    ({"learningLevel": "self_and_others"}, ["Intervisie leidinggevenden"]),
    ({"learningMix": "formal"}, ["Hostmanship-training"]),
    ({"audience": "managers"}, ["Intervisie leidinggevenden"]),
    ({"mandatory": "true"}, ["Hostmanship-training"]),
    ({"mandatory": "false"}, ["Intervisie leidinggevenden"]),
    ({"year": 2015}, ["Hostmanship-training"]),
    ({"year": 2016}, ["Intervisie leidinggevenden"]),
    ({"year": 2017}, []),
    ({"needsEvaluation": "true"}, ["Hostmanship-training"]),
    ({"needsEvaluation": "false"}, ["Intervisie leidinggevenden"]),
    ({"status": "existing", "year": 2016}, []),
    ({"q": "Elkaar", "audience": "managers", "year": 2016}, ["Intervisie leidinggevenden"]),
])
async def test_each_filter_and_their_combination(api_as, catalogue, params, expected):
    assert await titles(api_as("viewer"), **params) == expected


async def test_link_filters(api_as, catalogue):
    items, _, _ = catalogue
    viewer = api_as("viewer")
    assert await titles(viewer, themeId=str(items.themes[1].id)) == ["Hostmanship-training"]
    assert await titles(viewer, competencyId=str(items.competencies[0].id)) == ["Hostmanship-training"]
    assert await titles(viewer, learningGoalId=str(items.learning_goal.id)) == ["Hostmanship-training"]


async def test_bad_filter_values_are_400(api_as, catalogue):
    viewer = api_as("viewer")
    for params, pointer in (({"status": "maybe"}, "#/query/status"), ({"year": 1800}, "#/query/year"),
                            ({"sort": "goal"}, "#/query/sort")):
        r = await viewer.get(URL, params=params)
        assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == pointer


@pytest.mark.parametrize(("sort", "expected"), [
    ("title", ["Hostmanship-training", "Intervisie leidinggevenden"]),
    ("-title", ["Intervisie leidinggevenden", "Hostmanship-training"]),
    ("totalCost", ["Hostmanship-training", "Intervisie leidinggevenden"]),  # 150.00 < 900.00
    ("-totalCost", ["Intervisie leidinggevenden", "Hostmanship-training"]),
    ("category", ["Intervisie leidinggevenden", "Hostmanship-training"]),
    ("-status", ["Intervisie leidinggevenden", "Hostmanship-training"]),
    ("createdAt", ["Hostmanship-training", "Intervisie leidinggevenden"]),
])
async def test_sorting(api_as, catalogue, sort, expected):
    assert await titles(api_as("viewer"), sort=sort) == expected


async def test_paging_and_link_header(api_as, catalogue):
    r = await api_as("viewer").get(URL, params={"pageSize": 1, "page": 2})
    body = r.json()
    assert body["total"] == 2 and [i["title"] for i in body["items"]] == ["Intervisie leidinggevenden"]
    assert 'rel="prev"' in r.headers["link"] and 'rel="next"' not in r.headers["link"]


async def test_list_items_carry_links_and_derived_fields(api_as, catalogue):
    body = (await api_as("viewer").get(URL, params={"year": 2014})).json()
    (item,) = body["items"]
    assert item["totalCost"] == "150.00" and item["needsEvaluation"] is True and item["years"] == [2014, 2015]
    assert {t["title"] for t in item["themes"]} == {"Hostmanship", "Zaakgericht werken"}
    assert item["learningGoals"][0]["title"] == "Resultaatgericht sturen"
    assert item["kolbPhases"] == ["concrete_experience"]


async def test_a_page_of_200_costs_as_many_queries_as_a_page_of_1(api_as, db, org, count_queries):
    items = PlanItems(db, org)
    viewer = api_as("viewer")
    make_intervention(db, org, links=items, years=(2014, 2015))
    await viewer.get(URL)  # the first request also extends the session's expiry
    with count_queries() as one:
        body = (await viewer.get(URL, params={"pageSize": 200})).json()
    assert body["total"] == 1
    for _ in range(199):
        make_intervention(db, org, links=items, years=(2014, 2015))
    with count_queries() as many:
        body = (await viewer.get(URL, params={"pageSize": 200})).json()
    assert len(body["items"]) == 200
    assert all(len(item["themes"]) == 2 and item["years"] == [2014, 2015] for item in body["items"])
    assert many.n == one.n, f"{one.n} statements for 1 intervention, {many.n} for 200"
