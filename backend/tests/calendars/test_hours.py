"""Learning time: how each session counts (attended, planned, unrecorded, nothing), per person, per team against
the norm (learning days per FTE x 8 x the team's FTE) and per participant of a cohort."""

from datetime import date, time
from decimal import Decimal

import pytest

from app.cohorts.models import EnrolmentRole
from app.sessions.models import Attendance, SessionStatus
from tests.budgets.factories import make_budget, make_team
from tests.calendars.factories import attend, enrol, make_cohort, make_person, make_session
from tests.interventions.factories import make_intervention

pytestmark = pytest.mark.anyio
present, absent = Attendance.present, Attendance.absent
held, planned, cancelled = SessionStatus.held, SessionStatus.planned, SessionStatus.cancelled


@pytest.fixture
def year_2026(db, org):
    """Anna (Wijkzaken) with one session of every kind; Bram (wijkzaken, spelled otherwise) at an all-day
    session of a two-day training; Cas (Burgerzaken, not a budget team) with one planned hour."""
    org.learning_days_per_fte = Decimal("12")
    db.add(org)
    make_team(db, org, name="Wijkzaken", fte="10.00", year=2026)
    make_team(db, org, name="Sociaal Domein", fte="4.50", year=2026)
    anna = make_person(db, org, name="Anna Akkerman", team="Wijkzaken")
    bram = make_person(db, org, name="Bram Bos", team="wijkzaken")
    cas = make_person(db, org, name="Cas Claassen", team="Burgerzaken")
    half_day = make_intervention(db, org, "Klantgericht schrijven", duration_hours=Decimal("4"))
    two_days = make_intervention(db, org, "Zaakgericht werken", duration_days=Decimal("2"))
    attend(db, make_session(db, org, day=date(2026, 3, 10), starts_at=time(9), ends_at=time(12), status=held),
           anna, present)  # 3 h attended
    attend(db, make_session(db, org, day=date(2026, 6, 16), starts_at=time(9), ends_at=time(11, 30)),
           anna, None)  # 2.5 h planned
    attend(db, make_session(db, org, intervention=half_day, day=date(2026, 4, 2), starts_at=None, ends_at=None,
                            status=held), anna, None)  # 4 h unrecorded
    attend(db, make_session(db, org, day=date(2026, 5, 6), status=cancelled), anna, present)  # nothing
    attend(db, make_session(db, org, day=date(2026, 5, 7), status=held), anna, absent)  # nothing
    attend(db, make_session(db, org, day=date(2025, 12, 31), status=held), anna, present)  # another year
    attend(db, make_session(db, org, intervention=two_days, day=date(2026, 9, 1), starts_at=None, ends_at=None,
                            status=held), bram, present)  # a working day: 8 h attended
    attend(db, make_session(db, org, day=date(2026, 9, 2), starts_at=time(14), ends_at=time(15)), cas, None)
    db.flush()
    return {"anna": anna, "bram": bram, "cas": cas}


async def test_a_persons_year_counts_each_session_by_its_attendance_and_status(api_as, year_2026):
    anna = year_2026["anna"]
    r = await api_as("viewer").get(f"/api/v1/people/{anna.id}/learning-time", params={"year": 2026})

    body = r.json()
    assert r.status_code == 200 and body["year"] == 2026
    assert (body["attendedHours"], body["plannedHours"], body["unrecordedHours"]) == ("3.00", "2.50", "4.00")
    assert body["normHours"] == "96.00"
    assert [(s["day"], s["hours"], s["countedAs"]) for s in body["sessions"]] == [
        ("2026-03-10", "3.00", "attended"), ("2026-04-02", "4.00", "unrecorded"), ("2026-05-06", "3.00", "none"),
        ("2026-05-07", "3.00", "none"), ("2026-06-16", "2.50", "planned")]
    assert body["sessions"][1]["title"] == "Klantgericht schrijven"


