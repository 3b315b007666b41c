import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from app.stakeholders.models import ProgrammeStakeholder
from tests.stakeholders.factories import make_engagement, make_programme, make_stakeholder

pytestmark = pytest.mark.anyio

QUADRANTS = [("high", "low", "keep_satisfied"), ("high", "high", "manage_closely"), ("low", "low", "monitor"),
             ("low", "high", "keep_informed")]


async def test_editor_maintains_a_stakeholder_and_its_quadrant(api_as, db):
    editor = api_as("editor")
    r = await editor.post("/api/v1/stakeholders", json={
        "name": "Directeur Bestuursdienst", "role": "commissioner", "unit": "Bestuursdienst", "influence": "high",
        "affected": "high", "contribution": "Opdrachtgever van de traineeship", "contact": "directie@example.org"})
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["quadrant"] == "manage_closely" and created["programmeIds"] == []
    assert r.headers["location"] == f"/api/v1/stakeholders/{created['id']}" and r.headers["etag"] == '"1"'
    r = await editor.patch(f"/api/v1/stakeholders/{created['id']}", json={"affected": "low"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["quadrant"] == "keep_satisfied" and r.json()["version"] == 2
    assert (await editor.patch(f"/api/v1/stakeholders/{created['id']}", json={"affected": "high"},
                               headers={"If-Match": '"1"'})).status_code == 412
    got = await editor.get(f"/api/v1/stakeholders/{created['id']}")
    assert got.json()["affected"] == "low" and got.headers["etag"] == '"2"'
    assert (await editor.delete(f"/api/v1/stakeholders/{created['id']}")).status_code == 204
    assert (await editor.get(f"/api/v1/stakeholders/{created['id']}")).status_code == 404
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "stakeholder.updated")).one()
    assert event.changes == {"affected": {"from": "high", "to": "low"}}
    actions = set(db.exec(select(AuditEvent.action)).all())
    assert {"stakeholder.created", "stakeholder.deleted"} <= actions


@pytest.mark.parametrize(("influence", "affected", "quadrant"), QUADRANTS)
async def test_the_quadrant_follows_influence_and_affected(api_as, db, org, influence, affected, quadrant):
    for i, (inf, aff, _q) in enumerate(QUADRANTS):
        make_stakeholder(db, org, name=f"Persoon {i}", influence=inf, affected=aff)
    viewer = api_as("viewer")
    listed = (await viewer.get("/api/v1/stakeholders", params={"quadrant": quadrant})).json()
    assert [(s["influence"], s["affected"], s["quadrant"]) for s in listed["items"]] == [(influence, affected,
                                                                                           quadrant)]


async def test_list_filters_and_sorts(api_as, db, org, other_org):
    programme = make_programme(db, org)
    make_stakeholder(db, org, name="Bea", role="hr", unit="P&O", programmes=[programme])
    make_stakeholder(db, org, name="Anna", role="trainer")
    make_stakeholder(db, org, name="Carl", role="hr", unit="Stadsontwikkeling")
    make_stakeholder(db, other_org, name="Aad", role="hr")
    viewer = api_as("viewer")

    async def names(**params):
        r = await viewer.get("/api/v1/stakeholders", params=params)
        assert r.status_code == 200, r.text
        return [s["name"] for s in r.json()["items"]]

    assert await names() == ["Anna", "Bea", "Carl"]
    assert await names(role="hr") == ["Bea", "Carl"]
    assert await names(q="stads") == ["Carl"]
    assert await names(programmeId=str(programme.id)) == ["Bea"]
    assert await names(sort="-name") == ["Carl", "Bea", "Anna"]
    assert await names(sort="role,name") == ["Bea", "Carl", "Anna"]
    bea = (await viewer.get("/api/v1/stakeholders", params={"q": "bea"})).json()["items"][0]
    assert bea["programmeIds"] == [str(programme.id)]
    r = await viewer.get("/api/v1/stakeholders", params={"sort": "unit"})
    assert r.status_code == 400 and r.json()["errors"][0]["code"] == "unknown_sort_field"


@pytest.mark.parametrize("body", [
    {"name": ""},
    {"name": "x", "influence": "medium"},
    {"name": "x", "role": "mayor"},
    {"name": "x", "contact": "x" * 301},
    {"name": "x", "surprise": 1},
])
async def test_invalid_stakeholders_are_400_on_the_field(api_as, body):
    r = await api_as("editor").post("/api/v1/stakeholders", json=body)
    assert r.status_code == 400, r.text
    assert r.json()["errors"][0]["pointer"].startswith("/")


