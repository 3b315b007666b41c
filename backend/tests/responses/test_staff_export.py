"""A round's export opens again with the values in it: one row per response, V1.. per question in position order,
a 0/1 column per option of a multiple choice question, numbers as numbers, open answers inert, the respondent
columns of the anonymity mode, and a codebook."""

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from app.core.vocabulary import AnonymityMode
from tests.responses.staff_factories import make_person, make_response, make_round, make_survey

pytestmark = pytest.mark.anyio
QUESTION_COLUMNS = ["V1", "V2", "V3", "V4", "V5_trainer", "V5_oefenen", "V5_groep"]


def read_csv(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def filled(db, org, mode):
    instrument, questions = make_survey(db, org)
    round_ = make_round(db, org, instrument, anonymity=mode, title="Voormeting Schrijven groep 3")
    named = mode is AnonymityMode.named
    make_response(db, org, round_, questions, [4, 9, "oefenen", "=HYPERLINK(\"x\")", ["trainer", "groep"]],
                  person=make_person(db, org, name="Anna de Vries", employee_number="1001") if named else None,
                  pseudonym="p1" if mode is AnonymityMode.pseudonymous else None, day=date(2026, 9, 2))
    make_response(db, org, round_, questions, [2, 0, "trainer", None, []],
                  person=make_person(db, org, name="Bram Jansen", employee_number="1002") if named else None,
                  pseudonym="p2" if mode is AnonymityMode.pseudonymous else None, day=date(2026, 9, 3))
    return round_


async def test_the_xlsx_holds_numbers_options_as_columns_and_a_codebook(api_as, db, org):
    round_ = filled(db, org, AnonymityMode.named)
    response = await api_as("viewer").get(f"/api/v1/rounds/{round_.id}/responses/export", params={"format": "xlsx"})
    assert response.status_code == 200
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="antwoorden-voormeting-schrijven-groep-3-')
    assert disposition.endswith('.xlsx"')
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Antwoorden", "Codeboek"]
    rows = list(workbook["Antwoorden"].iter_rows(values_only=True))
    assert list(rows[0]) == ["Personeelsnummer", "Naam", "Ingevuld", *QUESTION_COLUMNS]
    anna, bram = rows[1], rows[2]
    assert anna[:2] == ("1001", "Anna de Vries") and anna[2].date() == date(2026, 9, 2)
    assert list(anna[3:]) == [4, 9, 2, "'=HYPERLINK(\"x\")", 1, 0, 1]
    assert list(bram[3:]) == [2, 0, 1, None, 0, 0, 0]
    assert workbook["Antwoorden"]["G2"].data_type == "s"  # the open answer is text, not a formula
    codebook = {row[0]: row for row in workbook["Codeboek"].iter_rows(min_row=2, values_only=True)}
    assert codebook["V1"][1] == "Ik schrijf helder."
    assert "1 = Helemaal oneens" in codebook["V1"][3] and "5 = Helemaal eens" in codebook["V1"][3]
    assert codebook["V3"][3] == "1 = De trainer (trainer); 2 = Het oefenen (oefenen); 3 = De groep (groep)"
    assert codebook["V5_groep"][1] == "Wat hielp je?: De groep" and codebook["V5_groep"][3].startswith("1 = gekozen")


async def test_the_csv_is_dutch_excel_ready_and_formula_safe(api_as, db, org):
    round_ = filled(db, org, AnonymityMode.named)
    response = await api_as("viewer").get(f"/api/v1/rounds/{round_.id}/responses/export", params={"format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].endswith('.csv"')
    rows = read_csv(response.content)
    assert rows[0] == ["Personeelsnummer", "Naam", "Ingevuld", *QUESTION_COLUMNS]
    assert rows[1] == ["1001", "Anna de Vries", "2026-09-02", "4", "9", "2", "'=HYPERLINK(\"x\")", "1", "0", "1"]
    assert rows[2] == ["1002", "Bram Jansen", "2026-09-03", "2", "0", "1", "", "0", "0", "0"]


async def test_a_pseudonymous_export_codes_each_response_not_by_its_pseudonym(api_as, db, org):
    round_ = filled(db, org, AnonymityMode.pseudonymous)
    response = await api_as("viewer").get(f"/api/v1/rounds/{round_.id}/responses/export", params={"format": "csv"})
    rows = read_csv(response.content)
    assert rows[0] == ["Respondent", "Ingevuld", *QUESTION_COLUMNS]
    assert [row[0] for row in rows[1:]] == ["R001", "R002"]
    assert b"p1" not in response.content and b"Anna" not in response.content


async def test_an_anonymous_export_has_no_respondent_column(api_as, db, org):
    round_ = filled(db, org, AnonymityMode.anonymous)
    response = await api_as("viewer").get(f"/api/v1/rounds/{round_.id}/responses/export", params={"format": "xlsx"})
    rows = list(load_workbook(io.BytesIO(response.content))["Antwoorden"].iter_rows(values_only=True))
    assert list(rows[0]) == ["Ingevuld", *QUESTION_COLUMNS] and len(rows) == 3


async def test_the_codebook_as_csv_and_an_unknown_format_is_a_400(api_as, db, org):
    round_ = filled(db, org, AnonymityMode.anonymous)
    client = api_as("viewer")
    response = await client.get(f"/api/v1/rounds/{round_.id}/responses/codebook")
    assert response.headers["content-disposition"].startswith('attachment; filename="codeboek-voormeting-')
    rows = read_csv(response.content)
    assert rows[0] == ["Kolom", "Vraag", "Soort", "Waarden"]
    assert [row[0] for row in rows[1:]] == ["Ingevuld", *QUESTION_COLUMNS]
    bad = await client.get(f"/api/v1/rounds/{round_.id}/responses/export", params={"format": "sav"})
    assert bad.status_code == 400 and bad.json()["errors"][0]["pointer"].endswith("format")


async def test_an_empty_round_exports_its_header_only(api_as, db, org):
    instrument, _ = make_survey(db, org)
    round_ = make_round(db, org, instrument, anonymity=AnonymityMode.named)
    response = await api_as("viewer").get(f"/api/v1/rounds/{round_.id}/responses/export", params={"format": "csv"})
    rows = read_csv(response.content)
    assert rows == [["Personeelsnummer", "Naam", "Ingevuld", *QUESTION_COLUMNS]]
    assert 'antwoorden-effectmeting-klantgericht-schrijven-' in response.headers["content-disposition"]
