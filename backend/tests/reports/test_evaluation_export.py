"""The evaluation reports as files (issue 17 point 2): XLSX with Dutch sheets and headers, numbers as numbers, a
suppressed figure's cells empty and "Niet getoond" saying why, the open answers on their own sheet; CSV for Dutch
Excel; no figure of a suppressed group anywhere; another organisation's intervention is 404."""

import csv
import io
from datetime import date

import numpy as np
import pytest
from openpyxl import load_workbook

from app.core.vocabulary import EvaluationAspect
from tests.interventions.factories import make_intervention
from tests.reports.evaluation_factories import aspect_scores, make_evaluated_session, make_form, random_respondents
from tests.sessions.factories import make_trainer

pytestmark = pytest.mark.anyio
ASPECT_COLUMNS = [f"{name} ({scale}) {what}" for name, scale in (
    ("Trainer", "1-5"), ("Inhoud", "1-5"), ("Toegevoegde waarde", "1-5"), ("Locatie", "1-5"),
    ("Rapportcijfer", "0-10")) for what in ("n", "gemiddelde", "sd")]


def read_csv(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


@pytest.fixture
def evaluated(db, org):
    """=Agressie (a title that would run as a formula): sessions of 9 and 4 (too few; the 9 goes with it), by
    Anna at "Zaal 1" and by nobody at no location."""
    rng = np.random.default_rng(5)
    form = make_form(db, org)
    training = make_intervention(db, org, "=Agressie & geweld")
    big = random_respondents(rng, form, 9, texts=("Top", "=1+1"))
    small = random_respondents(rng, form, 4, texts=("Klein",))
    make_evaluated_session(db, org, form, intervention=training, respondents=big, day=date(2014, 2, 18),
                           trainer=make_trainer(db, org, name="Anna"), location="Zaal 1", invited=10)
    make_evaluated_session(db, org, form, intervention=training, respondents=small, day=date(2014, 6, 24))
    return training, form, big, small


async def test_the_xlsx_holds_the_figures_as_numbers_and_nothing_suppressed(api_as, db, org, evaluated):
    training, form, big, small = evaluated
    response = await api_as("viewer").get(f"/api/v1/interventions/{training.id}/evaluation-report/export",
                                          params={"year": 2014})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="evaluatie-agressie-geweld-2014.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Evaluatie", "Open antwoorden"]
    rows = list(workbook["Evaluatie"].iter_rows(values_only=True))
    assert list(rows[0]) == ["Soort", "Naam", "Datum", "Uitgenodigd", "Evaluaties", *ASPECT_COLUMNS, "Niet getoond"]
    assert [r[:2] for r in rows[1:]] == [
        ("Totaal", "'=Agressie & geweld"), ("Bijeenkomst", "'=Agressie & geweld"),
        ("Bijeenkomst", "'=Agressie & geweld"), ("Trainer", "Anna"), ("Trainer", "Geen trainer"),
        ("Locatie", "Zaal 1"), ("Locatie", "Locatie onbekend")]
    total = rows[1]
    assert total[3:5] == (14, 13) and total[-1] is None
    trainer = aspect_scores(form, big + small, EvaluationAspect.trainer)
    assert total[5:8] == (len(trainer), pytest.approx(float(np.mean(trainer))),
                          pytest.approx(float(np.std(trainer, ddof=1))))
    assert workbook["Evaluatie"]["F2"].number_format == "0" or isinstance(total[5], int)
    assert workbook["Evaluatie"]["G2"].number_format == "0.00"
    assert workbook["Evaluatie"]["B2"].data_type == "s"
    first, second = rows[2], rows[3]
    assert first[2].date() == date(2014, 2, 18) and first[3] == 10
    for suppressed in rows[2:]:  # every partition has a group of 4 and the group of 9 withheld beside it
        assert suppressed[4:-1] == (None,) * (1 + len(ASPECT_COLUMNS))
    assert first[-1] == "Verborgen zodat een kleine groep niet is terug te rekenen"
    assert second[-1] == "Minder dan 5 evaluaties"
    answers = [r[0] for r in workbook["Open antwoorden"].iter_rows(min_row=2, values_only=True)]
    assert sorted(answers) == sorted(["Top", "'=1+1"] * 4 + ["Top"] + ["Klein"] * 4)


