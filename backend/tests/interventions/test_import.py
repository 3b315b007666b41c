"""Importing interventions from CSV and XLSX: headers in Dutch or English, every row validated first,
nothing written on errors unless asked, and a dry run that writes nothing."""

import io

import pytest
from openpyxl import Workbook
from sqlmodel import select

from app.core.audit import AuditEvent
from app.interventions.models import ExecutionEntry, Intervention
from tests.interventions.factories import PlanItems

pytestmark = pytest.mark.anyio
URL = "/api/v1/interventions/import"

DUTCH_CSV = (
    "Naam;Status;Doel;Inhoud;Doelgroep;Categorie;Leervorm;Kosten;Kosten per deelnemer;Aantal deelnemers;"
    "Jaren;Thema's;Verplicht;Duur dagen;Kolbfasen\n"
    "Hostmanship-training;nieuw;Gastvrij zijn;Twee dagdelen;Medewerkers met klantcontact;strategisch thema;"
    "training;1.500,00;125,50;40;2014-2016;Hostmanship;ja;1;concrete ervaring, reflectie\n"
    "Intervisie;Deels bestaand;Leren van elkaar;Zes bijeenkomsten;Teamleiders;Management development;"
    "intervisie;0;;;2015;;nee;;\n"
)


def upload(content: bytes | str, name: str = "interventies.csv"):
    data = content.encode("utf-8") if isinstance(content, str) else content
    return {"file": (name, data, "application/octet-stream")}


def workbook(rows: list[list]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def stored(db) -> list[Intervention]:
    return list(db.exec(select(Intervention).order_by(Intervention.title)))


async def test_dutch_csv_with_bom_is_imported_with_every_attribute(api_as, db, org):
    items = PlanItems(db, org)
    r = await api_as("editor").post(URL, files=upload("\ufeff" + DUTCH_CSV))
    assert r.status_code == 201, r.text
    result = r.json()
    assert (result["total"], result["valid"], result["invalid"], result["created"]) == (2, 2, 0, 2)
    first, second = stored(db)
    assert first.title == "Hostmanship-training" and first.status == "new" and first.category == "strategic_theme"
    assert first.cost_fixed == 1500 and str(first.cost_per_participant) == "125.50"
    assert first.expected_participants == 40
    assert first.mandatory is True and first.target_group == "Medewerkers met klantcontact"
    assert second.status == "partly_existing" and second.category == "management_development"
    assert second.learning_form == "intervision" and second.expected_participants is None
    years = db.exec(select(ExecutionEntry.year).where(ExecutionEntry.intervention_id == first.id)
                    .order_by(ExecutionEntry.year)).all()
    assert years == [2014, 2015, 2016]
    detail = (await api_as("viewer").get(f"/api/v1/interventions/{first.id}")).json()
    assert detail["themeIds"] == [str(items.themes[0].id)]
    assert detail["kolbPhases"] == ["concrete_experience", "reflective_observation"]
    assert [row["id"] for row in result["rows"]] == [str(first.id), str(second.id)]
    events = db.exec(select(AuditEvent).where(AuditEvent.action == "intervention.imported")).all()
    assert {e.entity_id for e in events} == {first.id, second.id}


async def test_english_xlsx_headers_in_any_case_and_spacing(api_as, db):
    content = workbook([
        ["  NAME ", "status", "Goal", "CONTENT", "Target  group", "Funding stream", "Expected participants",
         "Colour"],
        ["Time management", "existing", "Plan your week", "E-learning", "Everyone", "personal", 12, "ignored"],
    ])
    r = await api_as("editor").post(URL, files=upload(content, "catalogue.xlsx"))
    assert r.status_code == 201, r.text
    (row,) = stored(db)
    assert (row.title, row.status, row.goal, row.content, row.target_group) == (
        "Time management", "existing", "Plan your week", "E-learning", "Everyone")
    assert row.funding_stream == "personal" and row.expected_participants == 12
    assert {c["header"]: c["field"] for c in r.json()["columns"]}["Colour"] is None


BAD_CSV = (
    "naam,status,doel,inhoud,doelgroep,kosten,jaren\n"
    "Goede training,bestaand,a,b,c,100,2014\n"
    "Slechte status,misschien,a,b,c,100,2014\n"
    ",nieuw,zonder naam,b,c,100,2014\n"
    "Slechte kosten,nieuw,a,b,c,-5,twintig\n"
)


async def test_errors_are_listed_per_row_and_column_and_nothing_is_written(api_as, db):
    r = await api_as("editor").post(URL, files=upload(BAD_CSV))
    assert r.status_code == 400
    problem = r.json()
    assert "nothing was imported" in problem["detail"]
    pointers = sorted(e["pointer"] for e in problem["errors"])
    assert pointers == ["/rows/3/status", "/rows/4/title", "/rows/5/costFixed", "/rows/5/years"]
    status_error = next(e for e in problem["errors"] if e["pointer"] == "/rows/3/status")
    assert "misschien" in status_error["detail"] and status_error["code"] == "unknown_value"
    assert stored(db) == []
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "intervention.imported")).all() == []


async def test_only_valid_writes_only_the_valid_rows(api_as, db):
    r = await api_as("editor").post(URL, files=upload(BAD_CSV), params={"onlyValid": "true"})
    assert r.status_code == 201, r.text
    result = r.json()
    assert (result["valid"], result["invalid"], result["created"]) == (1, 3, 1)
    assert [i.title for i in stored(db)] == ["Goede training"]
    assert [row["id"] is not None for row in result["rows"]] == [True, False, False, False]