async def test_teams_are_set_against_the_norm_of_their_fte(api_as, year_2026):
    r = await api_as("viewer").get("/api/v1/learning-time", params={"year": 2026})

    body = r.json()
    assert r.status_code == 200 and body["normDaysPerFte"] == "12.00" and body["hoursPerDay"] == "8.00"
    teams = {t["team"]: t for t in body["teams"]}
    assert set(teams) == {"Burgerzaken", "Sociaal Domein", "Wijkzaken"}
    wijk = teams["Wijkzaken"]  # Anna and Bram, matched by name whatever its case
    assert (wijk["people"], wijk["fte"], wijk["normHours"]) == (2, "10.00", "960.00")
    assert (wijk["attendedHours"], wijk["plannedHours"], wijk["unrecordedHours"]) == ("11.00", "2.50", "4.00")
    assert wijk["attendedPercentOfNorm"] == "1.15" and wijk["plannedPercentOfNorm"] == "1.41"
    burger = teams["Burgerzaken"]  # people, but no budget team: no norm
    assert (burger["people"], burger["fte"], burger["normHours"], burger["plannedHours"]) == (1, None, None, "1.00")
    social = teams["Sociaal Domein"]  # a budget team nobody carries yet
    assert (social["people"], social["normHours"], social["attendedHours"]) == (0, "432.00", "0.00")
    total = body["total"]
    assert (total["people"], total["fte"], total["normHours"]) == (3, "14.50", "1392.00")
    assert (total["attendedHours"], total["plannedHours"]) == ("11.00", "3.50")


async def test_without_a_norm_teams_have_no_norm_hours(api_as, db, org):
    make_team(db, org, name="Wijkzaken", fte="10.00", year=2026)
    body = (await api_as("viewer").get("/api/v1/learning-time", params={"year": 2026})).json()
    assert body["normDaysPerFte"] is None and body["teams"][0]["normHours"] is None
    assert body["teams"][0]["attendedPercentOfNorm"] is None


async def test_the_year_defaults_as_the_budgets_do(api_as, db, org):
    make_budget(db, org, year=2031)
    body = (await api_as("viewer").get("/api/v1/learning-time")).json()
    assert body["year"] == 2031


async def test_a_cohorts_participants_count_only_the_cohorts_sessions(api_as, db, org, year_2026):
    anna, bram = year_2026["anna"], year_2026["bram"]
    cohort = make_cohort(db, org)
    coach = make_person(db, org, name="Coach Corrie")
    for person, role in ((anna, EnrolmentRole.participant), (bram, EnrolmentRole.participant),
                         (coach, EnrolmentRole.coach)):
        enrol(db, cohort, person, role)
    first = make_session(db, org, cohort_id=cohort.id, day=date(2026, 3, 20), starts_at=time(13), ends_at=time(15),
                         status=held)
    second = make_session(db, org, cohort_id=cohort.id, day=date(2026, 10, 1), starts_at=time(9), ends_at=time(12))
    for person in (anna, bram, coach):
        attend(db, first, person, present if person is not bram else absent)
        attend(db, second, person)

    r = await api_as("viewer").get(f"/api/v1/cohorts/{cohort.id}/learning-time")

    body = r.json()
    assert r.status_code == 200
    assert [(p["name"], p["attendedHours"], p["plannedHours"]) for p in body["participants"]] == [
        ("Anna Akkerman", "2.00", "3.00"), ("Bram Bos", "0.00", "3.00")]
    assert (body["attendedHours"], body["plannedHours"]) == ("2.00", "6.00")


async def test_another_organisations_person_or_cohort_is_404(api_as, db, other_org):
    client = api_as("viewer")
    person, cohort = make_person(db, other_org), make_cohort(db, other_org)
    assert (await client.get(f"/api/v1/people/{person.id}/learning-time")).status_code == 404
    assert (await client.get(f"/api/v1/cohorts/{cohort.id}/learning-time")).status_code == 404


async def test_other_organisations_sessions_do_not_count(api_as, db, org, other_org):
    make_team(db, org, name="Wijkzaken", fte="10.00", year=2026)
    theirs = make_person(db, other_org, team="Wijkzaken")
    attend(db, make_session(db, other_org, day=date(2026, 3, 3), status=held), theirs, present)
    body = (await api_as("viewer").get("/api/v1/learning-time", params={"year": 2026})).json()
    assert [(t["team"], t["people"], t["attendedHours"]) for t in body["teams"]] == [("Wijkzaken", 0, "0.00")]


async def test_the_teams_cost_the_same_statements_for_few_people_as_for_many(api_as, db, org, count_queries,
                                                                             year_2026):
    client = api_as("viewer")
    await client.get("/api/v1/learning-time", params={"year": 2026})
    with count_queries() as small:
        await client.get("/api/v1/learning-time", params={"year": 2026})
    session = make_session(db, org, day=date(2026, 11, 3), status=held)
    for n in range(30):
        attend(db, session, make_person(db, org, team=f"Team {n}"), present)
    with count_queries() as large:
        body = (await client.get("/api/v1/learning-time", params={"year": 2026})).json()
    assert len(body["teams"]) == 33 and large.n == small.n
