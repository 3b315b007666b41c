"""`python -m bench` (from backend/; `make bench` at the top): each scenario on PostgreSQL (uvicorn, 2 workers) and
on the SQLite default, at each number of concurrent clients; a table on stdout and the figures as JSON. Scenario e
(the effect report on a million answers, `bench.effect`) runs in process, once per database, after the others.

Outside CI: the figures are the machine's, so the JSON records the machine beside them."""

import argparse
import asyncio
import json
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import effect
from bench.load import drive
from bench.scenarios import POOL, SCENARIOS
from bench.server import serve

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/leerkoers_bench"


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scenarios", default=",".join([*SCENARIOS, "e"]), help="keys, e.g. a,d,e (default: all)")
    parser.add_argument("--databases", default="postgresql,sqlite")
    parser.add_argument("--clients", default="16,64", help="concurrent clients, e.g. 1,16,64")
    parser.add_argument("--seconds", type=float, default=10.0, help="measured time per run")
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers on PostgreSQL")
    parser.add_argument("--postgres-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_POSTGRES),
                        help="a database the bench may drop and make again (BENCH_DATABASE_URL)")
    parser.add_argument("--invitations", type=int, default=40_000,
                        help="fresh invitations made for each submitting scenario (b, s; c gets 40 %%): enough for "
                             "every run of it")
    parser.add_argument("--out", default="../data/bench", help="directory for the JSON file")
    return parser.parse_args()


async def _run(args: argparse.Namespace) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    served = [key for key in args.scenarios.split(",") if key in SCENARIOS]
    for database in args.databases.split(",") if served else []:
        with serve(database, postgres_url=args.postgres_url, workers=args.workers) as server:
            for key in served:
                scenario = SCENARIOS[key]
                request, headers = await scenario.prepare(server)
                steps = getattr(request, "steps", None)
                for clients in (int(c) for c in args.clients.split(",")):
                    if steps is not None:
                        steps.ms.clear()
                    await asyncio.to_thread(server.settle)
                    locked_before = server.log_count("database is locked")
                    result = await drive(server.url, request, clients=clients, seconds=args.seconds,
                                         warmup=args.warmup, headers=headers, steps=steps)
                    row = {"scenario": key, "title": scenario.title, "database": database,
                           "workers": server.workers, "clients": clients, **result.as_dict(),
                           "serverLogLocked": server.log_count("database is locked") - locked_before}
                    if steps is not None:
                        row["steps"] = steps.summary(result.seconds)
                    rows.append(row)
                    _print_row(row)
    if "e" in args.scenarios.split(","):
        for database in args.databases.split(","):
            row = await asyncio.to_thread(effect.run, database, args.postgres_url)
            rows.append(row)
            effect.print_row(row)
    return rows


HEADER = (f"{'':2} {'scenario':58} {'database':10} {'clients':>7} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'5xx':>5} {'4xx':>5} {'locked':>6}")


def _print_row(row: dict[str, object]) -> None:
    print(f"{row['scenario']:2} {row['title']:58} {row['database']:10} {row['clients']:>7} {row['perSecond']:>9} "
          f"{row['p50Ms']:>8} {row['p99Ms']:>8} {row['errors']:>5} {row['refusals']:>5} "
          f"{row['serverLogLocked']:>6}", flush=True)
    for name, step in row.get("steps", {}).items():  # type: ignore[union-attr]
        print(f"{'':2} {'  step ' + name:58} {'':10} {'':>7} {step['perSecond']:>9} {step['p50Ms']:>8} "
              f"{step['p99Ms']:>8}", flush=True)


def _find(rows: list[dict[str, object]], key: str, database: str, clients: int) -> dict[str, Any] | None:
    return next((r for r in rows if (r["scenario"], r["database"], r.get("clients")) == (key, database, clients)), None)


