"""Importing interventions from CSV or XLSX: the columns of the plan's tables (name, status, goal, content,
target group) plus any other attribute, with Dutch or English headers and values.

Reading, header mapping, row validation, the preview and the limits are `core.tabular`'s; what is the
intervention's own is here: its columns and Dutch words, its lookups of themes, competencies and learning
goals by name (in the transaction), its total line to skip, and its write. Every row is validated before
anything is written. With errors nothing is written, unless the caller asks for only the valid rows; a dry
run writes nothing and shows what would happen.
"""

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import partial

from sqlalchemy import Dialect
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool

from app.competencies import service as competencies
from app.core import cells, tabular, vocabulary
from app.core.cells import CellError, normalise
from app.core.db import Later
from app.core.scope import Scope
from app.core.vocabulary import NumberFormat
from app.interventions import bulk
from app.interventions.models import InterventionStatus
from app.interventions.schemas import (
    MAX_LINKS,
    ImportColumn,
    ImportProblem,
    ImportResult,
    ImportRow,
    InterventionCreate,
)
from app.plans import service as plans

MAX_ROWS = 5000
SUMMARY_SHEETS = ("Overzicht", "Summary")  # the export's summary sheet: not interventions

# Field (snake_case) → accepted headers, English and Dutch.
HEADERS: dict[str, tuple[str, ...]] = {
    "title": ("title", "name", "naam", "titel", "leerinterventie", "interventie", "intervention"),
    "status": ("status",),
    "goal": ("goal", "doel"),
    "content": ("content", "inhoud"),
    "target_group": ("target group", "doelgroep"),
    "audience": ("audience", "publiek", "doelgroep type", "voor wie"),
    "category": ("category", "categorie"),
    "learning_form": ("learning form", "leervorm", "vorm"),
    "learning_mix": ("learning mix", "70 20 10", "702010", "leermix", "70/20/10"),
    "learning_level": ("learning level", "leerniveau", "niveau"),
    "duration_hours": ("duration hours", "hours", "duur uren", "uren", "duur in uren"),
    "duration_days": ("duration days", "days", "duur dagen", "dagen", "duur in dagen"),
    "mandatory": ("mandatory", "verplicht"),
    "provider": ("provider", "aanbieder", "leverancier"),
    "trainer": ("trainer", "docent"),
    "location": ("location", "locatie"),
    "capacity": ("capacity", "capaciteit", "max deelnemers", "maximum aantal deelnemers"),
    "cost_fixed": ("cost fixed", "fixed cost", "fixed costs", "vaste kosten", "kosten vast", "kosten", "kosten (€)"),
    "cost_per_participant": ("cost per participant", "kosten per deelnemer"),
    "expected_participants": ("expected participants", "participants", "verwacht aantal deelnemers",
                              "aantal deelnemers", "deelnemers"),
    "funding_stream": ("funding stream", "budgetstroom", "budget", "financiering"),
    "personal_budget_contribution": ("personal budget contribution", "ilb", "ilb bijdrage",
                                     "bijdrage persoonlijk budget", "eigen bijdrage"),
    "published": ("published", "gepubliceerd"),
    "kolb_phases": ("kolb phases", "kolb", "kolbfasen", "kolb fasen", "kolbfase", "kolb fase"),
    "years": ("years", "year", "jaren", "jaar", "uitvoeringsjaren"),
    "theme_ids": ("themes", "theme", "themas", "thema", "strategische themas"),
    "competency_ids": ("competencies", "competency", "competenties", "competentie"),
    "learning_goal_ids": ("learning goals", "learning goal", "leerdoelen", "leerdoel"),
    "starts_on": ("starts on", "start date", "start", "startdatum", "begindatum", "vanaf"),
    "period": ("period", "periode"),
    "sessions_per_year": ("sessions per year", "times per year", "aantal keer per jaar", "keer per jaar"),
    "frequency": ("frequency", "frequentie"),
    "learning_hours_per_participant": ("learning hours per participant", "learning hours", "leeruren per deelnemer",
                                       "leeruren", "studielast", "studielast uren"),
    "notes": ("notes", "opmerkingen", "notities", "toelichting"),
}
# Dutch words (and English ones) for the status's values, beside the shared vocabulary's; every value itself is
# accepted too.
_WORDS: dict[type[StrEnum], dict[str, str]] = {
    InterventionStatus: {"nieuw": "new", "bestaand": "existing", "deels bestaand": "partly_existing",
                         "gedeeltelijk bestaand": "partly_existing", "deels nieuw": "partly_existing"},
} | vocabulary.WORDS


