"""A cohort's schedule over HTTP: the proposal with its moves, the confirm that writes sessions and attendees,
reschedules that keep each session's identity, and placements that left the programme."""

from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import select

from app.programmes.models import Placement
from app.sessions.models import Attendee, LearningSession, SessionStatus
from tests.cohorts.factories import make_closing_day, make_cohort, make_enrolment, make_framework, make_person

pytestmark = pytest.mark.anyio


async def _propose(client, cohort):
    r = await client.post(f"/api/v1/cohorts/{cohort.id}/schedule", json={"confirm": False})
    assert r.status_code == 200, r.text
    return r.json()


async def test_the_proposal_places_each_placement_on_a_working_day_and_says_why(api_as, db, org):
    # 2026-04-01 start: month 1 week 0 = 1 April; week 3 = 22 April; month 1 week 3 + ... Koningsdag 27 April
    programme, _placements = make_framework(db, org, placements=[(1, 0), (1, 3), (2, 0), (2, 6), (3, 0), (9, 0)],
                                           hours=Decimal("2"))
    cohort = make_cohort(db, org, programme=programme, starts_on=date(2026, 3, 30))
    make_closing_day(db, org, date(2026, 11, 30), "Studiedag")
    proposal = await _propose(api_as("editor"), cohort)
    days = [(i["plannedOn"], i["day"], [(m["reason"], m["name"]) for m in i["moves"]]) for i in proposal["items"]]
    assert days == [
        ("2026-03-30", "2026-03-30", []),
        ("2026-04-20", "2026-04-20", []),
        ("2026-04-30", "2026-04-30", []),
        ("2026-06-11", "2026-06-11", []),
        ("2026-05-30", "2026-06-01", [("weekend", "")]),
        ("2026-11-30", "2026-12-01", [("closing_day", "Studiedag")]),
    ]  # ordered by start month, then week
    assert proposal["items"][0]["startsAt"] == "09:00" and proposal["items"][0]["endsAt"] == "11:00"
    assert all(i["change"] == "new" and i["sessionId"] is None for i in proposal["items"])
    assert proposal["cancellations"] == []
    assert db.exec(select(LearningSession)).all() == []  # a proposal writes nothing


async def test_koningsdag_hemelvaart_and_pinksteren_in_a_proposal(api_as, db, org):
    programme, _ = make_framework(db, org, placements=[(1, 0), (1, 2), (1, 4)])
    cohort = make_cohort(db, org, programme=programme, starts_on=date(2026, 4, 27))  # Koningsdag, a Monday
    proposal = await _propose(api_as("editor"), cohort)
    assert [(i["day"], [m["name"] for m in i["moves"]]) for i in proposal["items"]] == [
        ("2026-04-28", ["Koningsdag"]),
        ("2026-05-11", []),
        ("2026-05-26", ["Tweede pinksterdag"]),
    ]
    assert proposal["items"][0]["startsAt"] == "09:00" and proposal["items"][0]["endsAt"] == "12:00"


async def test_confirm_writes_sessions_with_the_participants_as_attendees(api_as, db, org):
    programme, _placements = make_framework(db, org, placements=[(1, 0), (1, 2)])
    cohort = make_cohort(db, org, programme=programme, starts_on=date(2026, 9, 1))
    trainees = [make_person(db, org) for _ in range(3)]
    for person in trainees:
        make_enrolment(db, org, cohort, person)
    make_enrolment(db, org, cohort, make_person(db, org), role="coach")
    editor = api_as("editor")
    r = await editor.post(f"/api/v1/cohorts/{cohort.id}/schedule", json={"confirm": True})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["confirmed"] and answer["result"] == {"created": 2, "updated": 0, "unchanged": 0, "cancelled": 0,
                                                        "attendeesAdded": 6}
    assert all(i["change"] == "unchanged" and i["sessionId"] for i in answer["items"])
    listed = (await editor.get(f"/api/v1/cohorts/{cohort.id}/schedule")).json()
    assert [(s["day"], s["startsAt"], s["attendeeCount"], s["phaseTitle"]) for s in listed["items"]] == [
        ("2026-09-01", "09:00", 3, "Fase vanaf maand 1"), ("2026-09-15", "09:00", 3, "Fase vanaf maand 1")]
    assert listed["items"][0]["learningLineLabel"] == "Ik" and listed["items"][0]["status"] == "planned"

    # someone enrolled later is added on the next confirm (and at once by the enrolment)
    late = make_person(db, org)
    r = await editor.post(f"/api/v1/cohorts/{cohort.id}/enrolments", json={"personIds": [str(late.id)]})
    assert r.status_code == 201
    assert len(db.exec(select(Attendee).where(Attendee.person_id == late.id)).all()) == 2
    db.execute(Attendee.__table__.delete().where(Attendee.person_id == late.id))
    r = await editor.post(f"/api/v1/cohorts/{cohort.id}/schedule", json={"confirm": True})
    assert r.json()["result"]["attendeesAdded"] == 2 and r.json()["result"]["unchanged"] == 2


