"""Scenario (e): the effect report on a million answers, in process (no HTTP: it times the service and its SQL).

In a scratch database (PostgreSQL: the bench's `--postgres-url`, dropped and made again; SQLite: a temporary
file), migrated to head, one cohort of 10,000 participants answers 4 pseudonymous rounds (pre, after week 1,
midway, post) of 25 five-point questions: 40,000 responses, 1,000,000 answers, bulk inserted (PostgreSQL COPY,
SQLite executemany), seeded. The questions spread over the three levels, their dimensions, three competencies and
four levers; the competencies' questions grow about a point from pre to post, the others stay flat.

Then, in the same run, best of 3 after a warm-up each:
- the report: `app.reports.effect.effect_report` for the cohort (every query it makes, the figures in Python);
- the bare GROUP BY: per round and question, count and avg of the answers JOIN responses, for the same rounds;
and their ratio. Targets (issue 17): PostgreSQL under 1 s, and within 2x the bare GROUP BY."""

import random
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import create_engine, func, insert, select, text
from sqlmodel import Session

PARTICIPANTS = 10_000
QUESTIONS = 25
MOMENTS = ("pre", "after_week_1", "midway", "post")
GROWTH = (0.0, 0.2, 0.55, 1.0)  # the share of the growth a round shows
LEVELS = ["participant"] * 15 + ["programme"] * 5 + ["organisation"] * 5
DIMENSIONS = {"participant": ("learning_effect", "behaviour", "motivation", "attitude"),
              "programme": ("quality", "functioning", "relevance"), "organisation": ("support", "room_to_apply")}
LEVERS = ("transfer_motivation", "self_efficacy", "active_practice", "supervisor_support")


def _timed(call: Callable[[], Any], runs: int = 3) -> float:
    call()  # warm-up
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def build(url: str, seed: int = 17) -> dict[str, Any]:
    """The cohort and its million answers; answers the ids the timing needs."""
    from app.cohorts.models import Cohort
    from app.competencies.models import Competency, CompetencyFramework
    from app.organisations.models import Organisation
    from app.people.models import Person
    from app.programmes.models import Programme
    from app.questionnaires.models import Instrument, InstrumentStatus, Question
    from app.responses.models import Answer, Response
    from app.rounds.models import Invitation, Round

    rng = random.Random(seed)  # noqa: S311  synthetic answers, not secrets
    engine = create_engine(url)
    now = datetime.now(UTC)
    with Session(engine) as db:
        org = Organisation(name=f"Bench effect {now:%H%M%S}")
        db.add(org)
        db.flush()
        framework = CompetencyFramework(organisation_id=org.id, name="Bench")
        programme = Programme(organisation_id=org.id, title="Bench programma")
        db.add_all([framework, programme])
        db.flush()
        competencies = [Competency(organisation_id=org.id, framework_id=framework.id, name=name, position=i)
                        for i, name in enumerate(("Verbindend", "Omgevingsbewust", "Resultaatgericht"))]
        cohort = Cohort(organisation_id=org.id, programme_id=programme.id, name="Bench 10.000",
                        starts_on=date(2026, 1, 5))
        instrument = Instrument(id=(instrument_id := uuid.uuid4()), family_id=instrument_id, organisation_id=org.id,
                                title="Bench effectmeting", purpose="effect_measurement",
                                status=InstrumentStatus.published, published_at=now)
        db.add_all([*competencies, cohort, instrument])
        db.flush()
        questions = []
        for n, level in enumerate(LEVELS):
            dimensions = DIMENSIONS[level]
            questions.append(Question(
                organisation_id=org.id, instrument_id=instrument.id, position=n, text=f"Benchvraag {n + 1}",
                type="likert_5", level=level, dimension=dimensions[n % len(dimensions)],
                competency_id=competencies[n % 3].id if n < 9 else None,
                transfer_lever=LEVERS[n % 4] if n % 3 == 0 else None))
        db.add_all(questions)
        start = datetime(2026, 1, 5, 7, tzinfo=UTC)
        rounds = [Round(organisation_id=org.id, instrument_id=instrument.id, cohort_id=cohort.id, moment=moment,
                        anonymity="pseudonymous", opens_at=start + timedelta(weeks=10 * i),
                        closes_at=start + timedelta(weeks=10 * i, days=14)) for i, moment in enumerate(MOMENTS)]
        db.add_all(rounds)
        db.commit()
        ids = {"organisation": org.id, "cohort": cohort.id, "rounds": [r.id for r in rounds]}
        question_ids = [q.id for q in questions]
        growing = {q.id for q in questions if q.competency_id is not None}
    stamp = {"organisation_id": ids["organisation"], "created_at": now, "updated_at": now, "version": 1}
    people = [{"id": uuid.uuid4(), "employee_number": f"B{n:05d}", "name": f"Deelnemer {n}",
               "email": "", "team": "Bench", **stamp} for n in range(PARTICIPANTS)]
    pseudonyms = [uuid.uuid4().hex + uuid.uuid4().hex for _ in people]  # 64 hex characters, as the HMAC's
    lean = [rng.gauss(0, 0.5) for _ in people]
    invitations, responses, answers = [], [], []
    for r, round_id in enumerate(ids["rounds"]):
        for p, person in enumerate(people):
            invitations.append({"id": uuid.uuid4(), "round_id": round_id, "person_id": person["id"],
                                "token_salt": "x", "token_hash": uuid.uuid4().hex + uuid.uuid4().hex,
                                "status": "completed", "reminder_count": 0, "draft": [], **stamp})
            response_id = uuid.uuid4()
            responses.append({"id": response_id, "organisation_id": ids["organisation"], "round_id": round_id,
                              "person_id": None, "pseudonym": pseudonyms[p], "submitted_on": date(2026, 1, 6),
                              "submitted_at": now})
            for question_id in question_ids:
                value = 3.0 + lean[p] + (GROWTH[r] if question_id in growing else 0.0) + rng.gauss(0, 0.7)
                answers.append((response_id, question_id, ids["organisation"], min(5, max(1, round(value)))))
    with engine.begin() as connection:
        connection.execute(insert(Person.__table__), people)
        connection.execute(insert(Invitation.__table__), invitations)
        connection.execute(insert(Response.__table__), responses)
        if engine.dialect.name == "postgresql":
            cursor = connection.connection.cursor()
            with cursor.copy("COPY answers (response_id, question_id, organisation_id, number) FROM STDIN") as copy:
                for row in answers:
                    copy.write_row(row)
        else:
            connection.execute(insert(Answer.__table__), [
                {"response_id": a, "question_id": b, "organisation_id": c, "number": d, "option": None,
                 "options": None, "text": None} for a, b, c, d in answers])
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE" if engine.dialect.name == "postgresql" else "ANALYZE"))
    engine.dispose()
    ids["answers"] = len(answers)
    return ids


