"""The house rules of backend/app, checked on its source (as `src/test/architecture.test.ts` does for the SPA).

- A file stays under MAX_LINES, or says at its top why not (a line starting with `# Long:`).
- `app/core` imports no domain.
- A domain imports no other domain's router (only `app/main.py` mounts them).
- A router is HTTP only: no SQL (`select(`, `.execute(`, `.scalar(`, ...) and no commit.
- Domains meet through services: a table model of another domain (a class imported from `app.<other>.models`
  with a `__table__`) appears in a module only in type annotations, never in a query; enums and the like are free.
  Read models that still join another domain's table are listed in CROSS_DOMAIN_READS with their reason.
- A read-model package (READ_MODELS: the reports) may join any domain's tables, since its aggregates must run as
  one statement in the database; it writes nothing (no insert, update, delete, add or commit).
- The shared enums (Audience, FundingStream, ...) are imported from `app.core.vocabulary`, one vocabulary.

Each rule is a function over source text, and `test_each_rule_catches_what_it_forbids` shows it failing on a
small module that breaks it."""

import ast
import importlib
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"
MAX_LINES = 400
LONG_FOR_NOW: set[str] = set()  # files over the limit for a stated while; empty now
# Composition roots that may reach every domain: the app, the metadata, the CLI and the demo data loaders.
ROOTS = {"main.py", "models.py", "__main__.py"}
ROOT_PACKAGES = {"demo"}
# (module, another domain's table): read models that still join it, each with the reason it stays for now.
CROSS_DOMAIN_READS = {
    ("budgets/service.py", "Intervention"): "a line's list row shows its intervention's title (one query)",
    ("interventions/service.py", "LearningGoal"): "an intervention's links show their titles (one IN query)",
    ("interventions/service.py", "Theme"): "an intervention's links show their titles (one IN query)",
    ("interventions/service.py", "Competency"): "an intervention's links show their names (one IN query)",
    ("auth/service.py", "User"): "a login finds its account (auth and accounts are one identity: decision 0002)",
    ("api_tokens/service.py", "User"): "a token's list row shows its creator's name (one join)",
    ("audit/service.py", "User"): "an event's list row shows its actor's name (one join)",
    ("sessions/calendar.py", "Intervention"): "an event's summary is its intervention's title when the session has "
                                              "none (one join)",
    ("sessions/hours.py", "Enrolment"): "a cohort's participants' hours are one SQL aggregate over its enrolments",
    ("sessions/hours.py", "Intervention"): "an all-day session counts its intervention's duration, inside the SQL sum",
    ("sessions/hours.py", "Person"): "the team sums group attendees by their team in one SQL aggregate",
    ("cohorts/service.py", "Programme"): "a cohort's list row shows its programme's title (one join); the "
                                         "programme a body names is looked up as a reference",
    ("cohorts/enrolments.py", "Person"): "an enrolment shows its person, and a page of them is searched and sorted "
                                         "by name and team (one join; a service call could not sort the page)",
    ("programmes/schedule_view.py", "Intervention"): "a schedule's placements carry their intervention's title, "
                                                      "hours and location (one join)",
    ("sessions/generated.py", "Intervention"): "a generated session's title is its intervention's (one join)",
    ("sessions/service.py", "Intervention"): "a session's list row shows its intervention's title (one join)",
    ("sessions/attendance.py", "Person"): "a page of attendees is sorted by the person's name, team or number (one "
                                          "join; a service call could not sort the page)",
    ("rounds/service.py", "Instrument"): "a round's list row shows its instrument's title, version and language "
                                         "(one join for a page of rounds)",
    ("rounds/service.py", "Cohort"): "a round's list row is named after its cohort (one join)",
    ("rounds/service.py", "LearningSession"): "a session's round is named after the session's title and day (one "
                                              "join)",
    ("rounds/service.py", "Intervention"): "a session without its own title is named after its intervention (one "
                                           "join)",
    ("rounds/invitations.py", "Person"): "a page of invitations is searched and sorted by the person's name and "
                                         "number (one join; a service call could not sort the page)",
    ("rounds/mail.py", "Person"): "an e-mail goes to the person's address and greets them by name (one join)",
    ("responses/staff.py", "Person"): "a named round's response shows its person's name and employee number (one "
                                      "join); the people domain has no service to ask for many at once",
    ("responses/respondent.py", "Invitation"): "the respondent's token finds its invitation, round and instrument in "
                                               "one indexed join (a burst's hot path: one query a request)",
    ("responses/respondent.py", "Round"): "the same one join: the round's times, anonymity and title",
    ("responses/respondent.py", "Instrument"): "the same one join: the instrument's texts and language",
    ("responses/respondent.py", "Question"): "a published instrument's frozen questions, read once per process "
                                             "(cached by instrument id and version)",
    ("responses/submit.py", "Invitation"): "exactly-once: the submission's guarded UPDATE of its invitation runs in "
                                           "the transaction that inserts the response",
}
# Packages that only read, across domains, with the reason.
READ_MODELS = {"reports": "the reports aggregate answers, responses, rounds, questions, sessions and interventions "
                          "in one SQL statement each (DESIGN §2.7: computed in the database)"}
