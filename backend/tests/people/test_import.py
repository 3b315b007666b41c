import io
from datetime import date

import pytest
from openpyxl import Workbook
from sqlmodel import select

from app.people.importing import MAX_ROWS
from app.people.models import Person
from tests.people.factories import make_person

pytestmark = pytest.mark.anyio
# As AFAS exports it: `;`, a BOM, Dutch headers with "Medewerker" holding the number next to "Naam".
AFAS = ("\ufeffMedewerker;Personeelsnummer;Naam;E-mail zakelijk;Afdeling;Datum uit dienst;Functie\r\n"
        "X;10001;Anouk de Vries (test);a.devries@example.org;Sociaal Domein;;Consulent\r\n"
        "X;10002;Bram Jansen (test);b.jansen@example.org;Burgerzaken;31-12-2026;Adviseur\r\n"
        "X;10003;;c.bakker@example.org;Burgerzaken;;Adviseur\r\n"
        "X;10004;Daan Smit (test);geen-adres;Burgerzaken;;Adviseur\r\n").encode("utf-8")


async def upload(client, content: bytes, name: str = "medewerkers.csv", **params):
    return await client.post("/api/v1/people/import", params=params, files={"file": (name, content)})


async def test_an_afas_file_is_previewed_with_every_row_error_then_the_good_rows_are_imported(api_as, db, org):
    make_person(db, org, employee_number="10002", name="Bram Jansen (test)", email="oud@example.org",
                team="Burgerzaken")
    make_person(db, org, employee_number="99999", name="Niet in het bestand (test)")
    editor = api_as("editor")
    r = await upload(editor, AFAS, dryRun="true")
    assert r.status_code == 200, r.text
    preview = r.json()
    assert [(c["header"], c["field"]) for c in preview["columns"]] == [
        ("Medewerker", None), ("Personeelsnummer", "employeeNumber"), ("Naam", "name"),
        ("E-mail zakelijk", "email"), ("Afdeling", "team"), ("Datum uit dienst", "leftOn"), ("Functie", None)]
    assert [(row["row"], row["outcome"]) for row in preview["rows"]] == [
        (2, "created"), (3, "updated"), (4, None), (5, None)]
    assert [(e["pointer"], e["code"]) for e in preview["errors"]] == [("/rows/4/name", "missing"),
                                                                      ("/rows/5/email", "string_pattern_mismatch")]
    assert [p["name"] for p in preview["missing"]] == ["Niet in het bestand (test)"]
    assert preview["counts"]["created"] == 1 and preview["invalid"] == 2
    assert len(db.exec(select(Person)).all()) == 2

    r = await upload(editor, AFAS)
    assert r.status_code == 400 and r.json()["code"] == "import_rows_invalid"
    assert len(r.json()["errors"]) == 2

    r = await upload(editor, AFAS, onlyValid="true", markMissingAsLeft="true")
    assert r.status_code == 201, r.text
    assert r.json()["counts"] == {"created": 1, "updated": 1, "unchanged": 0, "markedAsLeft": 1, "refused": 0}
    db.expire_all()
    people = {p.employee_number: p for p in db.exec(select(Person)).all()}
    assert set(people) == {"10001", "10002", "99999"}
    assert people["10002"].email == "b.jansen@example.org" and people["10002"].left_on == date(2026, 12, 31)
    assert people["99999"].left_on == date.today()
    assert people["10001"].team == "Sociaal Domein"


async def test_a_reimport_updates_by_number_and_only_the_columns_the_file_has(api_as, db, org):
    make_person(db, org, employee_number="E1", name="Old Name (test)", email="keep@example.org", team="Finance")
    content = b"Employee number,Name,Department\nE1,New Name (test),Finance\nE2,Second (test),HR\n"
    editor = api_as("editor")
    r = await upload(editor, content)
    assert r.status_code == 201, r.text
    assert [row["outcome"] for row in r.json()["rows"]] == ["updated", "created"]
    db.expire_all()
    first = db.exec(select(Person).where(Person.employee_number == "E1")).one()
    assert first.name == "New Name (test)" and first.email == "keep@example.org"
    r = await upload(editor, content)
    assert [row["outcome"] for row in r.json()["rows"]] == ["unchanged", "unchanged"]


async def test_a_youforce_xlsx_is_read_and_a_number_twice_is_an_error(api_as):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Persnr", "Medewerker", "E-mailadres", "Team"])
    sheet.append([5001, "Esra Yilmaz (test)", "e.yilmaz@example.org", "Team Jeugd"])
    sheet.append([5001, "Esra Yilmaz (test)", "e.yilmaz@example.org", "Team Jeugd"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    r = await upload(api_as("editor"), buffer.getvalue(), "youforce.xlsx", dryRun="true")
    assert r.status_code == 200, r.text
    assert r.json()["rows"][0]["cells"]["employeeNumber"] == "5001"
    assert r.json()["rows"][0]["name"] == "Esra Yilmaz (test)"
    assert [(e["pointer"], e["code"]) for e in r.json()["errors"]] == [("/rows/3/employeeNumber", "duplicate")]


async def test_a_file_without_a_number_column_or_with_too_many_rows_is_refused(api_as):
    editor = api_as("editor")
    r = await upload(editor, b"Naam;Team\nA;B\n", dryRun="true")
    assert r.status_code == 400 and r.json()["errors"][0]["code"] == "missing_column"
    rows = "".join(f"{n};Persoon {n}\n" for n in range(MAX_ROWS + 1))
    r = await upload(editor, f"Personeelsnummer;Naam\n{rows}".encode(), dryRun="true")
    assert r.status_code == 400
    assert [(e["pointer"], e["code"]) for e in r.json()["errors"]] == [("/file", "too_many_rows")]
    assert (await upload(api_as("viewer"), b"x", dryRun="true")).status_code == 403


async def test_ten_thousand_people_import_in_one_request_at_a_constant_number_of_queries(api_as, count_queries):
    """A whole municipality's HR export: previewed, then imported, each in one request, with the statements a few
    bulk ones (not one per person)."""
    rows = "".join(f"{20000 + n};Medewerker {n} (test);m{n}@example.org;Team {n % 40}\r\n" for n in range(10_000))
    content = ("\ufeffPersoneelsnummer;Naam;E-mail;Afdeling\r\n" + rows).encode("utf-8")
    assert len(content) < 2 * 1024 * 1024  # within the request body limit
    editor = api_as("editor")
    with count_queries() as preview_queries:
        preview = await upload(editor, content, dryRun="true")
    assert preview.status_code == 200, preview.text[:500]
    assert len(preview.json()["rows"]) == 10_000 and not preview.json()["errors"]
    with count_queries() as import_queries:
        done = await upload(editor, content)
    assert done.status_code == 201, done.text[:500]
    assert done.json()["counts"]["created"] == 10_000
    assert preview_queries.n < 40 and import_queries.n < 80  # bulk statements, in chunks of hundreds
    listed = (await editor.get("/api/v1/people", params={"pageSize": 1})).json()
    assert listed["total"] == 10_000
