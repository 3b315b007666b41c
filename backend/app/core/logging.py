"""Structured logs: one JSON object per line, each carrying the request id."""

import json
import logging
import re
import sys
from datetime import UTC, datetime

from app.core.context import current_request_id

# Paths that carry a secret (a calendar feed's URL: calendar programs cannot send a header): each pattern's
# groups are kept and what lies between them is written as "***". Domains register theirs at import.
_SECRET_PATHS: list[re.Pattern[str]] = []


def secret_path(pattern: str) -> None:
    """Register a path pattern of two groups around a secret, e.g. `^(/api/v1/calendar/)[^/]+(\\.ics)$`."""
    _SECRET_PATHS.append(re.compile(pattern))


def masked(path: str) -> str:
    """The path as a log may write it: a registered secret replaced by `***`."""
    for pattern in _SECRET_PATHS:
        path = pattern.sub(r"\1***\2", path)
    return path


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "requestId": current_request_id(),
        }
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True  # the middleware logs each request itself
