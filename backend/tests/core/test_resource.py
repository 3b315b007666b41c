"""`core.resource`: the standard operations a router declares answer and document alike for every resource."""

import uuid
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Query
from fastapi.testclient import TestClient
from pydantic import BaseModel

from app.core.db import get_db
from app.core.openapi import operation_id
from app.core.resource import Calls, Doc, Item, Routes, query_into
from app.core.schemas import Page
from app.core.scope import Role, Scope

SCOPE = Scope(organisation_id=uuid.uuid4(), role=Role.editor, actor_label="test")


def _scope() -> Scope:
    return SCOPE


AnyScope = Annotated[Scope, Depends(_scope)]


class WidgetRead(BaseModel):
    id: uuid.UUID
    name: str
    version: int


class WidgetCreate(BaseModel):
    name: str


class WidgetUpdate(BaseModel):
    name: str | None = None


@dataclass
class Widget:
    name: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    version: int = 1


@dataclass
class FakeService:
    """Records what the operations hand it."""

    widgets: dict[uuid.UUID, Widget] = field(default_factory=dict)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def create(self, db: Any, scope: Scope, *, data: WidgetCreate) -> Widget:
        widget = Widget(data.name)
        self.widgets[widget.id] = widget
        self.calls.append(("create", {"scope": scope}))
        return widget

    def get(self, db: Any, scope: Scope, *, widget_id: uuid.UUID) -> Widget:
        return self.widgets[widget_id]

    def update(self, db: Any, scope: Scope, *, widget_id: uuid.UUID, data: WidgetUpdate,
               if_match: str | None) -> Widget:
        widget = self.widgets[widget_id]
        widget.name, widget.version = data.name or widget.name, widget.version + 1
        self.calls.append(("update", {"if_match": if_match}))
        return widget

    def delete(self, db: Any, scope: Scope, *, widget_id: uuid.UUID) -> None:
        del self.widgets[widget_id]

    def list_parts(self, db: Any, scope: Scope, paging: Any, **filters: Any) -> Page[WidgetRead]:
        self.calls.append(("list", {"page_size": paging.page_size, **filters}))
        return Page(items=[WidgetRead(id=w.id, name=w.name, version=w.version) for w in self.widgets.values()],
                    page=paging.page, page_size=paging.page_size, total=len(self.widgets))


class KindFilter:
    kind: Annotated[str | None, Query(max_length=10, description="Only this kind.")] = None


def make_app(service: FakeService) -> FastAPI:
    router = APIRouter()
    routes = Routes(router, reader=AnyScope, editor=AnyScope)
    refused = {409: {"description": "Still used."}}
    routes.standard(
        Item("widgets", "widget", "widget_id", "a widget (ding)", WidgetRead, WidgetCreate, WidgetUpdate,
             to_read=lambda db, scope, widget: WidgetRead(id=widget.id, name=widget.name.upper(),
                                                          version=widget.version)),
        Calls(service.create, service.get, service.update, service.delete),
        create=Doc("Adds one.", summary="Make a widget"),
        get="""One widget,
        on two lines.""",
        delete=Doc("Refused (409) while used.", refused),
    )

    @routes.listing("/widgets/{widget_id}/parts", WidgetRead, service.list_parts, summary="List a widget's parts")
    class ListWidgetParts(KindFilter):
        """A widget's parts,
        by name."""

        min_size: Annotated[int, Query(alias="minSize", ge=1, description="Parts this big or bigger.")]
        q: Annotated[str | None, Query(description="Part of the name.")] = None

    app = FastAPI(generate_unique_id_function=operation_id)
    app.include_router(router, prefix="/api/v1")
    app.dependency_overrides[get_db] = lambda: None
    return app