async def test_the_csv_is_for_dutch_excel_with_decimal_commas(api_as, db, org, evaluated):
    training, form, big, small = evaluated
    response = await api_as("viewer").get(f"/api/v1/interventions/{training.id}/evaluation-report/export",
                                          params={"year": 2014, "format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].endswith('filename="evaluatie-agressie-geweld-2014.csv"')
    rows = read_csv(response.content)
    assert rows[0][:5] == ["Soort", "Naam", "Datum", "Uitgenodigd", "Evaluaties"] and rows[0][-1] == "Niet getoond"
    overall = aspect_scores(form, big + small, EvaluationAspect.overall)
    total = rows[1]
    assert total[:5] == ["Totaal", "'=Agressie & geweld", "", "14", "13"]
    assert total[-4:-1] == [str(len(overall)), f"{np.mean(overall):.2f}".replace(".", ","),
                            f"{np.std(overall, ddof=1):.2f}".replace(".", ",")]
    assert rows[2][2] == "2014-02-18" and rows[2][4:-1] == [""] * (1 + len(ASPECT_COLUMNS))
    assert len(rows) == 8


async def test_below_the_minimum_the_file_shows_no_figure_and_no_open_answer(api_as, db, org):
    rng = np.random.default_rng(6)
    form = make_form(db, org)
    training = make_intervention(db, org, "Mediation")
    make_evaluated_session(db, org, form, intervention=training, respondents=random_respondents(
        rng, form, 4, texts=("Geheim",)))
    response = await api_as("viewer").get(f"/api/v1/interventions/{training.id}/evaluation-report/export",
                                          params={"year": 2014})
    workbook = load_workbook(io.BytesIO(response.content))
    rows = list(workbook["Evaluatie"].iter_rows(values_only=True))
    assert all(r[4:-1] == (None,) * (1 + len(ASPECT_COLUMNS)) for r in rows[1:])
    assert rows[1][-1] == "Minder dan 5 evaluaties"
    answers = [r[0] for r in workbook["Open antwoorden"].iter_rows(values_only=True)]
    assert answers == ["Antwoord", "Niet getoond: minder dan 5 evaluaties"]
    assert b"Geheim" not in response.content


async def test_the_year_s_comparison_exports_ranked_per_sheet(api_as, db, org):
    rng = np.random.default_rng(7)
    form = make_form(db, org)
    anna = make_trainer(db, org, name="Anna")
    for title, n, shift in (("Laag", 6, -2.0), ("Hoog", 7, 1.5), ("Klein", 3, 0.0), ("Midden", 8, 0.0)):
        make_evaluated_session(db, org, form, intervention=make_intervention(db, org, title), trainer=anna,
                               location="Zaal 1", respondents=random_respondents(rng, form, n, shift=shift))
    client = api_as("viewer")
    response = await client.get("/api/v1/evaluation-overview/export", params={"year": 2014})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="evaluaties-2014.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Interventies", "Trainers", "Locaties"]
    rows = list(workbook["Interventies"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Plaats", "Soort", "Naam")
    assert [(r[0], r[2]) for r in rows[1:]] == [(1, "Hoog"), (2, "Midden"), (None, "Klein"), (None, "Laag")]
    assert rows[3][-1] == "Minder dan 5 evaluaties" and rows[4][5:-1] == (None,) * (1 + len(ASPECT_COLUMNS))
    assert [r[2] for r in workbook["Trainers"].iter_rows(min_row=2, values_only=True)] == ["Anna"]
    csv_rows = read_csv((await client.get("/api/v1/evaluation-overview/export",
                                          params={"year": 2014, "format": "csv"})).content)
    assert [r[1] for r in csv_rows[1:]] == ["Interventie"] * 4 + ["Trainer", "Locatie"]


async def test_another_organisation_s_intervention_exports_nothing(api_as, db, other_org):
    theirs = make_intervention(db, other_org)
    response = await api_as("viewer").get(f"/api/v1/interventions/{theirs.id}/evaluation-report/export")
    assert response.status_code == 404
