"""The evaluation reports over HTTP: camelCase JSON for any role, a year out of range is 400 naming the field,
another organisation's intervention is 404; and Deventer's demo, whose evaluations differ by trainer and location."""

from datetime import date

import numpy as np
import pytest
from sqlmodel import select

from app.demo import deventer as deventer_demo
from app.interventions.models import Intervention
from tests import factories
from tests.interventions.factories import make_intervention
from tests.reports.evaluation_factories import make_evaluated_session, make_form, random_respondents

pytestmark = pytest.mark.anyio


async def test_the_report_and_the_overview_answer_in_camel_case(api_as, db, org):
    form = make_form(db, org)
    training = make_intervention(db, org, "Feedback")
    make_evaluated_session(db, org, form, intervention=training, day=date(2014, 5, 1),
                           respondents=random_respondents(np.random.default_rng(1), form, 6, texts=("Goed",)))
    client = api_as("viewer")
    report = (await client.get(f"/api/v1/interventions/{training.id}/evaluation-report")).json()
    assert report["year"] == 2014 and report["minimumGroupSize"] == 5 and report["title"] == "Feedback"
    assert report["total"]["responses"] == 6 and report["openAnswers"] == ["Goed"] * 6
    assert report["openAnswersSuppressed"] is None
    assert {"scaleMin", "scaleMax", "n", "mean", "sd", "suppressed", "aspect"} == set(report["total"]["aspects"][0])
    overview = (await client.get("/api/v1/evaluation-overview", params={"year": 2014})).json()
    assert [g["label"] for g in overview["interventions"]] == ["Feedback"]


async def test_bad_input_is_400_and_another_organisation_s_intervention_404(api_as, db, org, other_org):
    client = api_as("viewer")
    ours = make_intervention(db, org)
    response = await client.get(f"/api/v1/interventions/{ours.id}/evaluation-report", params={"year": 1500})
    assert response.status_code == 400 and response.headers["content-type"] == "application/problem+json"
    assert [e["pointer"] for e in response.json()["errors"]] == ["#/query/year"]
    assert (await client.get("/api/v1/evaluation-overview", params={"year": "x"})).status_code == 400
    assert (await client.get(f"/api/v1/interventions/{ours.id}/evaluation-report/export",
                             params={"format": "pdf"})).status_code == 400
    theirs = make_intervention(db, other_org)
    missing = await client.get(f"/api/v1/interventions/{theirs.id}/evaluation-report")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"


async def test_deventer_s_trainers_and_locations_differ(api_as, db):
    organisation = factories.make_organisation(db, "Gemeente Deventer (test)")
    deventer_demo.load(db, organisation.id)
    db.flush()
    client = api_as("viewer", organisation=organisation)
    overview = (await client.get("/api/v1/evaluation-overview")).json()
    assert overview["year"] == 2014 and len(overview["interventions"]) == 4
    assert all(g["suppressed"] is None for g in overview["interventions"] + overview["trainers"])

    def mean(group, aspect):
        return next(a["mean"] for a in group["aspects"] if a["aspect"] == aspect)

    trainers = {g["label"]: mean(g, "trainer") for g in overview["trainers"]}
    assert trainers["Jeroen Lammers (demo)"] > 4.2 and trainers["Marieke Hofstede (demo)"] < 3.8
    locations = {g["label"]: mean(g, "location") for g in overview["locations"]}
    assert locations["De Boreel, zaal Hanze"] < 3.4 < 4.0 < locations["Stadhuis Deventer, Grote Kerkhof, zaal De Waag"]
    aggression = db.exec(select(Intervention).where(Intervention.organisation_id == organisation.id,
                                                    Intervention.title == "Omgaan met agressie en geweld")).one()
    report = (await client.get(f"/api/v1/interventions/{aggression.id}/evaluation-report")).json()
    assert [(s["day"], s["responses"]) for s in report["sessions"]] == [("2014-02-18", 13), ("2014-06-24", 11)]
    assert report["total"]["responses"] == 24 and 0 < len(report["openAnswers"]) < 24
