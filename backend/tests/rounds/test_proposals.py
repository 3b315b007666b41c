"""Proposed rounds from a cohort's dates (08:00 to 23:59 Europe/Amsterdam, stored in UTC), a batch of them in one
transaction, and a session's evaluation: proposed only when held, long enough and not evaluated yet."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest

from app.core.vocabulary import RoundMoment
from app.sessions.models import SessionStatus
from tests.interventions.factories import make_intervention
from tests.rounds.factories import (
    cohort_with,
    evaluation_instrument,
    make_cohort,
    make_instrument,
    make_published,
    make_round,
    make_session,
)

pytestmark = pytest.mark.anyio


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


async def test_a_cohort_gets_four_rounds_from_its_dates(api_as, db, org):
    client = api_as("viewer")
    cohort = make_cohort(db, org, starts_on=date(2027, 3, 1), ends_on=date(2027, 9, 1))
    items = (await client.get(f"/api/v1/cohorts/{cohort.id}/proposed-rounds")).json()["items"]
    got = {item["moment"]: (utc(item["opensAt"]), utc(item["closesAt"])) for item in items}
    assert list(got) == ["pre", "after_week_1", "midway", "post"]
    # winter time: 08:00 CET = 07:00 UTC; summer time: 08:00 CEST = 06:00 UTC
    assert got["pre"] == (datetime(2027, 2, 15, 7, tzinfo=UTC), datetime(2027, 3, 1, 22, 59, tzinfo=UTC))
    assert got["after_week_1"] == (datetime(2027, 3, 8, 7, tzinfo=UTC), datetime(2027, 3, 15, 22, 59, tzinfo=UTC))
    assert got["midway"] == (datetime(2027, 6, 1, 6, tzinfo=UTC), datetime(2027, 6, 15, 21, 59, tzinfo=UTC))
    assert got["post"] == (datetime(2027, 9, 1, 6, tzinfo=UTC), datetime(2027, 9, 22, 21, 59, tzinfo=UTC))


async def test_moments_the_cohort_has_a_round_for_are_left_out(api_as, db, org):
    client = api_as("viewer")
    cohort = make_cohort(db, org, starts_on=date(2027, 3, 1), ends_on=date(2027, 9, 1))
    instrument, other = make_published(db, org), make_published(db, org)
    make_round(db, org, cohort=cohort, instrument=instrument, moment=RoundMoment.pre)
    items = (await client.get(f"/api/v1/cohorts/{cohort.id}/proposed-rounds")).json()["items"]
    assert [item["moment"] for item in items] == ["after_week_1", "midway", "post"]
    items = (await client.get(f"/api/v1/cohorts/{cohort.id}/proposed-rounds",
                              params={"instrumentId": str(other.id)})).json()["items"]
    assert len(items) == 4


async def test_the_proposal_is_created_in_one_batch(api_as, db, org):
    client = api_as("editor")
    cohort, _ = cohort_with(db, org, 2)
    instrument = make_published(db, org)
    items = (await client.get(f"/api/v1/cohorts/{cohort.id}/proposed-rounds")).json()["items"]
    r = await client.post(f"/api/v1/cohorts/{cohort.id}/rounds",
                          json={"instrumentId": str(instrument.id), "anonymity": "pseudonymous", "rounds": items})
    assert r.status_code == 201, r.text
    assert [item["moment"] for item in r.json()["items"]] == ["pre", "after_week_1", "midway", "post"]
    assert (await client.get(f"/api/v1/cohorts/{cohort.id}/proposed-rounds")).json()["items"] == []


async def test_a_bad_round_in_the_batch_writes_none(api_as, db, org):
    client = api_as("editor")
    cohort = make_cohort(db, org)
    rounds = [{"moment": "pre", "opensAt": "2027-02-15T07:00:00Z", "closesAt": "2027-03-01T22:59:00Z"},
              {"moment": "evaluation", "opensAt": "2027-03-08T07:00:00Z", "closesAt": "2027-03-15T22:59:00Z"}]
    r = await client.post(f"/api/v1/cohorts/{cohort.id}/rounds",
                          json={"instrumentId": str(make_published(db, org).id), "rounds": rounds})
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/rounds/1/moment"
    assert (await client.get("/api/v1/rounds")).json()["total"] == 0
    r = await client.post(f"/api/v1/cohorts/{cohort.id}/rounds",
                          json={"instrumentId": str(make_instrument(db, org).id), "rounds": rounds[:1]})
    assert r.status_code == 409 and r.json()["code"] == "instrument_not_published"


async def test_a_held_day_long_session_gets_an_evaluation_from_its_end(api_as, db, org):
    client = api_as("viewer")
    evaluation_instrument(db, org, title="Oud")
    newest = evaluation_instrument(db, org, title="Evaluatie")
    make_published(db, org)  # another purpose
    session = make_session(db, org, intervention=make_intervention(db, org, duration_days=Decimal("1")),
                           day=date(2026, 6, 10), ends_at=time(16, 30), status=SessionStatus.held)
    body = (await client.get(f"/api/v1/sessions/{session.id}/proposed-evaluation")).json()
    assert body["reason"] == "proposed"
    proposal = body["proposal"]
    assert proposal["instrumentId"] == str(newest.id) and proposal["moment"] == "evaluation"
    assert utc(proposal["opensAt"]) == datetime(2026, 6, 10, 14, 30, tzinfo=UTC)
    assert utc(proposal["closesAt"]) - utc(proposal["opensAt"]) == timedelta(days=14)


@pytest.mark.parametrize(("values", "reason"), [
    ({"day": date(2099, 1, 5)}, "not_held"),
    ({"day": date(2020, 1, 6), "status": SessionStatus.cancelled}, "not_held"),
    ({"day": date(2020, 1, 6), "hours": Decimal("3")}, "no_evaluation_needed"),
])
async def test_no_evaluation_is_proposed_too_early_or_for_a_short_session(api_as, db, org, values, reason):
    client = api_as("viewer")
    hours = values.pop("hours", Decimal("8"))
    session = make_session(db, org, intervention=make_intervention(db, org, duration_hours=hours), **values)
    body = (await client.get(f"/api/v1/sessions/{session.id}/proposed-evaluation")).json()
    assert body == {"proposal": None, "reason": reason}


async def test_a_past_session_without_a_time_opens_at_five_and_once_only(api_as, db, org):
    client = api_as("editor")
    session = make_session(db, org, intervention=make_intervention(db, org, duration_hours=Decimal("8")),
                           day=date(2026, 1, 6), ends_at=None)
    body = (await client.get(f"/api/v1/sessions/{session.id}/proposed-evaluation")).json()
    assert body["proposal"]["instrumentId"] is None  # the organisation has no evaluation instrument
    assert utc(body["proposal"]["opensAt"]) == datetime(2026, 1, 6, 16, tzinfo=UTC)
    make_round(db, org, session=session)
    body = (await client.get(f"/api/v1/sessions/{session.id}/proposed-evaluation")).json()
    assert body == {"proposal": None, "reason": "has_evaluation"}


async def test_proposals_of_another_organisation_are_404(api_as, db, org, other_org):
    client = api_as("editor")
    assert (await client.get(f"/api/v1/cohorts/{make_cohort(db, other_org).id}/proposed-rounds")).status_code == 404
    assert (await client.get(
        f"/api/v1/sessions/{make_session(db, other_org).id}/proposed-evaluation")).status_code == 404
    r = await client.post(f"/api/v1/cohorts/{make_cohort(db, other_org).id}/rounds",
                          json={"instrumentId": str(make_published(db, org).id),
                                "rounds": [{"moment": "pre", "opensAt": "2027-02-15T07:00:00Z",
                                            "closesAt": "2027-03-01T22:59:00Z"}]})
    assert r.status_code == 404