async def test_dry_run_previews_every_row_and_writes_nothing(api_as, db, org):
    PlanItems(db, org)
    r = await api_as("editor").post(URL, files=upload(BAD_CSV), params={"dryRun": "true"})
    assert r.status_code == 200, r.text
    result = r.json()
    assert result["dryRun"] is True and result["created"] == 0 and result["total"] == 4
    rows = {row["row"]: row for row in result["rows"]}
    assert rows[2]["valid"] is True and rows[2]["cells"]["title"] == "Goede training"
    assert [e["pointer"] for e in rows[3]["errors"]] == ["/rows/3/status"]
    assert stored(db) == []
    good = await api_as("editor").post(URL, files=upload(DUTCH_CSV), params={"dryRun": "true"})
    assert good.status_code == 200 and good.json()["valid"] == 2 and stored(db) == []


async def test_a_theme_name_that_does_not_exist_is_a_row_error(api_as, db, org, other_org):
    PlanItems(db, other_org)  # their "Hostmanship" is not ours
    csv = "naam;thema's\nTraining;Hostmanship\n"
    r = await api_as("editor").post(URL, files=upload(csv))
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/rows/2/themeIds"


async def test_another_organisations_theme_id_is_a_row_error(api_as, db, org, other_org):
    theirs = PlanItems(db, other_org)
    csv = f"naam;thema's\nTraining;{theirs.themes[0].id}\n"
    r = await api_as("editor").post(URL, files=upload(csv))
    assert r.status_code == 400 and r.json()["errors"][0]["pointer"] == "/rows/2/themeIds/0"


@pytest.mark.parametrize(("content", "name", "code"), [
    (b"", "leeg.csv", "empty_file"),
    (b"doel;inhoud\na;b\n", "x.csv", "missing_column"),
    (b"naam;titel\na;b\n", "x.csv", "duplicate_column"),
    (b"naam\n", "x.csv", "empty_file"),
    (b"PK\x03\x04 not really a zip", "x.xlsx", "unreadable_file"),
    (b"\x00\x01\x02", "x.csv", "unreadable_file"),
])
async def test_unusable_files_are_400(api_as, content, name, code):
    r = await api_as("editor").post(URL, files=upload(content, name))
    assert r.status_code == 400, r.text
    assert r.json()["errors"][0]["code"] == code


async def test_viewer_cannot_import(api_as, db):
    r = await api_as("viewer").post(URL, files=upload(DUTCH_CSV))
    assert r.status_code == 403 and stored(db) == []


async def test_a_file_over_the_body_limit_is_413(api_as, settings):
    r = await api_as("editor").post(URL, files=upload(b"naam\n" + b"x" * (settings.max_body_bytes + 1)))
    assert r.status_code == 413


async def test_a_dutch_file_reads_4800_as_four_thousand_eight_hundred_and_the_preview_shows_it(api_as, db, org):
    csv = ("Naam;Kosten;Kosten per deelnemer;Aantal deelnemers\n"
           "Training A;4.800;12,50;10\nTraining B;€ 4.800,50;;\nTraining C;2400;0;\n")
    r = await api_as("editor").post(URL, files=upload(csv), params={"dryRun": "true"})
    assert r.status_code == 200, r.text
    result = r.json()
    assert (result["numberFormat"], result["numberFormatSource"]) == ("nl", "headers")
    rows = {row["title"]: row for row in result["rows"]}
    assert rows["Training A"]["amounts"] == {"costFixed": "4800.00", "costPerParticipant": "12.50"}
    assert rows["Training A"]["totalCost"] == "4925.00"
    assert rows["Training B"]["amounts"] == {"costFixed": "4800.50"} and rows["Training B"]["totalCost"] == "4800.50"
    assert result["totalCost"] == "12125.50" and stored(db) == []


async def test_an_english_file_reads_the_english_way_and_the_parameter_overrides_the_headers(api_as, db, org):
    csv = "Name;Cost fixed\nTraining;4,800.50\n"
    r = await api_as("editor").post(URL, files=upload(csv), params={"dryRun": "true"})
    assert r.json()["numberFormat"] == "en" and r.json()["rows"][0]["amounts"] == {"costFixed": "4800.50"}
    r = await api_as("editor").post(URL, files=upload("Naam;Kosten\nTraining;4.80\n"),
                                    params={"dryRun": "true", "numberFormat": "en"})
    assert (r.json()["numberFormat"], r.json()["numberFormatSource"]) == ("en", "parameter")
    assert r.json()["rows"][0]["amounts"] == {"costFixed": "4.80"}


async def test_an_amount_that_reads_only_the_other_way_is_a_row_error_never_a_guess(api_as, db, org):
    r = await api_as("editor").post(URL, files=upload("Naam;Kosten\nTraining;4.80\nGoed;4.800\n"))
    assert r.status_code == 400
    (error,) = r.json()["errors"]
    assert error["pointer"] == "/rows/2/costFixed" and error["code"] == "ambiguous_number"
    assert error["params"] == {"text": "4.80", "other": "4.80", "numberFormat": "nl"}
    assert stored(db) == []


async def test_a_workbook_number_cell_is_read_as_the_number_it_is(api_as, db, org):
    r = await api_as("editor").post(URL, files=upload(workbook([["Naam", "Kosten"], ["Training", 4800.5]]),
                                                      "interventies.xlsx"), params={"dryRun": "true"})
    assert r.json()["rows"][0]["amounts"] == {"costFixed": "4800.50"}
