import pytest

pytestmark = pytest.mark.anyio


async def test_every_role_reads_the_settings(api_as, org):
    body = (await api_as("viewer").get("/api/v1/organisation")).json()
    assert body["name"] == org.name and body["minimumReportGroupSize"] == 5
    assert body["learningDaysPerFte"] is None and body["trainingBudgetTargetPercent"] is None


async def test_admin_changes_settings_with_exact_decimals(api_as):
    admin = api_as("admin")
    etag = (await admin.get("/api/v1/organisation")).headers["etag"]
    r = await admin.patch("/api/v1/organisation", headers={"If-Match": etag}, json={
        "learningDaysPerFte": "12", "trainingBudgetTargetPercent": "3", "minimumReportGroupSize": 7})
    assert r.status_code == 200, r.text
    assert r.json()["trainingBudgetTargetPercent"] == "3.00" and r.json()["minimumReportGroupSize"] == 7


@pytest.mark.parametrize(("field", "value"), [
    ("minimumReportGroupSize", 1), ("minimumReportGroupSize", "5"), ("minimumReportGroupSize", None),
    ("trainingBudgetTargetPercent", "101"), ("trainingBudgetTargetPercent", "2.345"), ("name", ""),
    ("learningDaysPerFte", "-1"),
])
async def test_bad_settings_are_400_naming_the_field(api_as, field, value):
    admin = api_as("admin")
    etag = (await admin.get("/api/v1/organisation")).headers["etag"]
    r = await admin.patch("/api/v1/organisation", json={field: value}, headers={"If-Match": etag})
    assert r.status_code == 400
    assert r.json()["errors"][0]["pointer"] == f"/{field}"


async def test_name_taken_by_another_organisation_is_409(api_as, other_org):
    admin = api_as("admin")
    etag = (await admin.get("/api/v1/organisation")).headers["etag"]
    r = await admin.patch("/api/v1/organisation", json={"name": other_org.name}, headers={"If-Match": etag})
    assert r.status_code == 409