def targets(rows: list[dict[str, object]]) -> list[str]:
    """The respondent path's targets (issue 16), pass or fail, for those the run measured."""
    lines = ["", "Targets (respondent path):"]

    def check(name: str, ok: bool, figure: str) -> None:
        lines.append(f"  [{'pass' if ok else 'FAIL'}] {name}: {figure}")

    reference, alone, flow = (_find(rows, k, "postgresql", 16) for k in ("b", "s", "c"))
    if reference and alone:
        ratio = alone["perSecond"] / reference["perSecond"] if reference["perSecond"] else 0.0
        check("PostgreSQL 16 clients: submit >= 50 % of the reference (b)", ratio >= 0.5,
              f"{alone['perSecond']}/s vs {reference['perSecond']}/s = {ratio:.0%}")
    if flow:
        submit = flow["steps"].get("submit", {})
        if reference and submit:
            # c's submit inside the flow, as a rate at this concurrency (Little's law: clients / mean latency
            # is approximated by clients / p50)
            lines.append(f"  (c's submit step p50 {submit['p50Ms']} ms vs b's p50 {reference['p50Ms']} ms: "
                         f"{reference['p50Ms'] / submit['p50Ms']:.0%} of b's speed per submission)"
                         if submit.get("p50Ms") else "")
        check("PostgreSQL 16 clients: submit p99 <= 150 ms", submit.get("p99Ms", 1e9) <= 150,
              f"{submit.get('p99Ms')} ms")
        check("PostgreSQL 16 clients: flow >= 120 completed questionnaires/s", flow["perSecond"] >= 120,
              f"{flow['perSecond']}/s")
    sqlite_flow = _find(rows, "c", "sqlite", 16)
    if sqlite_flow:
        worst = max(step["p99Ms"] for step in sqlite_flow["steps"].values())
        check("SQLite 16 clients: p99 <= 100 ms (every step of the flow)", worst <= 100, f"{worst} ms")
    at_64 = [r for r in rows if r["database"] == "sqlite" and r.get("clients") == 64 and r["scenario"] in "bsc"]
    if at_64:
        errors = sum(int(r["errors"]) for r in at_64)
        locked = sum(int(r["serverLogLocked"]) + int(r["databaseLocked"]) for r in at_64)
        check("SQLite 64 clients: no 5xx, no \"database is locked\"", errors == 0 and locked == 0,
              f"{errors} 5xx, {locked} locked")
    return lines if len(lines) > 2 else []


def service_targets(rows: list[dict[str, object]]) -> list[str]:
    """The whole service's targets (issue 18): the catalogue page, and no 5xx in any scenario."""
    lines = ["", "Targets (service):"]
    catalogue = _find(rows, "d", "postgresql", 16)
    if catalogue:
        ok = float(catalogue["p99Ms"]) <= 100  # type: ignore[arg-type]
        lines.append(f"  [{'pass' if ok else 'FAIL'}] PostgreSQL 16 clients: catalogue page p99 <= 100 ms: "
                     f"{catalogue['p99Ms']} ms")
    errors = sum(int(row.get("errors") or 0) for row in rows)  # type: ignore[call-overload]
    lines.append(f"  [{'pass' if errors == 0 else 'FAIL'}] no 5xx in any scenario: {errors}")
    return lines


def main() -> int:
    args = _arguments()
    POOL.update(b=args.invitations, s=args.invitations, c=args.invitations * 2 // 5)
    print(HEADER)
    rows = asyncio.run(_run(args))
    machine = {"system": platform.platform(), "python": sys.version.split()[0], "cpus": os.cpu_count(),
               "processor": platform.processor() or platform.machine()}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"bench-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    path.write_text(json.dumps({"measuredAt": datetime.now(UTC).isoformat(), "machine": machine,
                                "seconds": args.seconds, "results": rows}, indent=2))
    for line in [*targets(rows), *service_targets(rows), *effect.targets(rows)]:
        print(line)
    print(f"\nFigures written to {path.resolve()}")
    return 1 if any(row.get("errors") for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
