"""The intervention catalogue over HTTP: create, read, change, delete, links, derived fields, filters."""

import pytest
from sqlmodel import select

from app.core.audit import AuditEvent
from app.interventions.models import ExecutionEntry, Intervention, ReviewDecision
from tests.budgets.factories import make_budget, make_line
from tests.interventions.factories import PlanItems, make_intervention

pytestmark = pytest.mark.anyio
URL = "/api/v1/interventions"

FULL = {
    "title": "Hostmanship-training", "status": "partly_existing", "goal": "Gastvrij zijn", "content": "Twee dagdelen",
    "targetGroup": "Alle medewerkers met klantcontact", "audience": "employees", "category": "strategic_theme",
    "learningForm": "training", "learningMix": "formal", "learningLevel": "self_and_others",
    "durationHours": "7.50", "durationDays": "1", "mandatory": True, "provider": "Hostmanship NL",
    "trainer": "J. de Vries", "location": "Stadhuis", "capacity": 20, "costFixed": "1500.00",
    "costPerParticipant": "125.50", "expectedParticipants": 40, "fundingStream": "strategic",
    "personalBudgetContribution": "0.00", "published": False, "kolbPhases": ["active_experimentation",
                                                                           "concrete_experience"],
    "years": [2014, 2015],
}


async def test_create_and_read_back_every_attribute_links_and_derived_fields(api_as, db, org):
    items = PlanItems(db, org)
    editor = api_as("editor")
    body = {**FULL, "learningGoalIds": [str(items.learning_goal.id)], "themeIds": [str(t.id) for t in items.themes],
            "competencyIds": [str(items.competencies[0].id)]}
    r = await editor.post(URL, json=body)
    assert r.status_code == 201, r.text
    created = r.json()
    assert r.headers["location"] == f"/api/v1/interventions/{created['id']}" and r.headers["etag"] == '"1"'
    read = (await editor.get(f"{URL}/{created['id']}")).json()
    for key, value in FULL.items():
        if key not in ("kolbPhases", "durationDays"):
            assert read[key] == value, key
    assert read["durationDays"] == "1.00"
    assert read["kolbPhases"] == ["concrete_experience", "active_experimentation"]  # in the cycle's order
    assert read["totalCost"] == "6520.00"  # 1500 + 125.50 * 40
    assert read["needsEvaluation"] is True
    assert sorted(t["title"] for t in read["themes"]) == ["Hostmanship", "Zaakgericht werken"]
    assert read["learningGoals"] == [{"id": str(items.learning_goal.id), "title": "Resultaatgericht sturen"}]
    assert read["competencies"] == [{"id": str(items.competencies[0].id), "name": "Samenwerken"}]
    assert set(read["themeIds"]) == {str(t.id) for t in items.themes}
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "intervention.created")).one()
    assert event.changes["title"] == {"from": None, "to": "Hostmanship-training"}
    assert event.changes["years"] == {"from": None, "to": [2014, 2015]}


@pytest.mark.parametrize(("hours", "days", "needs"), [
    (None, None, False), ("7.99", None, False), ("8", None, True), (None, "0.5", False), (None, "1", True),
    ("4", "2", True),
])
async def test_evaluation_form_is_needed_from_one_day_or_eight_hours(api_as, hours, days, needs):
    body = {"title": "Cursus", "durationHours": hours, "durationDays": days}
    r = await api_as("editor").post(URL, json=body)
    assert r.status_code == 201, r.text
    assert r.json()["needsEvaluation"] is needs


async def test_minimal_intervention_has_defaults_and_zero_cost(api_as):
    r = await api_as("editor").post(URL, json={"title": "Kennissessie"})
    body = r.json()
    assert body["status"] == "new" and body["totalCost"] == "0.00" and body["years"] == [] and body["themes"] == []
    assert body["expectedParticipants"] is None and body["needsEvaluation"] is False


@pytest.mark.parametrize(("change", "pointer"), [
    ({"title": ""}, "/title"),
    ({"costFixed": "-1"}, "/costFixed"),
    ({"costFixed": "1000000000"}, "/costFixed"),
    ({"costPerParticipant": "1.234"}, "/costPerParticipant"),
    ({"capacity": 3_000_000_000}, "/capacity"),
    ({"expectedParticipants": -1}, "/expectedParticipants"),
    ({"expectedParticipants": "5"}, "/expectedParticipants"),
    ({"mandatory": "ja"}, "/mandatory"),
    ({"status": "misschien"}, "/status"),
    ({"durationHours": "-2"}, "/durationHours"),
    ({"years": [1999]}, "/years/0"),
    ({"years": [2014, 2014]}, "/years"),
    ({"kolbPhases": ["dreaming"]}, "/kolbPhases/0"),
    ({"themeIds": ["not-a-uuid"]}, "/themeIds/0"),
    ({"organisationId": "00000000-0000-0000-0000-000000000000"}, "/organisationId"),
])
async def test_bad_input_is_400_naming_the_field(api_as, change, pointer):
    r = await api_as("editor").post(URL, json={"title": "Training", **change})
    assert r.status_code == 400, r.text
    assert pointer in [e["pointer"] for e in r.json()["errors"]]


