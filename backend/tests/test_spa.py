"""The built SPA is served at / with a fallback to index.html, while /api stays the API's."""

import httpx
import pytest

from app.core.config import Settings
from app.main import create_app

pytestmark = pytest.mark.anyio


@pytest.fixture
async def spa_client(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><title>Leerkoers</title><div id=root></div>")
    (tmp_path / "assets" / "app.js").write_text("console.log('hi')")
    app = create_app(Settings(frontend_dist=tmp_path))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as client:
        yield client


async def test_spa_routes_fall_back_to_index_html(spa_client):
    for path in ("/", "/catalogus", "/beheer/gebruikers"):
        r = await spa_client.get(path, headers={"Accept": "text/html"})  # as a browser navigates
        assert r.status_code == 200 and "<div id=root>" in r.text, path
        assert "script-src" not in r.headers["content-security-policy"]  # default-src 'self' covers scripts
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert (await spa_client.get("/assets/app.js")).text == "console.log('hi')"
    assert (await spa_client.get("/assets/missing.js")).status_code == 404  # a missing file is not the page


async def test_unknown_api_paths_stay_problem_json(spa_client):
    for path in ("/api/v1/nothing", "/api/nothing", "/api/v2/users"):
        r = await spa_client.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json"), path


async def test_the_respondent_page_is_its_own_bundle(tmp_path):
    (tmp_path / "index.html").write_text("<!doctype html><title>Leerkoers</title><div id=root></div>")
    (tmp_path / "antwoorden.html").write_text("<!doctype html><title>Vragenlijst</title><div id=respondent></div>")
    app = create_app(Settings(frontend_dist=tmp_path))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://testserver") as client:
        r = await client.get("/antwoorden", headers={"Accept": "text/html"})
        assert r.status_code == 200 and "<div id=respondent>" in r.text
        assert r.headers["content-type"].startswith("text/html")
        assert r.headers["referrer-policy"] == "no-referrer"  # the token in the hash never leaks on a link
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert r.headers["cache-control"] == "no-cache"  # it names the current bundles
        for path in ("/", "/rondes/1", "/antwoorden-iets"):  # everything else stays the staff app
            r = await client.get(path, headers={"Accept": "text/html"})
            assert r.status_code == 200 and "<div id=root>" in r.text, path