_WRITES = {"add", "add_all", "commit", "flush", "delete", "merge"}
_SQL_CALLS = {"execute", "scalar", "scalars", "exec", "commit", "flush", "rollback"}


def sources() -> Iterator[tuple[str, str]]:
    for path in sorted(APP.rglob("*.py")):
        yield path.relative_to(APP).as_posix(), path.read_text()


def domain_of(module: str) -> str | None:
    """`plans/service.py` → `plans`; None for the roots and for core."""
    head = module.split("/")[0]
    if module in ROOTS or head in ROOT_PACKAGES or head == "core" or "/" not in module:
        return None
    return head


def imported(source: str) -> Iterator[tuple[str, list[str]]]:
    """(module, names) of every import; `import a.b` gives ("a.b", [])."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module, [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []


# --- the rules: each returns what breaks it ------------------------------------------------------------------

def too_long(module: str, source: str) -> list[str]:
    lines = source.count("\n")
    if lines <= MAX_LINES or module in LONG_FOR_NOW:
        return []
    if any(line.startswith("# Long:") for line in source.splitlines()[:10]):
        return []
    return [f"{module}: {lines} lines (over {MAX_LINES}, and no `# Long:` reason at its top)"]


def core_imports_domain(module: str, source: str) -> list[str]:
    if not module.startswith("core/"):
        return []
    return [f"{module} imports {name}" for name, _ in imported(source)
            if name.startswith("app.") and not name.startswith("app.core")]


def imports_other_router(module: str, source: str) -> list[str]:
    own = domain_of(module)
    if module == "main.py":
        return []
    found = []
    for name, names in imported(source):
        parts = name.split(".")
        targets = [parts] if parts[-1] == "router" else [[*parts, n] for n in names if n == "router"]
        found += [f"{module} imports {'.'.join(t)}" for t in targets if len(t) == 3 and t[1] != own]
    return found


def router_sql(module: str, source: str) -> list[str]:
    if not module.endswith("router.py"):
        return []
    found = [f"{module} imports {name}" for name, _ in imported(source)
             if name.split(".")[0] in {"sqlalchemy", "sqlmodel"}]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in {"select", "update", "delete", "insert"}:
                found.append(f"{module}:{node.lineno} builds SQL ({func.id})")
            elif isinstance(func, ast.Attribute) and func.attr in _SQL_CALLS:
                found.append(f"{module}:{node.lineno} runs SQL ({func.attr})")
    return found


def _annotation_nodes(tree: ast.AST) -> set[int]:
    """ids of every node inside a type annotation."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        annotations: list[ast.AST | None] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            arguments = node.args
            every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                     *(a for a in (arguments.vararg, arguments.kwarg) if a)]
            annotations += [a.annotation for a in every] + [node.returns]
        elif isinstance(node, ast.AnnAssign):
            annotations.append(node.annotation)
        for annotation in annotations:
            if annotation is not None:
                inside |= {id(n) for n in ast.walk(annotation)}
    return inside


def _is_table(module: str, name: str) -> bool:
    return hasattr(getattr(importlib.import_module(module), name, None), "__table__")


