"""`python -m bench` (from backend/; `make bench` at the top): each scenario on PostgreSQL (uvicorn, 2 workers) and
on the SQLite default, at each number of concurrent clients; a table on stdout and the figures as JSON.

Outside CI: the figures are the machine's, so the JSON records the machine beside them."""

import argparse
import asyncio
import json
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench.load import drive
from bench.scenarios import SCENARIOS
from bench.server import serve

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/leerkoers_bench"


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--scenarios", default=",".join(SCENARIOS), help="keys, e.g. a,d (default: all)")
    parser.add_argument("--databases", default="postgresql,sqlite")
    parser.add_argument("--clients", default="16,64", help="concurrent clients, e.g. 1,16,64")
    parser.add_argument("--seconds", type=float, default=10.0, help="measured time per run")
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers on PostgreSQL")
    parser.add_argument("--postgres-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_POSTGRES),
                        help="a database the bench may drop and make again (BENCH_DATABASE_URL)")
    parser.add_argument("--out", default="../data/bench", help="directory for the JSON file")
    return parser.parse_args()


async def _run(args: argparse.Namespace) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for database in args.databases.split(","):
        with serve(database, postgres_url=args.postgres_url, workers=args.workers) as server:
            for key in args.scenarios.split(","):
                scenario = SCENARIOS[key]
                request, headers = await scenario.prepare(server)
                for clients in (int(c) for c in args.clients.split(",")):
                    result = await drive(server.url, request, clients=clients, seconds=args.seconds,
                                         warmup=args.warmup, headers=headers)
                    row = {"scenario": key, "title": scenario.title, "database": database,
                           "workers": server.workers, "clients": clients, **result.as_dict()}
                    rows.append(row)
                    _print_row(row)
    return rows


HEADER = (f"{'':2} {'scenario':58} {'database':10} {'clients':>7} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'5xx':>5} {'4xx':>5}")


def _print_row(row: dict[str, object]) -> None:
    print(f"{row['scenario']:2} {row['title']:58} {row['database']:10} {row['clients']:>7} {row['perSecond']:>9} "
          f"{row['p50Ms']:>8} {row['p99Ms']:>8} {row['errors']:>5} {row['refusals']:>5}", flush=True)


def main() -> int:
    args = _arguments()
    print(HEADER)
    rows = asyncio.run(_run(args))
    machine = {"system": platform.platform(), "python": sys.version.split()[0], "cpus": os.cpu_count(),
               "processor": platform.processor() or platform.machine()}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"bench-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    path.write_text(json.dumps({"measuredAt": datetime.now(UTC).isoformat(), "machine": machine,
                                "seconds": args.seconds, "results": rows}, indent=2))
    print(f"\nFigures written to {path.resolve()}")
    return 1 if any(row["errors"] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
