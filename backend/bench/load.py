"""Closed-loop load: `clients` concurrent clients, each sending its next request when the last one answered, for
`seconds` after a short warm-up; every latency is kept, so the percentiles are exact.

The load client shares the server's cores, so what it costs is taken from the server: it is aiohttp (its HTTP parser
is C), which measured 0.17 ms of CPU per request here against httpx's 1.86 ms. The set-up before a run still uses
httpx, as the tests do.

The clients join one after another over the first half of the warm-up, as browsers and a load balancer's pool do.
Sixteen connections opened in the same millisecond all wait in the listening socket the workers share, and the
first worker whose event loop wakes takes every one of them (asyncio accepts up to the backlog at a time): splits of
16/0 and 5/11 between two workers were seen, and the run then measured that split, not the server."""

import asyncio
import json
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp


@dataclass(frozen=True)
class Reply:
    status: int
    body: str


# (the shared client, the client's number, its request count so far) -> the reply to one unit of work
Request = Callable[[aiohttp.ClientSession, int, int], Awaitable[Reply]]


def json_body(value: Any) -> bytes:
    """A request body serialised once, before the run, rather than on every request."""
    return json.dumps(value).encode()


async def call(http: aiohttp.ClientSession, method: str, path: str, *, body: bytes | None = None,
               headers: dict[str, str] | None = None) -> Reply:
    if body is not None:
        headers = {**(headers or {}), "Content-Type": "application/json"}
    async with http.request(method, path, data=body, headers=headers) as response:
        return Reply(response.status, await response.text())


@dataclass
class Steps:
    """The latency of each step of a unit of work of several requests (a scenario records them while
    `measuring`, which the load sets after the warm-up)."""

    measuring: bool = False
    ms: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    async def timed(self, name: str, request: Awaitable[Reply]) -> Reply:
        start = time.monotonic()
        response = await request
        if self.measuring:
            self.ms[name].append((time.monotonic() - start) * 1000)
        return response

    def summary(self, seconds: float) -> dict[str, dict[str, float]]:
        return {name: {"perSecond": round(len(v) / seconds, 1) if seconds else 0.0,
                       "p50Ms": round(percentile(v, 0.50), 1), "p99Ms": round(percentile(v, 0.99), 1)}
                for name, v in self.ms.items()}


@dataclass(frozen=True)
class Result:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int  # 5xx and transport errors
    refusals: int  # 4xx: a scenario's own mistakes, counted so they are never mistaken for speed
    database_locked: int

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"requests": self.requests, "seconds": round(self.seconds, 2), "perSecond": round(self.per_second, 1),
                "p50Ms": round(self.p50_ms, 1), "p99Ms": round(self.p99_ms, 1), "errors": self.errors,
                "refusals": self.refusals, "databaseLocked": self.database_locked}


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def drive(base_url: str, request: Request, *, clients: int, seconds: float, warmup: float,
                headers: dict[str, str], steps: Steps | None = None) -> Result:
    latencies: list[float] = []
    counts = {"errors": 0, "refusals": 0, "locked": 0}
    connector = aiohttp.TCPConnector(limit=clients)
    async with aiohttp.ClientSession(base_url, headers=headers, connector=connector,
                                     timeout=aiohttp.ClientTimeout(total=30)) as http:
        start = time.monotonic()
        measure_from = start + warmup
        stop = measure_from + seconds

        async def client(number: int) -> None:
            await asyncio.sleep(number * warmup / 2 / clients)
            sent = 0
            while (now := time.monotonic()) < stop:
                if steps is not None:
                    steps.measuring = now >= measure_from
                try:
                    reply = await request(http, number, sent)
                    status, body = reply.status, reply.body
                except (aiohttp.ClientError, TimeoutError):
                    status, body = 599, ""
                sent += 1
                if now < measure_from:
                    continue
                latencies.append((time.monotonic() - now) * 1000)
                if status >= 500:
                    counts["errors"] += 1
                elif status >= 400:
                    counts["refusals"] += 1
                if "database is locked" in body:
                    counts["locked"] += 1

        await asyncio.gather(*(client(n) for n in range(clients)))
        elapsed = time.monotonic() - measure_from
    return Result(len(latencies), elapsed, percentile(latencies, 0.50), percentile(latencies, 0.99),
                  counts["errors"], counts["refusals"], counts["locked"])