def queries_other_domain(module: str, source: str) -> list[str]:
    own = domain_of(module)
    if own is None or own in READ_MODELS:
        return []
    foreign = {}
    for name, names in imported(source):
        parts = name.split(".")
        if len(parts) == 3 and parts[0] == "app" and parts[2] == "models" and parts[1] not in (own, "core"):
            foreign |= {n: name for n in names if _is_table(name, n)}
    tree = ast.parse(source)
    in_annotations = _annotation_nodes(tree)
    used = {node.id for node in ast.walk(tree)
            if isinstance(node, ast.Name) and node.id in foreign and id(node) not in in_annotations}
    return [f"{module} queries {foreign[name]}.{name}" for name in sorted(used)
            if (module, name) not in CROSS_DOMAIN_READS]


def read_model_writes(module: str, source: str) -> list[str]:
    if domain_of(module) not in READ_MODELS:
        return []
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in {"update", "delete", "insert"}:
                found.append(f"{module}:{node.lineno} writes ({func.id})")
            elif isinstance(func, ast.Attribute) and func.attr in _WRITES and _is_session(func.value):
                found.append(f"{module}:{node.lineno} writes ({func.attr})")
    return found


def _is_session(node: ast.expr) -> bool:
    """`db.add(...)`, `session.commit()`: a write on the session; `seen.add(x)` on a set is not."""
    return isinstance(node, ast.Name) and node.id in {"db", "session", "connection"}


def _shared_enums() -> set[str]:
    vocabulary = importlib.import_module("app.core.vocabulary")
    return {name for name, value in vars(vocabulary).items()
            if isinstance(value, type) and issubclass(value, Enum) and value.__module__ == vocabulary.__name__}


def vocabulary_elsewhere(module: str, source: str) -> list[str]:
    """The shared enums come from `core.vocabulary`, not from a domain that happens to use them."""
    shared = _shared_enums()
    return [f"{module} imports {name} from {origin}" for origin, names in imported(source)
            if origin != "app.core.vocabulary" for name in names if name in shared]


RULES = [too_long, core_imports_domain, imports_other_router, router_sql, queries_other_domain, read_model_writes,
         vocabulary_elsewhere]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_the_app_keeps_the_rule(rule):
    broken = [problem for module, source in sources() for problem in rule(module, source)]
    assert broken == [], "\n".join(broken)


def test_every_listed_exception_is_still_needed():
    """An exception that the code no longer needs goes from the list."""
    texts = dict(sources())
    stale = [key for key in CROSS_DOMAIN_READS if key[0] not in texts or key[1] not in texts[key[0]]]
    stale += [module for module in LONG_FOR_NOW if texts.get(module, "").count("\n") <= MAX_LINES]
    assert stale == []


BREAKING = {
    too_long: ("plans/service.py", "x = 1\n" * (MAX_LINES + 1)),
    core_imports_domain: ("core/tenancy.py", "from app.plans.models import Plan\n"),
    imports_other_router: ("budgets/service.py", "from app.plans.router import router\n"),
    router_sql: ("plans/router.py", "def f(db):\n    return db.scalar(select(Plan))\n"),
    queries_other_domain: ("reviews/service.py",
                           "from app.plans.models import Plan, PlanStatus\n"
                           "def f(db, plan: Plan) -> Plan:\n"
                           "    return db.scalar(select(Plan).where(Plan.status == PlanStatus.draft))\n"),
    read_model_writes: ("reports/effect.py", "def f(db, row):\n    db.add(row)\n    db.commit()\n"),
    vocabulary_elsewhere: ("demo/build/plans.py", "from app.plans.models import Audience, Plan\n"),
}


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_each_rule_catches_what_it_forbids(rule):
    module, source = BREAKING[rule]
    assert rule(module, source), f"{rule.__name__} let this through:\n{source}"


def test_annotations_and_enums_of_another_domain_are_allowed():
    source = ("from app.plans.models import Plan, PlanStatus\n"
              "def f(plan: Plan) -> PlanStatus:\n    return PlanStatus.draft\n")
    assert queries_other_domain("reviews/service.py", source) == []