async def test_programme_links_are_idempotent_audited_and_counted(api_as, db, org):
    programme = make_programme(db, org)
    other_programme = make_programme(db, org)
    stakeholder = make_stakeholder(db, org, name="Teamleider")
    make_stakeholder(db, org, name="Niet gekoppeld")
    make_engagement(db, org, programme=programme, stakeholders=[stakeholder])
    make_engagement(db, org, programme=programme, stakeholders=[stakeholder])
    make_engagement(db, org, programme=other_programme, stakeholders=[stakeholder])
    editor = api_as("editor")
    path = f"/api/v1/programmes/{programme.id}/stakeholders/{stakeholder.id}"
    for _ in range(2):
        r = await editor.put(path)
        assert r.status_code == 200, r.text
        assert r.json()["programmeIds"] == [str(programme.id)] and r.json()["engagementCount"] == 2
    listed = (await editor.get(f"/api/v1/programmes/{programme.id}/stakeholders")).json()
    assert [(s["name"], s["engagementCount"]) for s in listed["items"]] == [("Teamleider", 2)]
    assert listed["total"] == 1
    for _ in range(2):
        assert (await editor.delete(path)).status_code == 204
    assert (await editor.get(f"/api/v1/programmes/{programme.id}/stakeholders")).json()["items"] == []
    actions = db.exec(select(AuditEvent.action).where(AuditEvent.entity_type == "programme_stakeholder")).all()
    assert sorted(actions) == ["programme_stakeholder.created", "programme_stakeholder.deleted"]


async def test_links_to_another_organisations_programme_or_stakeholder_are_404(api_as, db, org, other_org):
    mine, theirs = make_programme(db, org), make_programme(db, other_org)
    stakeholder, foreign = make_stakeholder(db, org), make_stakeholder(db, other_org, programmes=[theirs])
    editor = api_as("editor")
    for programme, person in ((theirs, stakeholder), (mine, foreign), (theirs, foreign)):
        path = f"/api/v1/programmes/{programme.id}/stakeholders/{person.id}"
        assert (await editor.put(path)).status_code == 404
        assert (await editor.delete(path)).status_code == 404
    assert (await editor.get(f"/api/v1/programmes/{theirs.id}/stakeholders")).status_code == 404
    assert (await editor.get(f"/api/v1/stakeholders/{foreign.id}")).status_code == 404
    assert db.exec(select(ProgrammeStakeholder).where(ProgrammeStakeholder.programme_id == mine.id)).all() == []


async def test_viewers_read_but_do_not_write(api_as, db, org):
    programme, stakeholder = make_programme(db, org), make_stakeholder(db, org)
    viewer = api_as("viewer")
    assert (await viewer.get("/api/v1/stakeholders")).status_code == 200
    assert (await viewer.get(f"/api/v1/programmes/{programme.id}/stakeholders")).status_code == 200
    assert (await viewer.post("/api/v1/stakeholders", json={"name": "x"})).status_code == 403
    assert (await viewer.put(f"/api/v1/programmes/{programme.id}/stakeholders/{stakeholder.id}")).status_code == 403
    assert (await viewer.post("/api/v1/engagements", json={"kind": "interview", "heldOn": "2026-01-05"})
            ).status_code == 403


@pytest.mark.parametrize("path", ["/api/v1/stakeholders", "/api/v1/engagements", "programme"])
async def test_list_query_count_does_not_grow_with_the_page(api_as, db, org, count_queries, path):
    programme = make_programme(db, org)
    url = f"/api/v1/programmes/{programme.id}/stakeholders" if path == "programme" else path
    viewer = api_as("viewer")

    def add(n):
        for _ in range(n):
            person = make_stakeholder(db, org, programmes=[programme, make_programme(db, org)])
            make_engagement(db, org, programme=programme, stakeholders=[person])

    add(1)
    await viewer.get(url)  # the session's first request loads what later ones reuse
    with count_queries() as small:
        assert (await viewer.get(url)).json()["total"] == 1
    add(9)
    with count_queries() as large:
        assert (await viewer.get(url)).json()["total"] == 10
    assert large.n == small.n
