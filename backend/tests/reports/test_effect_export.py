"""The effect report's files: the workbook opens with openpyxl and holds the report's numbers (as numbers) and no
withheld figure; the CSV is what Dutch Excel opens; texts never run as a formula."""

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from app.core.vocabulary import MeasurementLevel, QuestionType
from app.reports import effect_export
from app.reports.effect import effect_report
from app.reports.schemas import ReportRowKind
from tests.factories import make_scope
from tests.reports import effect_data as data

pytestmark = pytest.mark.anyio
DAY = date(2026, 12, 2)


@pytest.fixture
def study(db, org):
    return data.make_study(db, org)


def export(db, study, file_format, **filters):
    values = {"level": None, "dimension": None, "competency_id": None, **filters}
    return effect_export.export(db, make_scope(study.org), study.cohort.id, file_format=file_format, today=DAY,
                                **values)


def test_the_workbook_holds_the_reports_numbers_and_no_withheld_figure(db, study):
    content, media_type, name = export(db, study, "xlsx")
    assert media_type == effect_export.XLSX_MEDIA_TYPE
    assert name == "effectrapportage-traineeship-2026-b-2026-12-02.xlsx"
    book = load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Samenvatting", "Vragen", "Groepen"]
    summary = [[cell.value for cell in line] for line in book["Samenvatting"].iter_rows()]
    assert summary[0][:2] == ["Effectrapportage", "Traineeship 2026-B"]
    rounds = [line for line in summary if line[0] == "Voormeting" and line[2] == "Gepseudonimiseerd"]
    assert rounds[0][5:8] == [15, 13, pytest.approx(13 / 15)]
    questions = list(book["Vragen"].iter_rows(values_only=True))
    header = list(questions[0])
    assert header == list(effect_export.HEADERS)
    at = {name: header.index(name) for name in header}
    report = effect_report(db, make_scope(study.org), study.cohort.id)
    first = report.rows[0]
    line = questions[1]
    assert (line[at["Soort"]], line[at["Omschrijving"]], line[at["Nr"]]) == ("Vraag", first.label, 1)
    assert line[at["n"]] == first.moments[0].n and line[at["Gemiddelde"]] == pytest.approx(first.moments[0].mean)
    change = questions[1 + len(first.moments)]
    assert change[at["p"]] == pytest.approx(first.changes[0].p) and change[at["Gepaard of ongepaard"]] == "Gepaard"
    assert book["Vragen"].cell(row=2, column=at["Gemiddelde"] + 1).number_format == "0.00"
    # the sparse question after week 1: every figure empty, the reason given
    sparse = [line for line in questions[1:] if line[at["Omschrijving"]] == study.questions[data.SPARSE].text]
    withheld = sparse[1]
    assert withheld[at["Niet getoond"]] == f"Minder dan {data.MINIMUM} respondenten"
    assert all(withheld[at[name]] is None for name in ("n", "Gemiddelde", "SD"))
    numbers = [value for line in questions[1:] for value in line if isinstance(value, float)]
    assert numbers and len(questions) - 1 == sum(len(r.moments) + len(r.changes) for r in report.rows
                                                 if r.kind == ReportRowKind.question)
    groups = list(book["Groepen"].iter_rows(values_only=True))[1:]
    assert {line[at["Soort"]] for line in groups} == {"Niveau", "Dimensie", "Competentie", "Transferhefboom"}
    assert ("Niveau", "Deelnemer") in {(line[0], line[1]) for line in groups}
    for line in groups + questions[1:]:
        if line[at["Niet getoond"]]:
            assert all(line[at[name]] is None for name in ("n", "Gemiddelde", "SD", "Verschil", "p"))


def test_the_csv_opens_in_dutch_excel(db, study):
    content, media_type, name = export(db, study, "csv", level=MeasurementLevel.participant)
    assert media_type.startswith("text/csv") and name.endswith(".csv")
    assert content.startswith("\ufeff".encode()) and b"\r\n" in content
    lines = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert lines[0] == list(effect_export.HEADERS)
    report = effect_report(db, make_scope(study.org), study.cohort.id, level=MeasurementLevel.participant)
    first = report.rows[0].moments[0]
    at = {name: i for i, name in enumerate(lines[0])}
    assert lines[1][at["n"]] == str(first.n)
    assert lines[1][at["Gemiddelde"]] == f"{first.mean:.4f}".replace(".", ",")
    assert len(lines) - 1 == sum(len(r.moments) + len(r.changes) for r in report.rows)
    assert {line[0] for line in lines[1:]} == {"Vraag", "Niveau", "Dimensie", "Transferhefboom"}


def test_texts_never_run_as_a_formula(db, org):
    from tests.reports.factories import answer_rounds, make_cohort, make_effect_instrument, make_people, make_rounds

    instrument, questions = make_effect_instrument(db, org, [{"type": QuestionType.likert_5,
                                                              "text": "=HYPERLINK(\"x\")"}])
    cohort = make_cohort(db, org, name="@groep")
    rounds = make_rounds(db, org, cohort, instrument, data.MOMENTS[:1])
    answer_rounds(db, org, cohort, rounds, questions, make_people(db, org, 5), [{p: [3] for p in range(5)}])
    content, _, _ = effect_export.export(db, make_scope(org), cohort.id, file_format="xlsx", level=None,
                                         dimension=None, competency_id=None, today=DAY)
    cell = load_workbook(io.BytesIO(content))["Vragen"].cell(row=2, column=2)
    assert cell.data_type == "s" and cell.value == "'=HYPERLINK(\"x\")"
    text, _, _ = effect_export.export(db, make_scope(org), cohort.id, file_format="csv", level=None,
                                      dimension=None, competency_id=None, today=DAY)
    assert "'=HYPERLINK" in text.decode("utf-8-sig")


async def test_the_route_sends_the_file(api_as, db, study, other_org):
    client = api_as("viewer")
    response = await client.get(f"/api/v1/cohorts/{study.cohort.id}/effect-report/export",
                                params={"format": "csv", "level": "participant"})
    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"].startswith('attachment; filename="effectrapportage-traineeship')
    workbook = await client.get(f"/api/v1/cohorts/{study.cohort.id}/effect-report/export")
    assert workbook.headers["content-type"] == effect_export.XLSX_MEDIA_TYPE
    stranger = api_as("admin", organisation=other_org)
    assert (await stranger.get(f"/api/v1/cohorts/{study.cohort.id}/effect-report/export")).status_code == 404
