"""Rate limits of the respondent API: sliding windows of a minute, in this process's memory.

They are per process: with several uvicorn workers each counts on its own (a limit of 120 is then up to 120 per
worker), and a restart forgets them. That is enough for what they are for: a guessed token stops after a few
dozen tries a minute, and a runaway client cannot flood one invitation. Nothing here is ever written to disk; a
client address lives in memory only for the length of its window.

Three windows, each settings-configurable (`core.config`, `RESPONDENT_*`):
- requests per client address (generous: a whole town hall may share one NAT address);
- unknown tokens per client address (a guesser);
- requests per invitation token (keyed by the token's hash)."""

import math
import threading
import time
from collections import deque

from app.core.config import get_settings
from app.core.errors import TooManyRequests

WINDOW = 60.0  # seconds
_MAX_KEYS = 100_000  # past this many keys, the idle ones are dropped


class SlidingWindow:
    """At most `limit` events per key in the last `WINDOW` seconds."""

    def __init__(self) -> None:
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        events = self._events.get(key)
        if events is None:
            if len(self._events) >= _MAX_KEYS:
                self._forget_idle(now)
            events = self._events[key] = deque()
        while events and events[0] <= now - WINDOW:
            events.popleft()
        return events

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, events in self._events.items() if not events or events[-1] <= now - WINDOW]:
            del self._events[key]

    def wait(self, key: str, limit: int) -> int:
        """Seconds until one more event fits (0: it fits now). Counts nothing."""
        now = time.monotonic()
        with self._lock:
            events = self._recent(key, now)
            if len(events) < limit:
                return 0
            return max(1, math.ceil(events[-limit] + WINDOW - now))

    def hit(self, key: str, limit: int) -> int:
        """Counts an event when it fits; else the seconds to wait (and nothing is counted)."""
        now = time.monotonic()
        with self._lock:
            events = self._recent(key, now)
            if len(events) >= limit:
                return max(1, math.ceil(events[-limit] + WINDOW - now))
            events.append(now)
            return 0

    def clear(self) -> None:
        with self._lock:
            self._events.clear()


addresses = SlidingWindow()
unknown_tokens = SlidingWindow()
tokens = SlidingWindow()


def _refuse(seconds: int) -> TooManyRequests:
    return TooManyRequests("Te veel verzoeken. Wacht even en probeer het dan opnieuw.",
                           headers={"Retry-After": str(seconds)}, problem_params={"seconds": seconds})


def before_lookup(address: str) -> None:
    """Every request: the address's overall window, and whether it guessed too many unknown tokens lately."""
    settings = get_settings()
    seconds = unknown_tokens.wait(address, settings.respondent_unknown_limit)
    if not seconds:
        seconds = addresses.hit(address, settings.respondent_address_limit)
    if seconds:
        raise _refuse(seconds)


def unknown_token(address: str) -> None:
    """A lookup found no invitation: counted against the address."""
    unknown_tokens.hit(address, get_settings().respondent_unknown_limit)


def known_token(token_hash: str) -> None:
    """The invitation's own window."""
    seconds = tokens.hit(token_hash, get_settings().respondent_token_limit)
    if seconds:
        raise _refuse(seconds)


def reset() -> None:
    """Forget every window (tests)."""
    for window in (addresses, unknown_tokens, tokens):
        window.clear()
