# ruff: noqa: RUF001 -- the plan writes its multiplication sign and en dash
"""What the Deventer plan holds beyond the first model (issue 12): when and how often an intervention runs, its
learning hours and notes; the catalogue by development and goal; the export's summary sheet; the planned learning
time against the norm; team notes."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from tests.budgets.factories import make_team
from tests.interventions.factories import make_intervention
from tests.plans.factories import make_development, make_goal, make_learning_goal, make_plan

pytestmark = pytest.mark.anyio
URL = "/api/v1/interventions"


class Tree:
    """Two developments (HNW with two goals, Mobiliteit with one), a learning goal under each goal."""

    def __init__(self, db, org) -> None:
        plan = make_plan(db, org)
        self.hnw = make_development(db, plan, title="Het Nieuwe Werken")
        self.mobility = make_development(db, plan, title="Mobiliteit")
        self.hnw_goal = make_goal(db, self.hnw, title="Plaatsonafhankelijk werken")
        self.hnw_other_goal = make_goal(db, self.hnw, title="Sturen op output")
        self.mobility_goal = make_goal(db, self.mobility, title="Loopbaanbewust")
        self.hnw_lg = make_learning_goal(db, self.hnw_goal, title="Flexibel werken")
        self.hnw_other_lg = make_learning_goal(db, self.hnw_other_goal, title="Resultaatgericht sturen")
        self.mobility_lg = make_learning_goal(db, self.mobility_goal, title="Eigen loopbaan")


@pytest.fixture
def tree(db, org, other_org):
    tree = Tree(db, org)
    make_intervention(db, org, "Spelsimulatie HNW", learning_goals=[tree.hnw_lg], audience="all", years=(2014,),
                      cost_fixed="9000.00", cost_per_participant="15.00", expected_participants=400,
                      learning_hours_per_participant=Decimal("4"))
    make_intervention(db, org, "Sturen op resultaat", learning_goals=[tree.hnw_other_lg], audience="managers",
                      years=(2014,), category="management_development", funding_stream="functional",
                      learning_hours_per_participant=Decimal("7"), expected_participants=30)
    make_intervention(db, org, "Loopbaanscan", learning_goals=[tree.mobility_lg, tree.hnw_lg], audience="all",
                      years=(2014,), funding_stream="personal", cost_fixed="100.00")
    make_intervention(db, org, "Taalcursus", audience="all", years=(2014,), category="basic_skill")
    other = Tree(db, other_org)
    make_intervention(db, other_org, "Van een ander", learning_goals=[other.hnw_lg], years=(2014,))
    return tree


def titles(body: dict) -> list[str]:
    return [item["title"] for item in body["items"]]


async def test_new_fields_are_stored_read_changed_and_audited(api_as):
    editor = api_as("editor")
    r = await editor.post(URL, json={
        "title": "Esprit de corps", "startsOn": "2014-05-01", "period": "mei – december",
        "sessionsPerYear": 6, "frequency": "6 × per jaar", "learningHoursPerParticipant": "3.5",
        "expectedParticipants": 80, "notes": "Inhoud bepalen de leidinggevenden zelf (ontwikkelagenda)."})
    assert r.status_code == 201, r.text
    body = r.json()
    assert (body["startsOn"], body["period"], body["sessionsPerYear"], body["frequency"]) == (
        "2014-05-01", "mei – december", 6, "6 × per jaar")
    assert body["learningHoursPerParticipant"] == "3.50" and body["learningHoursTotal"] == "280.00"
    assert body["notes"].startswith("Inhoud bepalen")
    r = await editor.patch(f"{URL}/{body['id']}", json={"startsOn": None, "sessionsPerYear": 12, "notes": ""},
                           headers={"If-Match": r.headers["ETag"]})
    assert r.status_code == 200, r.text
    assert (r.json()["startsOn"], r.json()["sessionsPerYear"], r.json()["notes"]) == (None, 12, "")
    events = (await api_as("admin").get("/api/v1/audit-events", params={"entityId": body["id"]})).json()["items"]
    assert any("sessions_per_year" in (e.get("changes") or {}) or "sessionsPerYear" in (e.get("changes") or {})
               for e in events)


@pytest.mark.parametrize("field, value", [("sessionsPerYear", 0), ("sessionsPerYear", "6"),
                                          ("learningHoursPerParticipant", "-1"), ("startsOn", "1-5-2014"),
                                          ("period", "x" * 201), ("notes", None)])
async def test_invalid_new_fields_are_400_on_the_field(api_as, field, value):
    r = await api_as("editor").post(URL, json={"title": "X", field: value})
    assert r.status_code == 400
    assert [e["pointer"] for e in r.json()["errors"]] == [f"/{field}"]


async def test_a_development_filter_follows_the_traceability(api_as, tree):
    viewer = api_as("viewer")
    body = (await viewer.get(URL, params={"developmentId": str(tree.hnw.id)})).json()
    assert titles(body) == ["Loopbaanscan", "Spelsimulatie HNW", "Sturen op resultaat"]
    body = (await viewer.get(URL, params={"developmentId": str(tree.hnw.id), "audience": "all"})).json()
    assert titles(body) == ["Loopbaanscan", "Spelsimulatie HNW"]  # every HNW intervention for Iedereen
    body = (await viewer.get(URL, params={"goalId": str(tree.hnw_other_goal.id)})).json()
    assert titles(body) == ["Sturen op resultaat"]
    body = (await viewer.get(URL, params={"developmentId": str(tree.mobility.id), "goalId": str(tree.hnw_goal.id)}))
    assert titles(body.json()) == []  # the goal is not under that development


async def test_another_organisations_development_finds_nothing(api_as, db, other_org, tree):
    other = Tree(db, other_org)
    body = (await api_as("viewer").get(URL, params={"developmentId": str(other.hnw.id)})).json()
    assert body["total"] == 0


async def test_the_development_filter_costs_the_same_queries_for_many(api_as, db, org, count_queries, tree):
    viewer = api_as("viewer")
    params = {"developmentId": str(tree.hnw.id), "pageSize": 200}
    await viewer.get(URL, params=params)
    with count_queries() as few:
        await viewer.get(URL, params=params)
    for n in range(30):
        make_intervention(db, org, f"Extra {n}", learning_goals=[tree.hnw_lg, tree.hnw_other_lg])
    with count_queries() as many:
        body = (await viewer.get(URL, params=params)).json()
    assert body["total"] == 33 and many.n == few.n


async def test_the_export_takes_the_same_filters(api_as, tree):
    r = await api_as("viewer").get(f"{URL}/export", params={"year": 2014, "format": "csv",
                                                          "developmentId": str(tree.hnw.id), "audience": "all"})
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig")), delimiter=";"))
    assert [row[1] for row in rows[1:]] == ["Loopbaanscan", "Spelsimulatie HNW"]
    assert rows[1][6:8] == ["Mobiliteit; Het Nieuwe Werken", "Loopbaanbewust; Plaatsonafhankelijk werken"] or \
        rows[1][6:8] == ["Het Nieuwe Werken; Mobiliteit", "Plaatsonafhankelijk werken; Loopbaanbewust"]


async def test_the_summary_sheet_counts_and_sums_with_formula_totals(api_as, db, org, tree):
    make_intervention(db, org, "Start in mei", years=(2014,), starts_on=date(2014, 5, 1),
                      period="mei – december", frequency="6 × per jaar", notes="Uit het plan")
    book = load_workbook(io.BytesIO((await api_as("viewer").get(f"{URL}/export", params={"year": 2014})).content))
    assert book.sheetnames[0] == "Overzicht"
    rows = [[cell.value for cell in row] for row in book["Overzicht"].iter_rows()]
    assert rows[0][0] == "Uitvoeringsprogramma 2014 — Gemeente Eenstad"
    by_label = {row[0]: row for row in rows if row[0]}
    # Spelsimulatie 15000, Loopbaanscan 100, Start in mei 0 (strategic development); Taalcursus basic skill.
    assert by_label["Organisatieontwikkeling"][1:] == [3, 1600, 15100]
    assert by_label["Basisvaardigheden"][1:] == [1, 0, 0]
    assert by_label["Management development"][1:] == [1, 210, 0]
    assert by_label["Strategisch"][1:] == [3, 1600, 15000] and by_label["Persoonlijk"][1:] == [1, 0, 100]
    assert by_label["Het Nieuwe Werken"][1:] == [3, 1810, 15100]
    assert by_label["Mobiliteit"][1:] == [1, 0, 100]
    assert by_label["Zonder organisatieontwikkeling"][1:] == [2, 0, 0]
    totals = [index for index, row in enumerate(rows, start=1) if row[0] == "Totaal"]
    assert len(totals) == 2  # categories and streams add up; developments overlap, so they get a note instead
    first_total = rows[totals[0] - 1]
    assert first_total[1:] == [f"=SUM(B{totals[0] - 5}:B{totals[0] - 1})", f"=SUM(C{totals[0] - 5}:C{totals[0] - 1})",
                               f"=SUM(D{totals[0] - 5}:D{totals[0] - 1})"]
    assert sum(rows[n - 1][1] for n in range(totals[0] - 5, totals[0])) == 5  # what the formula adds up
    sheet = book["Organisatieontwikkeling"]
    header = [c.value for c in sheet[1]]
    found = next(r for r in sheet.iter_rows() if r[0].value == "Start in mei")
    line = {header[i]: c.value for i, c in enumerate(found)}
    assert line["Startdatum"].date().isoformat() == "2014-05-01" and line["Periode"] == "mei – december"
    assert line["Frequentie"] == "6 × per jaar" and line["Opmerkingen"] == "Uit het plan"


async def test_a_dutch_export_is_dutch_throughout(api_as, tree):
    book = load_workbook(io.BytesIO((await api_as("viewer").get(f"{URL}/export", params={"year": 2014})).content))
    english = {"strategic", "functional", "personal", "new", "existing", "all", "managers", "training_programme"}
    texts = {str(c.value) for s in book.worksheets for row in s.iter_rows() for c in row if isinstance(c.value, str)}
    assert not texts & english


async def test_the_budget_summary_sets_the_planned_learning_time_against_the_norm(api_as, db, org, tree):
    org.learning_days_per_fte = Decimal("12")
    db.add(org)
    make_team(db, org, name="Publiekszaken", fte="100.0", year=2014)
    db.flush()
    days = (await api_as("viewer").get("/api/v1/budget-summary", params={"year": 2014})).json()["learningDays"]
    # 4 h x 400 + 7 h x 30 = 1810 h = 226.25 days of 8 h, against 12 x 100 = 1200 days.
    assert (days["plannedHours"], days["plannedDays"], days["availableDays"]) == ("1810.00", "226.25", "1200.00")
    assert days["plannedPercentOfNorm"] == "18.85" and days["plannedDaysPerFte"] == "2.26"
    assert {s["stream"]: s["hours"] for s in days["byStream"]} == {
        "strategic": "1600.00", "functional": "210.00", "personal": "0.00"}
    assert {c["category"]: c["hours"] for c in days["byCategory"]}["management_development"] == "210.00"
    assert days["programmeSize"] == 4 and days["withoutHours"] == ["Loopbaanscan", "Taalcursus"]


async def test_a_team_has_notes(api_as):
    editor = api_as("editor")
    r = await editor.post("/api/v1/teams", json={"year": 2014, "name": "Publiekszaken", "fte": "30.0",
                                                  "notes": "Leervraag: klantcontact aan de balie."})
    assert r.status_code == 201, r.text
    assert r.json()["notes"] == "Leervraag: klantcontact aan de balie."
    r = await editor.patch(f"/api/v1/teams/{r.json()['id']}", json={"notes": ""},
                           headers={"If-Match": r.headers["ETag"]})
    assert r.status_code == 200 and r.json()["notes"] == ""
