"""Changes of one user in parallel, on real connections (PostgreSQL in CI)."""

import asyncio

import pytest

from tests.auth.live_session import browser
from tests.core.test_parallel import live, live_engine  # noqa: F401  (fixtures)

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("change", [{"name": "Versie {i}"}, {"password": "een heel nieuw wachtwoord {i}"}],
                         ids=["name", "password"])
async def test_two_changes_of_one_user_with_one_etag_the_loser_gets_412(live, settings, change):  # noqa: F811
    async with browser(live, settings, "admin") as (admin, _cookie, _user), \
            browser(live, settings, "viewer") as (_viewer, _cookie2, user):
        url = f"/api/v1/users/{user.id}"
        etag = (await admin.get(url)).headers["etag"]
        answers = await asyncio.gather(*(
            admin.patch(url, json={key: value.format(i=i) for key, value in change.items()}, headers={"If-Match": etag})
            for i in range(2)))
    assert sorted(answer.status_code for answer in answers) == [200, 412], [a.json() for a in answers]
