import pytest
from sqlmodel import select

from app.competencies.models import Competency, CompetencyFramework
from app.core.audit import AuditEvent
from tests.competencies.factories import make_framework, make_framework_with
from tests.interventions.factories import make_intervention

pytestmark = pytest.mark.anyio


async def test_editor_maintains_a_framework_and_its_competencies(api_as, db):
    editor = api_as("editor")
    r = await editor.post("/api/v1/competency-frameworks",
                          json={"name": "Rotterdamse DNA", "kind": "organisation_dna", "description": "Kernwaarden"})
    assert r.status_code == 201, r.text
    framework = r.json()
    assert framework["kind"] == "organisation_dna" and framework["competencyCount"] == 0
    assert r.headers["location"] == f"/api/v1/competency-frameworks/{framework['id']}"
    body = {"frameworkId": framework["id"], "name": "Samenwerken",
            "behaviouralIndicators": ["Deelt kennis", "Vraagt om feedback"]}
    r = await editor.post("/api/v1/competencies", json=body)
    assert r.status_code == 201, r.text
    competency = r.json()
    assert competency["behaviouralIndicators"] == ["Deelt kennis", "Vraagt om feedback"]
    assert competency["position"] == 0 and competency["frameworkId"] == framework["id"]
    r = await editor.post("/api/v1/competencies", json={"frameworkId": framework["id"], "name": "Resultaatgericht",
                                                        "position": 0})
    assert r.json()["position"] == 0
    listed = (await editor.get("/api/v1/competencies", params={"frameworkId": framework["id"]})).json()
    assert [c["name"] for c in listed["items"]] == ["Resultaatgericht", "Samenwerken"]
    got = await editor.get(f"/api/v1/competency-frameworks/{framework['id']}")
    assert got.json()["competencyCount"] == 2 and got.headers["etag"] == '"1"'
    etag = (await editor.get(f"/api/v1/competencies/{competency['id']}")).headers["etag"]
    r = await editor.patch(f"/api/v1/competencies/{competency['id']}",
                           json={"behaviouralIndicators": ["Deelt kennis"], "position": 0}, headers={"If-Match": etag})
    assert r.status_code == 200 and r.json()["behaviouralIndicators"] == ["Deelt kennis"] and r.json()["position"] == 0
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "competency.updated")).one()
    assert event.changes["behaviouralIndicators"] == {"from": ["Deelt kennis", "Vraagt om feedback"],
                                                      "to": ["Deelt kennis"]}
    r = await editor.patch(f"/api/v1/competency-frameworks/{framework['id']}", json={"name": "DNA"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["name"] == "DNA"
    assert (await editor.delete(f"/api/v1/competencies/{competency['id']}")).status_code == 204
    assert (await editor.delete(f"/api/v1/competency-frameworks/{framework['id']}")).status_code == 204
    assert db.exec(select(Competency.id)).all() == []
    actions = set(db.exec(select(AuditEvent.action)).all())
    assert {"competency_framework.created", "competency_framework.updated", "competency_framework.deleted",
            "competency.created", "competency.deleted"} <= actions


async def test_framework_names_are_unique_per_organisation(api_as, db, org, other_org):
    make_framework(db, org, name="Profiel")
    make_framework(db, other_org, name="Elders")
    editor = api_as("editor")
    r = await editor.post("/api/v1/competency-frameworks", json={"name": "profiel"})
    assert r.status_code == 409 and r.json()["errors"][0]["pointer"] == "/name"
    assert r.json()["errors"][0]["code"] == "taken"
    assert (await editor.post("/api/v1/competency-frameworks", json={"name": "Elders"})).status_code == 201
    second = (await editor.get("/api/v1/competency-frameworks", params={"q": "elders"})).json()["items"][0]
    r = await editor.patch(f"/api/v1/competency-frameworks/{second['id']}", json={"name": "Profiel"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 409


async def test_competency_names_are_unique_per_framework(api_as, db, org):
    framework, items = make_framework_with(db, org, competencies=2)
    other = make_framework(db, org, name="Ander profiel")
    editor = api_as("editor")
    r = await editor.post("/api/v1/competencies", json={"frameworkId": str(framework.id), "name": "COMPETENTIE 0"})
    assert r.status_code == 409 and r.json()["errors"][0]["pointer"] == "/name"
    assert (await editor.post("/api/v1/competencies", json={"frameworkId": str(other.id),
                                                           "name": "Competentie 0"})).status_code == 201
    r = await editor.patch(f"/api/v1/competencies/{items[1].id}", json={"name": "Competentie 0"},
                           headers={"If-Match": '"1"'})
    assert r.status_code == 409


@pytest.mark.parametrize("body", [
    {"name": "x", "behaviouralIndicators": [""]},
    {"name": "x", "behaviouralIndicators": "Deelt kennis"},
    {"name": "x", "behaviouralIndicators": ["x"] * 51},
    {"name": "", "behaviouralIndicators": []},
    {"name": "x", "position": "1"},
])
async def test_bad_competencies_are_400(api_as, db, org, body):
    framework = make_framework(db, org)
    r = await api_as("editor").post("/api/v1/competencies", json={"frameworkId": str(framework.id), **body})
    assert r.status_code == 400, r.text
    assert r.json()["errors"][0]["pointer"].split("/")[1] in body


async def test_framework_kind_must_be_known(api_as):
    r = await api_as("editor").post("/api/v1/competency-frameworks", json={"name": "x", "kind": "dna"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/kind"


async def test_another_organisations_framework_is_400_in_a_body_and_404_in_a_path(api_as, db, org, other_org):
    framework, items = make_framework_with(db, other_org, competencies=1)
    editor = api_as("editor")
    r = await editor.post("/api/v1/competencies", json={"frameworkId": str(framework.id), "name": "x"})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/frameworkId"
    assert (await editor.get(f"/api/v1/competency-frameworks/{framework.id}")).status_code == 404
    assert (await editor.get(f"/api/v1/competencies/{items[0].id}")).status_code == 404
    assert (await editor.delete(f"/api/v1/competencies/{items[0].id}")).status_code == 404
    assert (await editor.get("/api/v1/competencies")).json()["total"] == 0
    assert (await editor.get("/api/v1/competency-frameworks")).json()["total"] == 0


async def test_viewer_reads_but_cannot_write(api_as, db, org):
    framework = make_framework(db, org)
    viewer = api_as("viewer")
    assert (await viewer.get("/api/v1/competency-frameworks")).json()["total"] == 1
    assert (await viewer.post("/api/v1/competency-frameworks", json={"name": "x"})).status_code == 403
    assert (await viewer.delete(f"/api/v1/competency-frameworks/{framework.id}")).status_code == 403


async def test_deletes_refused_while_interventions_train_the_competency(api_as, db, org):
    framework, items = make_framework_with(db, org, competencies=3)
    make_intervention(db, org, "Leiderschapstraining", competencies=items[:1])
    make_intervention(db, org, "Intervisie", competencies=items[:2])
    editor = api_as("editor")
    r = await editor.delete(f"/api/v1/competencies/{items[0].id}")
    assert r.status_code == 409
    assert r.json()["detail"] == ("This competency is trained by 2 interventions: Intervisie, Leiderschapstraining. "
                                  "Unlink them from the interventions first.")
    r = await editor.delete(f"/api/v1/competency-frameworks/{framework.id}")
    assert r.status_code == 409
    assert r.json()["detail"].startswith("This framework (through its competencies) is trained by 2 interventions")
    assert (await editor.delete(f"/api/v1/competencies/{items[2].id}")).status_code == 204
    assert db.scalar(select(CompetencyFramework.id).where(CompetencyFramework.id == framework.id)) is not None


async def test_deleting_closes_the_gap(api_as, db, org):
    framework, items = make_framework_with(db, org, competencies=3)
    editor = api_as("editor")
    assert (await editor.delete(f"/api/v1/competencies/{items[0].id}")).status_code == 204
    listed = (await editor.get("/api/v1/competencies", params={"frameworkId": str(framework.id)})).json()["items"]
    assert [(c["name"], c["position"]) for c in listed] == [("Competentie 1", 0), ("Competentie 2", 1)]


@pytest.mark.parametrize("path", ["/api/v1/competency-frameworks", "/api/v1/competencies"])
async def test_list_query_count_does_not_grow_with_the_page(api_as, db, org, count_queries, path):
    viewer = api_as("viewer")
    make_framework_with(db, org, name="Eerste", competencies=1)
    await viewer.get("/api/v1/auth/me")
    with count_queries() as small:
        assert (await viewer.get(path, params={"pageSize": 200})).status_code == 200
    for i in range(30):
        make_framework_with(db, org, name=f"Profiel {i}", competencies=3)
    with count_queries() as large:
        body = (await viewer.get(path, params={"pageSize": 200})).json()
    assert len(body["items"]) > 30
    assert large.n == small.n, f"{path}: {small.n} statements for 1 row, {large.n} for {len(body['items'])}"


async def test_list_filters_on_kind_and_counts_competencies(api_as, db, org):
    make_framework_with(db, org, name="Profiel", competencies=2)
    make_framework(db, org, name="DNA", kind="organisation_dna")
    viewer = api_as("viewer")
    everything = (await viewer.get("/api/v1/competency-frameworks")).json()["items"]
    assert [(f["name"], f["competencyCount"]) for f in everything] == [("DNA", 0), ("Profiel", 2)]
    only_dna = (await viewer.get("/api/v1/competency-frameworks", params={"kind": "organisation_dna"})).json()
    assert [f["name"] for f in only_dna["items"]] == ["DNA"]