def test_the_operations_answer_with_location_etag_and_the_read_model() -> None:
    service = FakeService()
    client = TestClient(make_app(service))

    created = client.post("/api/v1/widgets", json={"name": "gear"})
    assert created.status_code == 201
    widget_id = created.json()["id"]
    assert created.headers["Location"] == f"/api/v1/widgets/{widget_id}"
    assert created.headers["ETag"] == '"1"'
    assert created.json()["name"] == "GEAR"  # through to_read
    assert service.calls[0] == ("create", {"scope": SCOPE})

    got = client.get(f"/api/v1/widgets/{widget_id}")
    assert got.status_code == 200 and got.headers["ETag"] == '"1"'

    changed = client.patch(f"/api/v1/widgets/{widget_id}", json={"name": "cog"}, headers={"If-Match": '"1"'})
    assert changed.status_code == 200 and changed.headers["ETag"] == '"2"' and changed.json()["name"] == "COG"
    assert service.calls[1] == ("update", {"if_match": '"1"'})

    deleted = client.delete(f"/api/v1/widgets/{widget_id}")
    assert deleted.status_code == 204 and not deleted.content
    assert service.widgets == {}


def test_the_operations_are_documented_by_name_summary_and_description() -> None:
    document = make_app(FakeService()).openapi()
    item = document["paths"]["/api/v1/widgets/{widget_id}"]
    create = document["paths"]["/api/v1/widgets"]["post"]
    assert (create["operationId"], create["summary"], create["description"]) == (
        "createWidget", "Make a widget", "Adds one.")
    assert set(create["responses"]) == {"201", "422"}
    assert (item["get"]["operationId"], item["get"]["summary"], item["get"]["description"]) == (
        "getWidget", "Get a widget (ding)", "One widget,\non two lines.")
    assert (item["patch"]["summary"], "description" in item["patch"]) == ("Change a widget (ding)", False)
    assert item["delete"]["summary"] == "Delete a widget (ding)"
    assert item["delete"]["responses"]["409"] == {"description": "Still used."}
    assert "204" in item["delete"]["responses"]
    assert [p["name"] for p in item["patch"]["parameters"]] == ["widget_id", "If-Match"]


def test_a_list_is_declared_by_a_class_of_filters() -> None:
    service = FakeService()
    app = make_app(service)
    client = TestClient(app)
    widget_id = client.post("/api/v1/widgets", json={"name": "gear"}).json()["id"]

    listed = client.get(f"/api/v1/widgets/{widget_id}/parts", params={"minSize": 3, "kind": "bolt", "pageSize": 5})
    assert listed.status_code == 200 and listed.json()["total"] == 1 and listed.json()["pageSize"] == 5
    assert service.calls[-1] == ("list", {"page_size": 5, "widget_id": uuid.UUID(widget_id), "kind": "bolt",
                                          "min_size": 3, "q": None})
    refused = client.get(f"/api/v1/widgets/{widget_id}/parts", params={"minSize": 0})
    assert refused.status_code == 422 and client.get(f"/api/v1/widgets/{widget_id}/parts").status_code == 422

    operation = app.openapi()["paths"]["/api/v1/widgets/{widget_id}/parts"]["get"]
    assert (operation["operationId"], operation["summary"], operation["description"]) == (
        "listWidgetParts", "List a widget's parts", "A widget's parts,\nby name.")
    assert [(p["name"], p["in"], p.get("required", False)) for p in operation["parameters"]] == [
        ("widget_id", "path", True), ("kind", "query", False), ("minSize", "query", True), ("q", "query", False),
        ("page", "query", False), ("pageSize", "query", False), ("sort", "query", False)]
    page = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert page.endswith("Page_WidgetRead_")  # a Page of the read model


@dataclass(frozen=True)
class Filters:
    q: str | None = None
    size: int | None = None
    year: int | None = None  # not a parameter: set by the route itself


def test_query_into_reads_the_named_fields_into_the_dataclass_and_documents_them():
    app = FastAPI()
    queries = {"q": Query(max_length=5, description="Part of the name."), "size": Query(alias="minSize", ge=1)}

    @app.get("/things")
    def things(filters: Annotated[Filters, Depends(query_into(Filters, queries))]) -> dict[str, Any]:
        return {"filters": repr(filters)}

    client = TestClient(app)
    assert client.get("/things", params={"q": "ab", "minSize": "3"}).json() == {
        "filters": repr(Filters(q="ab", size=3))}
    assert client.get("/things").json() == {"filters": repr(Filters())}
    assert client.get("/things", params={"minSize": "0"}).status_code == 422
    assert client.get("/things", params={"q": "toolong"}).status_code == 422
    parameters = app.openapi()["paths"]["/things"]["get"]["parameters"]
    assert [(p["name"], p.get("description")) for p in parameters] == [("q", "Part of the name."), ("minSize", None)]