async def test_linked_ids_of_another_organisation_are_400_at_their_place(api_as, db, org, other_org):
    mine, theirs = PlanItems(db, org), PlanItems(db, other_org)
    body = {"title": "Training", "themeIds": [str(mine.themes[0].id), str(mine.themes[1].id), str(theirs.themes[0].id)],
            "competencyIds": [str(theirs.competencies[0].id)], "learningGoalIds": [str(theirs.learning_goal.id)]}
    r = await api_as("editor").post(URL, json=body)
    assert r.status_code == 400
    assert sorted(e["pointer"] for e in r.json()["errors"]) == ["/competencyIds/0", "/learningGoalIds/0",
                                                                "/themeIds/2"]
    assert db.exec(select(Intervention)).all() == []


async def test_patch_replaces_sent_link_lists_and_keeps_review_data_of_kept_years(api_as, db, org):
    items = PlanItems(db, org)
    intervention = make_intervention(db, org, links=items, years=(2014, 2015))
    entry = db.exec(select(ExecutionEntry).where(ExecutionEntry.year == 2015)).one()
    entry.review_decision, entry.review_note = ReviewDecision.change, "Korter maken"
    db.add(entry)
    db.flush()
    editor = api_as("editor")
    url = f"{URL}/{intervention.id}"
    etag = (await editor.get(url)).headers["etag"]
    r = await editor.patch(url, json={"themeIds": [str(items.themes[1].id)], "years": [2015, 2016]},
                           headers={"If-Match": etag})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["themeIds"] == [str(items.themes[1].id)] and body["years"] == [2015, 2016]
    assert len(body["competencyIds"]) == 2 and body["learningGoalIds"] == [str(items.learning_goal.id)]  # untouched
    assert r.headers["etag"] != etag
    db.expire_all()
    kept = db.exec(select(ExecutionEntry).where(ExecutionEntry.year == 2015)).one()
    assert kept.id == entry.id and kept.review_note == "Korter maken"
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "intervention.updated")).one()
    assert event.changes["years"] == {"from": [2014, 2015], "to": [2015, 2016]}


async def test_patch_needs_the_current_etag(api_as, db, org):
    intervention = make_intervention(db, org)
    editor = api_as("editor")
    url = f"{URL}/{intervention.id}"
    assert (await editor.patch(url, json={"title": "Nieuw"})).status_code == 428
    assert (await editor.patch(url, json={"title": "Nieuw"}, headers={"If-Match": '"9"'})).status_code == 412
    r = await editor.patch(url, json={"title": "Nieuw", "capacity": None}, headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["title"] == "Nieuw"
    r = await editor.patch(url, json={"title": None}, headers={"If-Match": r.headers["etag"]})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/title"


async def test_patch_with_another_organisations_theme_is_400(api_as, db, org, other_org):
    intervention = make_intervention(db, org)
    theirs = PlanItems(db, other_org)
    r = await api_as("editor").patch(f"{URL}/{intervention.id}", json={"themeIds": [str(theirs.themes[0].id)]},
                                     headers={"If-Match": '"1"'})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/themeIds/0"


async def test_other_organisations_intervention_is_404(api_as, db, other_org):
    intervention = make_intervention(db, other_org)
    editor = api_as("editor")
    url = f"{URL}/{intervention.id}"
    assert (await editor.get(url)).status_code == 404
    assert (await editor.patch(url, json={"title": "x"}, headers={"If-Match": '"1"'})).status_code == 404
    assert (await editor.delete(url)).status_code == 404
    assert (await editor.get(URL)).json()["total"] == 0


async def test_viewer_reads_but_cannot_write(api_as, db, org):
    intervention = make_intervention(db, org)
    viewer = api_as("viewer")
    assert (await viewer.get(f"{URL}/{intervention.id}")).status_code == 200
    assert (await viewer.post(URL, json={"title": "x"})).status_code == 403
    assert (await viewer.delete(f"{URL}/{intervention.id}")).status_code == 403


async def test_delete_removes_links_and_is_audited(api_as, db, org):
    items = PlanItems(db, org)
    intervention = make_intervention(db, org, links=items, years=(2014,))
    r = await api_as("editor").delete(f"{URL}/{intervention.id}")
    assert r.status_code == 204
    assert db.exec(select(Intervention.id).where(Intervention.id == intervention.id)).first() is None
    assert db.exec(select(ExecutionEntry)).all() == []
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "intervention.deleted")).one()


async def test_delete_of_an_intervention_with_budget_lines_is_409_naming_them(api_as, db, org):
    intervention = make_intervention(db, org)
    make_line(db, make_budget(db, org), kind="intervention", title="Hostmanship 2014",
              intervention_id=intervention.id, planned="500.00")
    r = await api_as("editor").delete(f"{URL}/{intervention.id}")
    assert r.status_code == 409 and "Hostmanship 2014" in r.json()["detail"]