def _years(text: str) -> list[int]:
    """`2014, 2015`, `2014-2017` or `2014 t/m 2017`."""
    years: list[int] = []
    joined = re.sub(r"\s*(?:-|\u2013|t/m|tot en met)\s*", "-", text.strip())
    for part in (p for p in re.split(r"[;,|\s]+", joined) if p):
        span = re.fullmatch(r"(\d{4})-(\d{4})", part)
        if span:
            first, last = int(span.group(1)), int(span.group(2))
            if last < first or last - first > 100:
                raise CellError("invalid_years", f"'{part}' is not a range of years.")
            candidates = range(first, last + 1)
        elif re.fullmatch(r"\d{4}", part):
            candidates = range(int(part), int(part) + 1)
        else:
            raise CellError("invalid_years", f"'{part}' is not a year (write e.g. 2014, 2015 or 2014-2017).")
        years += [year for year in candidates if year not in years]
    return years


def _date(text: str) -> str:
    return cells.read_date(text).isoformat()


CONVERT = (
    cells.choices(InterventionCreate, _WORDS)  # status, category, the Kolb phases, ...
    | dict.fromkeys(("duration_hours", "duration_days", "cost_fixed", "cost_per_participant",
                     "personal_budget_contribution"), cells.decimal)
    | {"learning_hours_per_participant": cells.decimal, "starts_on": _date}
    | dict.fromkeys(("capacity", "expected_participants", "sessions_per_year"), cells.integer)
    | dict.fromkeys(("mandatory", "published"), cells.boolean)
    | {"years": _years}
)
# Looked up by name, in a short transaction, through the owning domain's service: field → (its (id, name)
# pairs, what one is called).
LOOKUPS = {"theme_ids": (plans.theme_titles, "theme"), "competency_ids": (competencies.competency_names, "competency"),
           "learning_goal_ids": (plans.learning_goal_titles, "learning goal")}


def _is_total(texts: dict[str, str]) -> bool:
    """The export's "Totaal" line under a sheet: a title and an amount, nothing else."""
    return (normalise(texts.get("title", "")) == "totaal"
            and not any(text for name, text in texts.items() if name not in ("title", "cost_fixed")))


# The headers that are English words and those that are the same in Dutch; every other header is Dutch. A file
# with more English headers than Dutch ones has its numbers read the English way (4,800.50), any other the
# Dutch way (4.800,50), unless the caller says which (`numberFormat`).
ENGLISH = frozenset(normalise(header) for header in (
    "title", "name", "intervention", "goal", "content", "target group", "audience", "category", "learning form",
    "learning mix", "learning level", "duration hours", "hours", "duration days", "days", "mandatory", "provider",
    "location", "capacity", "cost fixed", "fixed cost", "fixed costs", "cost per participant",
    "expected participants", "participants", "funding stream", "personal budget contribution", "published",
    "kolb phases", "years", "year", "themes", "theme", "competencies", "competency", "learning goals",
    "learning goal"))
NEUTRAL = frozenset(normalise(header) for header in ("status", "trainer", "70 20 10", "702010", "70/20/10", "kolb",
                                                     "budget"))
MONEY = ("cost_fixed", "cost_per_participant", "personal_budget_contribution")

SPEC = tabular.Spec(model=InterventionCreate, headers=HEADERS, required=("title",), convert=CONVERT,
                    deferred=frozenset(LOOKUPS), sheet_field="category", skip=_is_total,
                    skip_sheets=frozenset(SUMMARY_SHEETS), max_rows=MAX_ROWS, english=ENGLISH, neutral=NEUTRAL)


def read(content: bytes, filename: str | None, number_format: NumberFormat | None = None) -> tabular.Parsed:
    """The file read, its headers mapped and every row validated, without the database."""
    return tabular.parse(tabular.read(content, filename, max_rows=MAX_ROWS), SPEC, number_format)


def _amounts(row: tabular.Row) -> dict[str, Decimal]:
    return {tabular.to_camel(name): row.values[name] for name in MONEY if isinstance(row.values.get(name), Decimal)}


def _total(data: InterventionCreate | None) -> Decimal | None:
    if data is None:
        return None
    return (data.cost_fixed + data.cost_per_participant * (data.expected_participants or 0)).quantize(Decimal("0.01"))


