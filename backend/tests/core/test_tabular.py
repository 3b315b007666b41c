"""The generic tabular import, as a domain other than the catalogue would use it: a column mapping and an
input model are all it takes (here a small people import)."""

import io
from datetime import date
from decimal import Decimal
from enum import StrEnum

import pytest
from openpyxl import Workbook
from pydantic import BaseModel, EmailStr, Field

from app.core import cells, tabular
from app.core.cells import CellError
from app.core.errors import InvalidInput
from app.core.vocabulary import NumberFormat


class Role(StrEnum):
    employee = "employee"
    manager = "manager"


class PersonCreate(BaseModel):
    name: str = Field(min_length=1)
    email: EmailStr
    role: Role = Role.employee
    hours: Decimal | None = None
    active: bool = True
    team_ids: list[int] = []


PEOPLE = tabular.Spec(
    model=PersonCreate,
    headers={"name": ("name", "naam"), "email": ("email", "e-mail", "e-mailadres"), "role": ("role", "rol"),
             "hours": ("hours", "uren per week"), "active": ("active", "actief"), "team_ids": ("teams",)},
    required=("name", "email"),
    convert={"role": cells.choice(Role, {"medewerker": "employee", "leidinggevende": "manager"}),
             "hours": cells.decimal, "active": cells.boolean},
    deferred=frozenset({"team_ids"}),
    max_rows=3,
)
CSV = ("Naam;E-mailadres;Rol;Uren per week;Actief\n"
       "Anna;anna@example.org;leidinggevende;32,5;ja\n"
       "Bram;geen-adres;medewerker;veel;nee\n")


def parse(content: bytes, name: str = "mensen.csv", spec: tabular.Spec = PEOPLE) -> tabular.Parsed:
    return tabular.parse(tabular.read(content, name, max_rows=spec.max_rows), spec)


def test_a_mapping_and_a_model_turn_rows_into_input_and_errors():
    parsed = parse(CSV.encode())
    assert [(c.header, c.field) for c in parsed.columns] == [
        ("Naam", "name"), ("E-mailadres", "email"), ("Rol", "role"), ("Uren per week", "hours"),
        ("Actief", "active")]
    anna, bram = parsed.rows
    assert anna.valid and anna.data == PersonCreate(name="Anna", email="anna@example.org", role=Role.manager,
                                                   hours=Decimal("32.5"), active=True)
    assert not bram.valid and bram.data is None
    assert {(e["pointer"], e["code"]) for e in bram.errors} == {("/rows/3/hours", "not_a_number"),
                                                              ("/rows/3/email", "value_error")}
    assert bram.cells == {"name": "Bram", "email": "geen-adres", "role": "medewerker", "hours": "veel",
                          "active": "nee"}


def test_the_preview_writes_nothing_only_valid_writes_the_valid_and_otherwise_errors_are_a_400():
    assert tabular.to_write(parse(CSV.encode()), dry_run=True, only_valid=False) == []
    assert [row.number for row in tabular.to_write(parse(CSV.encode()), dry_run=False, only_valid=True)] == [2]
    with pytest.raises(InvalidInput) as refused:
        tabular.to_write(parse(CSV.encode()), dry_run=False, only_valid=False)
    assert "1 of 2 rows have errors" in refused.value.detail
    assert {e["pointer"] for e in refused.value.errors} == {"/rows/3/hours", "/rows/3/email"}


def test_deferred_fields_are_resolved_later_with_their_errors():
    content = b"name,email,teams\nAnna,anna@example.org,Noord; Zuid\nBram,bram@example.org,West\n"
    anna, bram = parse(content).rows
    known = {"noord": 1, "zuid": 2}

    def teams(text: str) -> list[int]:
        try:
            return [known[cells.normalise(item)] for item in cells.items(text)]
        except KeyError as missing:
            raise CellError("unknown_name", f"There is no team {missing}.") from None

    for row in (anna, bram):
        row.resolve("team_ids", teams)
    assert anna.data.team_ids == [1, 2]
    assert bram.data is None and bram.errors[0]["pointer"] == "/rows/3/teamIds"


def test_headers_in_english_camel_case_or_any_spacing_are_mapped():
    parsed = parse(b"  NAME ;Email;teamIds\nAnna;anna@example.org;\n")
    assert [c.field for c in parsed.columns] == ["name", "email", "teamIds"]


@pytest.mark.parametrize(("content", "code"), [
    (b"naam\nAnna\n", "missing_column"),
    (b"naam;name;email\nA;B;c@example.org\n", "duplicate_column"),
    (b"naam;email\n" + b"A;a@example.org\n" * 4, "too_many_rows"),
    (b"naam;email\n", "empty_file"),
    (b"", "empty_file"),
])
def test_files_that_cannot_be_imported_are_refused(content, code):
    with pytest.raises(InvalidInput) as refused:
        parse(content)
    assert refused.value.errors[0]["code"] == code


