"""Property-based fuzzing of every operation from the OpenAPI document (schemathesis): examples, coverage and
fuzzing phases, valid and invalid data, every check. Whatever a client sends, the answer is what the document
says: a valid request is accepted, an invalid one is a 4xx, statuses, headers, content types and bodies are
documented, and nothing is a 500. The exclusions are listed in the README (API, "What the fuzzer may not see")."""

import json
import time

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.core.failures import FailureGroup
from schemathesis.pytest.lazy import get_all_tests  # the pytest plugin's own runner needs pytest < 9

from tests import factories

SKIP = {("POST", "/auth/logout")}  # would end the session the other cases run in
MAX_EXAMPLES = 10

# A valid request refused on purpose, for what no schema can say (each listed in the README): the fuzzer's random ids
# name nothing, a sort key must be one of the operation's sortable fields, an expiry date must lie ahead and within a
# year, an e-mail address must be deliverable (not `.test`), a password may not be common or hold the name, text may
# not hold NUL (PostgreSQL cannot store it), an uploaded file must be a spreadsheet (any error on `/file`), a few
# rules tie two fields together, an ETag the fuzzer cannot know is stale (412), and a write it sends without the
# If-Match it may leave out (the header is optional in the document, so each client learns of it) is 428.
FORGIVEN_CODES = {"unknown", "unknown_id", "unknown_reference", "unknown_sort_field", "date_in_past",
                  "too_far_ahead", "nul_character", "password_common", "password_contains_identity"}
# (code, pointer): the rules that tie two fields together, and the deliverable e-mail address
FORGIVEN_AT = {("before_first_year", "/lastYear"), ("missing", "/interventionId"), ("missing", "/cap"),
               ("not_allowed", "/cap"), ("value_error", "/email"),
               # questionnaires: an instrument names a template or a title and purpose; a question's options and
               # anchors follow its type, its dimension its level, and its option keys differ
               ("missing", "/title"), ("missing", "/purpose"), ("not_allowed", "/options"),
               ("not_allowed", "/scaleMinLabel"), ("not_allowed", "/scaleMaxLabel"),
               ("dimension_of_other_level", "/dimension"), ("value_error", "/options"),
               # sessions: a session ends after it starts and holds its attendees; a person once per attendance
               ("not_after_start", "/endsAt"), ("below_attendee_count", "/capacity"), ("value_error", "/entries")}


def _errors(response) -> list[dict]:
    try:
        return json.loads(response.content or b"{}").get("errors", [])
    except ValueError:
        return []


def _refused_on_purpose(failure: Exception, response) -> bool:
    if type(failure).__name__ != "RejectedPositiveData":
        return False
    errors = _errors(response)
    forgiven = all(error.get("code") in FORGIVEN_CODES or error.get("pointer") == "/file"
                   or (error.get("code"), error.get("pointer")) in FORGIVEN_AT for error in errors)
    return response.status_code in (412, 428) or (response.status_code == 400 and bool(errors) and forgiven)


def fuzz_schema(app):
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    schema.config.update(base_url="https://testserver/api/v1")
    # A missing If-Match is 428 Precondition Required (RFC 6585), as documented, not a 400.
    schema.config.checks.missing_required_header.expected_statuses = ["400", "401", "403", "406", "415", "422", "428"]
    return schema


def test_api_answers_every_input_as_documented(app, db, org):
    admin = factories.make_user(db, org, role="admin")
    cookie, csrf = factories.sign_in(db, admin)
    headers = {"X-CSRF-Token": csrf, "Cookie": f"leerkoers_session={cookie}"}
    failures: dict[tuple, list[str]] = {}
    cases = 0

    def answers_as_documented(case: schemathesis.Case) -> None:
        nonlocal cases
        cases += 1
        response = case.call(headers=headers)
        try:
            case.validate_response(response, headers=headers)
        except FailureGroup as group:
            for failure in group.exceptions:
                if not _refused_on_purpose(failure, response):
                    codes = sorted({error.get("code", "") for error in _errors(response)})
                    key = (case.method, case.path, failure.title, response.status_code, *codes)
                    failures.setdefault(key, []).append(
                        f"query={case.query} body={str(case.body)[:200]}: {failure.message[:300]} -> "
                        f"{response.text[:300]}")

    started = time.perf_counter()
    operations = 0
    run_settings = settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
                            database=None, derandomize=True)
    for result in get_all_tests(schema=fuzz_schema(app), test_func=answers_as_documented, settings=run_settings,
                                given_kwargs=None):
        operation, test = result.ok()
        if (operation.method.upper(), operation.path) in SKIP:
            continue
        test()
        operations += 1
    count = sum(len(examples) for examples in failures.values())
    print(f"schemathesis: {operations} operations, {cases} cases, {count} failures, "
          f"{time.perf_counter() - started:.0f} s")
    assert operations >= 60
    assert not failures, "\n".join(f"{len(examples)} x {key}\n    {examples[0]}" for key, examples in failures.items())
