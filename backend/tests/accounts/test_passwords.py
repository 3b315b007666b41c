"""Passwords that may not be used (ASVS 5.0 V6.2): common or breached ones, and ones that contain who you are."""

import pytest

from app.core.security import password_problem
from tests import factories

pytestmark = pytest.mark.anyio

USER = {"email": "j.de.vries@example.org", "name": "Janneke de Vries", "role": "editor"}


@pytest.mark.parametrize(("password", "code"), [
    ("aaaaaaaaaaaa", "password_common"),
    ("123456789012", "password_common"),
    ("password1234", "password_common"),
    ("qwertyuiop12", "password_common"),
    ("j.de.vries@example.org", "password_contains_identity"),
    ("J.de.Vries-2026-zomer", "password_contains_identity"),
    ("mijn naam is janneke!", "password_contains_identity"),
])
async def test_a_new_user_with_such_a_password_is_refused_naming_the_field_and_why(api_as, password, code):
    r = await api_as("admin").post("/api/v1/users", json={**USER, "password": password})
    assert r.status_code == 400 and r.headers["content-type"].startswith("application/problem+json")
    [error] = r.json()["errors"]
    assert error["pointer"] == "/password" and error["code"] == code and error["detail"]


async def test_a_password_change_to_such_a_password_is_refused(api_as, db, org):
    admin = api_as("admin")
    user = factories.make_user(db, org, email="lezer@example.org")
    url = f"/api/v1/users/{user.id}"
    etag = (await admin.get(url)).headers["etag"]
    for password, code in (("lezer@example.org", "password_contains_identity"), ("password1234", "password_common")):
        r = await admin.patch(url, json={"password": password}, headers={"If-Match": etag})
        assert r.status_code == 400 and r.json()["errors"][0]["code"] == code
    # with a new name in the same change, the new name counts
    r = await admin.patch(url, json={"name": "Wilhelmina Zonneveld", "password": "zonneveld op zondag"},
                          headers={"If-Match": etag})
    assert r.status_code == 400 and r.json()["errors"][0]["code"] == "password_contains_identity"


@pytest.mark.parametrize("password", [factories.PASSWORD, "een lang wachtwoord", "een lang demo wachtwoord",
                                      "demo wachtwoord lang", "lang genoeg wachtwoord", "e2e-Leerkoers-demo-2026"])
def test_the_passwords_of_the_demo_and_the_tests_are_accepted(password):
    assert password_problem(password, email="admin@deventer.demo", name="Beheerder Deventer") is None


def test_long_passwords_are_judged_quickly():
    import time

    started = time.perf_counter()
    assert password_problem("ab1" * 85, email="x@example.org", name="X") is not None  # a pattern, however long
    assert time.perf_counter() - started < 3