def test_a_workbook_gives_numbers_dates_and_booleans_as_text_and_its_sheet_names():
    book = Workbook()
    book.active.title = "manager"
    book.active.append(["Naam", "E-mail", "Uren per week", "Actief", "Sinds"])
    book.active.append(["Anna", "anna@example.org", 32.5, False, date(2014, 1, 6)])
    buffer = io.BytesIO()
    book.save(buffer)
    spec = tabular.Spec(**{**PEOPLE.__dict__, "sheet_field": "role"})
    (row,) = parse(buffer.getvalue(), "mensen.xlsx", spec).rows
    assert row.sheet == "manager" and row.cells["role"] == "manager"
    assert (row.cells["hours"], row.cells["active"]) == ("32.5", "nee")
    assert row.data.role == Role.manager and row.data.active is False


@pytest.mark.parametrize(("text", "number_format", "value"), [
    ("1.500,00", NumberFormat.nl, Decimal("1500.00")), ("4.800", NumberFormat.nl, Decimal("4800")),
    ("€ 4.800", NumberFormat.nl, Decimal("4800")), ("4800", NumberFormat.nl, Decimal("4800")),
    ("4.800,-", NumberFormat.nl, Decimal("4800")), ("4 800,5", NumberFormat.nl, Decimal("4800.5")),
    ("€ 12,5", NumberFormat.nl, Decimal("12.5")), ("-3", NumberFormat.nl, Decimal("-3")),
    ("1,500.00", NumberFormat.en, Decimal("1500.00")), ("4,800", NumberFormat.en, Decimal("4800")),
    ("4.80", NumberFormat.en, Decimal("4.80")), ("EUR 4,800.50", NumberFormat.en, Decimal("4800.50")),
])
def test_numbers_are_read_the_files_way(text, number_format, value):
    assert cells.decimal(text, number_format) == value


@pytest.mark.parametrize(("text", "number_format", "other"), [
    ("4.80", NumberFormat.nl, "4.80"), ("1,234", NumberFormat.nl, "1234.0"), ("1,500.00", NumberFormat.nl, "1500.00"),
    ("4.800", NumberFormat.en, "4800.0"), ("4,80", NumberFormat.en, "4.80"), ("4.800,50", NumberFormat.en, "4800.50"),
])
def test_a_number_that_reads_only_the_other_way_is_refused_not_guessed(text, number_format, other):
    with pytest.raises(CellError) as refused:
        cells.decimal(text, number_format)
    assert refused.value.code == "ambiguous_number" and refused.value.params["other"] == other


def test_a_number_stored_as_a_number_in_a_workbook_is_read_as_it_is():
    assert cells.decimal(cells.text_of(4800.5), NumberFormat.nl) == Decimal("4800.5")
    assert cells.integer(cells.text_of(12), NumberFormat.nl) == 12


def test_the_headers_language_chooses_the_number_format():
    english, neutral = frozenset({"name", "cost"}), frozenset({"status"})
    assert cells.number_format_of([("Naam", "name"), ("Kosten", "cost")], english, neutral) == NumberFormat.nl
    assert cells.number_format_of([("Name", "name"), ("Cost", "cost")], english, neutral) == NumberFormat.en
    assert cells.number_format_of([("Status", "status")], english, neutral) == NumberFormat.nl
    assert cells.number_format_of([("Name", "name"), ("Kosten", "cost")], english, neutral) == NumberFormat.nl


@pytest.mark.parametrize("text", ["abc", "NaN", "Infinity", "12,3,4.5.6", "4,8055"])
def test_what_is_not_a_finite_number_is_refused(text):
    with pytest.raises(CellError):
        cells.decimal(text)


def test_choices_converts_every_field_that_holds_a_choice_or_a_list_of_them():
    class Shift(BaseModel):
        role: Role = Role.employee
        stand_in: Role | None = None
        roles: list[Role] = []
        name: str = ""
        team_ids: list[int] = []

    convert = cells.choices(Shift, {Role: {"leidinggevende": "manager"}})

    assert sorted(convert) == ["role", "roles", "stand_in"]
    assert convert["role"]("Leidinggevende") == "manager"
    assert convert["stand_in"]("employee") == "employee"
    assert convert["roles"]("leidinggevende; employee, manager") == ["manager", "employee"]
    with pytest.raises(CellError) as refused:
        convert["roles"]("manager; chef")
    assert refused.value.code == "unknown_value"
