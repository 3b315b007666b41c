"""A list costs the same number of SQL statements for 1 item as for a full page (no N+1)."""

import pytest

from app.core import audit
from tests import factories

pytestmark = pytest.mark.anyio


def add_rows(db, org, creator, n: int) -> None:
    for _ in range(n):
        user = factories.make_user(db, org, role="viewer")
        factories.make_api_token(db, creator)
        audit.record(db, organisation_id=org.id, action="x", entity_type="user", entity_id=user.id,
                     actor_label=creator.email)
        db.execute(audit.AuditEvent.__table__.update().where(audit.AuditEvent.entity_id == user.id)
                   .values(actor_user_id=creator.id))
    db.flush()


@pytest.mark.parametrize("path", ["/api/v1/users", "/api/v1/api-tokens", "/api/v1/audit-events"])
async def test_list_query_count_does_not_grow_with_the_page(api_as, db, org, count_queries, path):
    client = api_as("admin")
    add_rows(db, org, client.user, 1)
    await client.get(path)  # the first request also extends the session's expiry
    with count_queries() as small:
        assert (await client.get(path, params={"pageSize": 200})).status_code == 200
    add_rows(db, org, client.user, 60)
    with count_queries() as large:
        body = (await client.get(path, params={"pageSize": 200})).json()
    assert len(body["items"]) > 60
    assert large.n == small.n, f"{path}: {small.n} statements for 1 row, {large.n} for {len(body['items'])}"