def measure(url: str, ids: dict[str, Any]) -> dict[str, Any]:
    from app.core.scope import Role, Scope
    from app.reports.effect import effect_report
    from app.responses.models import Answer, Response

    engine = create_engine(url)
    scope = Scope(organisation_id=ids["organisation"], role=Role.viewer, actor_label="bench")
    bare = (select(Response.round_id, Answer.question_id, func.count(), func.avg(Answer.number))
            .join(Response, Response.id == Answer.response_id)
            .where(Response.round_id.in_(ids["rounds"])).group_by(Response.round_id, Answer.question_id))
    with Session(engine) as db:
        report = effect_report(db, scope, ids["cohort"])
        bare_rows = len(db.execute(bare).all())

        def run_report() -> None:
            effect_report(db, scope, ids["cohort"])
            db.rollback()

        def run_bare() -> None:
            db.execute(bare).all()
            db.rollback()

        report_seconds, bare_seconds = _timed(run_report), _timed(run_bare)
    engine.dispose()
    grown = next(row for row in report.rows if row.kind == "competency")
    return {"answers": ids["answers"], "reportSeconds": round(report_seconds, 3),
            "bareGroupBySeconds": round(bare_seconds, 3), "ratio": round(report_seconds / bare_seconds, 2),
            "rows": len(report.rows), "bareRows": bare_rows,
            "example": f"{grown.label}: pre {grown.moments[0].mean:.1f} -> post {grown.moments[-1].mean:.1f} "
                       f"(d_z {grown.changes[-1].effect_size:.2f})"}


def run(database: str, postgres_url: str) -> dict[str, Any]:
    from bench.server import fresh_postgres

    url = fresh_postgres(postgres_url) if database == "postgresql" else \
        f"sqlite:///{tempfile.mkdtemp(prefix='leerkoers-bench-e-')}/bench.db"
    from app.core.migrations import upgrade

    upgrade(url)
    started = time.perf_counter()
    ids = build(url)
    built = time.perf_counter() - started
    return {"scenario": "e", "database": database, "buildSeconds": round(built, 1), **measure(url, ids)}


def print_row(row: dict[str, Any]) -> None:
    print(f"e  effect report, {row['answers']:,} answers ({row['database']}): report {row['reportSeconds']} s, "
          f"bare GROUP BY {row['bareGroupBySeconds']} s, ratio {row['ratio']}x; {row['rows']} rows; "
          f"{row['example']}; built in {row['buildSeconds']} s", flush=True)


def targets(rows: list[dict[str, Any]]) -> list[str]:
    lines = []
    for row in rows:
        if row.get("scenario") == "e" and row["database"] == "postgresql":
            lines.append(f"  [{'pass' if row['reportSeconds'] < 1 else 'FAIL'}] PostgreSQL effect report < 1 s: "
                         f"{row['reportSeconds']} s")
            lines.append(f"  [{'pass' if row['ratio'] <= 2 else 'FAIL'}] PostgreSQL effect report <= 2x the bare "
                         f"GROUP BY: {row['ratio']}x ({row['bareGroupBySeconds']} s)")
    return ["", "Targets (effect report):", *lines] if lines else []