async def test_a_moved_session_keeps_its_identity_and_its_sequence_grows(api_as, db, org):
    programme, _placements = make_framework(db, org, placements=[(1, 0), (1, 2)])
    cohort = make_cohort(db, org, programme=programme, starts_on=date(2026, 9, 1))
    editor = api_as("editor")
    url = f"/api/v1/cohorts/{cohort.id}/schedule"
    await editor.post(url, json={"confirm": True})
    before = {s["placementId"]: s for s in (await editor.get(url)).json()["items"]}
    proposal = await _propose(editor, cohort)
    items = [{"placementId": i["placementId"], "day": i["day"], "startsAt": i["startsAt"], "endsAt": i["endsAt"]}
             for i in proposal["items"]]
    items[1] |= {"day": "2026-09-17", "startsAt": "13:00", "endsAt": "16:30", "location": "Timmerhuis"}
    r = await editor.post(url, json={"confirm": True, "items": items})
    assert r.status_code == 200, r.text
    assert r.json()["result"] | {"attendeesAdded": 0} == {"created": 0, "updated": 1, "unchanged": 1,
                                                          "cancelled": 0, "attendeesAdded": 0}
    after = {s["placementId"]: s for s in (await editor.get(url)).json()["items"]}
    moved = after[items[1]["placementId"]]
    assert moved["id"] == before[items[1]["placementId"]]["id"]
    assert (moved["day"], moved["startsAt"], moved["endsAt"], moved["location"]) == ("2026-09-17", "13:00",
                                                                                     "16:30", "Timmerhuis")
    assert moved["sequence"] == before[items[1]["placementId"]]["sequence"] + 1
    assert after[items[0]["placementId"]]["sequence"] == before[items[0]["placementId"]]["sequence"]
    # the proposal now says the moved session differs from the rules' day
    again = await _propose(editor, cohort)
    assert [(i["change"], i["currentDay"]) for i in again["items"]] == [("unchanged", "2026-09-01"),
                                                                        ("changed", "2026-09-17")]
    assert len(db.exec(select(LearningSession)).all()) == 2


async def test_sessions_of_placements_that_left_are_proposed_for_cancellation(api_as, db, org):
    programme, placements = make_framework(db, org, placements=[(1, 0), (1, 2)])
    cohort = make_cohort(db, org, programme=programme, starts_on=date(2026, 9, 1))
    editor = api_as("editor")
    url = f"/api/v1/cohorts/{cohort.id}/schedule"
    await editor.post(url, json={"confirm": True})
    leaving = db.get(Placement, placements[1].id)
    session = db.exec(select(LearningSession).where(LearningSession.placement_id == leaving.id)).one()
    r = await editor.delete(f"/api/v1/programmes/{programme.id}/placements/{leaving.id}")
    assert r.status_code == 204, r.text
    proposal = await _propose(editor, cohort)
    assert len(proposal["items"]) == 1
    assert [(c["sessionId"], c["day"]) for c in proposal["cancellations"]] == [(str(session.id), "2026-09-15")]
    assert proposal["cancellations"][0]["title"]
    # confirming without naming it keeps it as it is
    await editor.post(url, json={"confirm": True})
    db.refresh(session)
    assert session.status == SessionStatus.planned
    r = await editor.post(url, json={"confirm": True, "cancelSessionIds": [str(session.id)]})
    assert r.json()["result"]["cancelled"] == 1 and r.json()["cancellations"] == []
    db.refresh(session)
    assert session.status == SessionStatus.cancelled  # cancelled, never deleted


@pytest.mark.parametrize(("item", "pointer", "code"), [
    ({"placementId": "00000000-0000-4000-8000-000000000000"}, "/items/0/placementId", "unknown_reference"),
    ({"endsAt": "08:00"}, "/items/0/endsAt", "before_start"),
    ({"startsAt": "9:00"}, "/items/0/startsAt", "value_error"),
    ({"day": "1-9-2026"}, "/items/0/day", "date_parsing"),
])
async def test_invalid_confirms_are_400_on_the_field(api_as, db, org, item, pointer, code):
    programme, placements = make_framework(db, org, placements=[(1, 0)])
    cohort = make_cohort(db, org, programme=programme)
    body = {"placementId": str(placements[0].id), "day": "2026-09-01", "startsAt": "09:00", "endsAt": "12:00",
            **item}
    r = await api_as("editor").post(f"/api/v1/cohorts/{cohort.id}/schedule", json={"confirm": True, "items": [body]})
    assert r.status_code == 400, r.text
    assert (r.json()["errors"][0]["pointer"], r.json()["errors"][0]["code"]) == (pointer, code)


async def test_another_organisations_cohort_is_404_everywhere(api_as, db, org, other_org):
    programme, _ = make_framework(db, other_org, placements=[(1, 0)])
    cohort = make_cohort(db, other_org, programme=programme)
    editor = api_as("editor")
    base = f"/api/v1/cohorts/{cohort.id}"
    for method, path, body in [("GET", "", None), ("GET", "/schedule", None), ("POST", "/schedule", {}),
                               ("GET", "/enrolments", None), ("GET", "/buddy-pairs", None),
                               ("POST", "/buddy-pairs/propose", {}), ("PUT", "/buddy-pairs", {"pairs": []})]:
        r = await editor.request(method, base + path, json=body)
        assert r.status_code == 404, (method, path, r.text)
    assert db.exec(select(LearningSession)).all() == []