class Names:
    """The organisation's themes, competencies and learning goals by name and id, loaded once per import."""

    def __init__(self, db: Session, scope: Scope) -> None:
        self.by_name: dict[str, dict[str, list[uuid.UUID]]] = {}
        self.known: dict[str, set[uuid.UUID]] = {}
        for name, (pairs, _label) in LOOKUPS.items():
            found: dict[str, list[uuid.UUID]] = defaultdict(list)
            for ref_id, text in pairs(db, scope):
                found[normalise(text)].append(ref_id)
            self.by_name[name] = found
            self.known[name] = {ref_id for ids in found.values() for ref_id in ids}

    def ids(self, field_name: str, text: str) -> list[uuid.UUID]:
        ids: list[uuid.UUID] = []
        for item in cells.items(text):
            try:
                ref_id = uuid.UUID(item)
            except ValueError:
                matches = self.by_name[field_name].get(normalise(item), [])
                if not matches:
                    raise CellError("unknown_name", f"There is no '{item}' in this organisation.") from None
                if len(matches) > 1:
                    raise CellError("ambiguous_name", f"'{item}' is the name of {len(matches)} items; give its id.") \
                        from None
                ref_id = matches[0]
            else:
                if ref_id not in self.known[field_name]:
                    raise CellError("unknown_id", f"There is no {LOOKUPS[field_name][1]} with id {ref_id}.",
                                    at=f"/{len(ids)}")
            if ref_id not in ids:
                ids.append(ref_id)
        if len(ids) > MAX_LINKS:
            raise CellError("too_many", f"At most {MAX_LINKS} links.")
        return ids


@dataclass
class Prepared:
    result: ImportResult
    rows: bulk.NewRows
    numbers: list[int]  # the file's row number of each new row


def prepare(dialect: Dialect, scope: Scope, parsed: tabular.Parsed, names: Names, *, dry_run: bool,
            only_valid: bool, year: int | None) -> Prepared:
    """Resolve the names, decide what to write (a 400 when rows fail and only the valid ones were not asked
    for) and build its rows, without the database. Rows without years are offered in `year`'s programme."""
    for row in parsed.rows:
        for name in LOOKUPS:
            row.resolve(name, partial(names.ids, name))
        if year is not None and row.data is not None and not row.data.years:
            row.data = row.data.model_copy(update={"years": [year]})
    writing = tabular.to_write(parsed, dry_run=dry_run, only_valid=only_valid)
    rows = [ImportRow(row=row.number, sheet=row.sheet, valid=row.valid, title=row.cells.get("title", ""),
                      cells=row.cells, errors=[ImportProblem(**_problem(error)) for error in row.errors],
                      amounts=_amounts(row), total_cost=_total(row.data if row.valid else None))
            for row in parsed.rows]
    valid = sum(1 for row in rows if row.valid)
    columns = [ImportColumn(header=column.header, field=column.field) for column in parsed.columns]
    result = ImportResult(dry_run=dry_run, only_valid=only_valid, total=len(rows), valid=valid,
                          invalid=len(rows) - valid, created=0, columns=columns, rows=rows,
                          errors=[problem for row in rows for problem in row.errors],
                          number_format=parsed.number_format, number_format_source=parsed.number_format_source,
                          total_cost=sum((row.total_cost for row in rows if row.total_cost is not None),
                                         Decimal("0.00")))
    new = bulk.new_rows(dialect, scope, [row.data for row in writing], action="intervention.imported")
    return Prepared(result=result, rows=new, numbers=[row.number for row in writing])


def write(db: Session, scope: Scope, prepared: Prepared) -> ImportResult:
    bulk.insert_rows(db, scope, prepared.rows)
    created = dict(zip(prepared.numbers, prepared.rows.ids, strict=True))
    for row in prepared.result.rows:
        row.id = created.get(row.row)
    prepared.result.created = len(created)
    return prepared.result


async def import_file(later: Later, scope: Scope, upload: tabular.Upload, *, year: int | None = None,
                      number_format: NumberFormat | None = None) -> ImportResult:
    """Read and validate the file in a worker thread, then look up the names in a short transaction, build
    the rows in a worker thread again, and write them in one short transaction (decision 0011)."""
    parsed = await run_in_threadpool(read, upload.content, upload.filename, number_format)
    names = await later.run(Names, scope)
    prepared = await run_in_threadpool(partial(prepare, later.dialect, scope, parsed, names,
                                               dry_run=upload.dry_run, only_valid=upload.only_valid, year=year))
    return prepared.result if upload.dry_run else await later.run(write, scope, prepared)


def _problem(error: dict) -> dict:
    return {key: error[key] for key in ("pointer", "detail", "code", "params") if key in error}
