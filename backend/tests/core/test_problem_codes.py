"""Every code a problem or field error can carry is listed in `core.problem_codes` (and so in the OpenAPI
document, where the SPA's test checks each has Dutch and English text)."""

import re
from pathlib import Path

import pytest

from app.core.problem_codes import FIELD_CODES, PROBLEM_CODES
from app.main import create_api

pytestmark = pytest.mark.anyio
APP = Path(__file__).resolve().parents[2] / "app"
SOURCES = {path: path.read_text(encoding="utf-8") for path in APP.rglob("*.py")}
WARNINGS = ("budgets/summary.py", "budgets/warnings.py")  # a summary's warnings carry codes too: not problems


def found(pattern: str, *, flags: int = 0) -> set[tuple[str, str]]:
    return {(code, str(path.relative_to(APP))) for path, text in SOURCES.items()
            if not str(path).endswith(WARNINGS) for code in re.findall(pattern, text, flags)}


def test_every_problem_code_raised_is_listed():
    raised = found(r'problem="(\w+)"') | found(r'default_code = "(\w+)"') | found(r'code="(\w+)", params=')
    unlisted = {(code, where) for code, where in raised if code not in set(PROBLEM_CODES) | FIELD_CODES}
    assert not unlisted
    assert {code for code, _ in found(r'problem="(\w+)"')} <= set(PROBLEM_CODES)


def test_every_field_code_raised_is_listed():
    raised = (found(r'CellError\(\s*"(\w+)"') | found(r'PasswordProblem\(\s*"(\w+)"')
              | found(r'InvalidInput\([^()]*?code="(\w+)"', flags=re.S)
              | found(r'field_error\((?:[^()]|\([^()]*\))*?,\s*"(\w+)"\s*[,)]', flags=re.S))
    assert {code for code, _ in raised} >= {"taken", "ambiguous_number", "unreadable_file", "password_common"}
    assert not {(code, where) for code, where in raised if code not in FIELD_CODES}


async def test_problems_carry_their_code_and_params(api_as):
    r = await api_as("viewer").post("/api/v1/competency-frameworks", json={"name": "Kader"})
    assert r.status_code == 403
    assert r.json()["code"] == "role_required" and r.json()["params"] == {"required": "editor", "role": "viewer"}
    r = await api_as("editor").post("/api/v1/competency-frameworks", json={})
    assert r.status_code == 400 and r.json()["code"] == "invalid_fields" and r.json()["params"] == {"count": 1}
    assert r.json()["errors"][0]["code"] == "missing"


def test_the_openapi_document_lists_every_code():
    problem = create_api().openapi()["components"]["schemas"]["Problem"]
    assert problem["x-problem-codes"] == sorted(PROBLEM_CODES) and problem["x-field-codes"] == sorted(FIELD_CODES)
