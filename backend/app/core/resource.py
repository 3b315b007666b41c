"""The standard operations of a resource, registered from its service functions.

Create, get, change and delete answer alike in every domain (201 with Location and ETag, ETag, If-Match, 204), so a
router states only what differs: the path, the schemas, the service functions and each operation's documentation.
Each operation keeps its own name (`create_development` → operationId `createDevelopment`), summary, description and
documented responses. A list differs only in its filters, so a router declares it as a class: its name is the
operation's, its docstring the description, its annotated attributes the query parameters (`Routes.listing`):

    @routes.listing("/plans", schemas.PlanRead, service.list_plans, summary="List plans (leerplannen)")
    class ListPlans:
        "The organisation's plans, newest first. Sortable on title, createdAt."

        status: PlanStatus | None = None
        q: Annotated[str | None, Query(max_length=200, description="Part of the title.")] = None
"""

import dataclasses
import inspect
import re
import sys
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, NamedTuple, TypeVar, get_type_hints

from fastapi import APIRouter, Response, status
from sqlmodel import Session

from app.core.concurrency import IfMatch
from app.core.db import DbSession
from app.core.http import created, tagged
from app.core.ordering import Ordered, create_placed, update_placed
from app.core.pagination import PageParams, Paging
from app.core.records import Records
from app.core.schemas import Page
from app.core.scope import Scope

Responses = dict[int | str, dict[str, Any]]
T = TypeVar("T")


@dataclass(frozen=True)
class Doc:
    """What the OpenAPI document says of one operation beyond its summary (`<Verb> <label>` unless given)."""

    description: str | None = None
    responses: Responses | None = None
    summary: str | None = None


DocLike = Doc | str | None  # a bare string is the description


@dataclass(frozen=True)
class Item:
    """A resource at `/<collection>` and `/<collection>/{<key>}`; `noun` names its operations (`create_<noun>`),
    `label` ends their summaries ("Get " + "a goal (doel)")."""

    collection: str
    noun: str
    key: str
    label: str
    read: type[Any]
    create: type[Any]
    update: type[Any]
    # What a service's entity answers as; by default the read schema of its attributes.
    to_read: Callable[[Session, Scope, Any], Any] | None = None
    # A child under its parent's path: `collection` names the parent's key, e.g. "programmes/{programme_id}/phases"
    # with parent "programme_id"; every operation takes it from the path and passes it on as `<parent>=`.
    parent: str | None = None

    def answer(self, db: Session, scope: Scope, entity: Any) -> Any:
        return self.to_read(db, scope, entity) if self.to_read else self.read.model_validate(entity)


class Calls(NamedTuple):
    """The service functions behind the operations: `create(db, scope, data=)`, `get(db, scope, <key>=)`,
    `update(db, scope, <key>=, data=, if_match=)`, `delete(db, scope, <key>=)`."""

    create: Callable[..., Any]
    get: Callable[..., Any]
    update: Callable[..., Any]
    delete: Callable[..., Any]

    @classmethod
    def placed(cls, collection: Ordered, *, delete: Callable[..., Any], update: Callable[..., Any] | None = None
               ) -> "Calls":
        """The calls of an ordered child whose create has no rules beyond `core.ordering`'s (its parent, its
        place, its `rules`), and whose update has none either unless the service gives its own `update`; `delete`
        is the service's."""

        def create(db: Session, scope: Scope, *, data: Any) -> Any:
            return create_placed(db, scope, collection, data)

        def update_placed_child(db: Session, scope: Scope, *, data: Any, if_match: str | None,
                                **key: uuid.UUID) -> Any:
            return update_placed(db, scope, collection, collection.get(db, scope, **key), data, if_match)

        return cls(create, collection.get, update or update_placed_child, delete)

    @classmethod
    def recorded(cls, records: Records, *, delete: Callable[..., Any] | None = None) -> "Calls":
        """The calls of a table whose writes are `records`' (`core.records`); `delete`: the domain's own, where
        deleting has rules."""
        return cls(records.create, records.get, records.update, delete or records.delete)


def _doc(doc: DocLike) -> Doc:
    return doc if isinstance(doc, Doc) else Doc(doc)


def _param(name: str, annotation: Any, default: Any = inspect.Parameter.empty) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)


def _query_params(query: type[Any]) -> list[inspect.Parameter]:
    """A list's query parameters: the annotated attributes of its class and of its bases (theirs first)."""
    return [_param(name, annotation, getattr(query, name, inspect.Parameter.empty))
            for name, annotation in get_type_hints(query, include_extras=True).items()]


def query_into(into: type[T], queries: Mapping[str, Any]) -> Callable[..., Awaitable[T]]:
    """A dependency that reads query parameters into `into`, a dataclass: each field `queries` names is a
    parameter, in that order, typed and defaulted as the field and documented by its `Query(...)` (alias,
    description, limits); the other fields keep their defaults. The fields are stated once, where the service
    reads them, and the router adds what HTTP needs."""
    fields, hints = {f.name: f for f in dataclasses.fields(into)}, get_type_hints(into)  # type: ignore[arg-type]

    async def dependency(**values: Any) -> T:  # async: no I/O, so no worker thread for it
        return into(**values)

    dependency.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [_param(name, Annotated[hints[name], query], fields[name].default) for name, query in queries.items()])
    return dependency


def _on_its_module(call: Callable[..., Any]) -> Callable[[], Callable[..., Any]]:
    """The function as its module has it when a request comes, as an endpoint that calls `service.list_x(...)`
    finds it (a test that patches the service reaches the route); a function its module does not hold, as it is."""
    module, name = sys.modules[call.__module__], call.__name__
    if getattr(module, name, None) is not call:
        return lambda: call
    return lambda: getattr(module, name)


class Routes:
    """Registers operations on `router`; `reader` and `editor` are the scope dependencies that may read and write."""

    def __init__(self, router: APIRouter, *, reader: Any, editor: Any) -> None:
        self.router, self.reader, self.editor = router, reader, editor

    def standard(self, item: Item, calls: Calls, *, create: DocLike = None, get: DocLike = None,
                 update: DocLike = None, delete: DocLike = None) -> None:
        """POST /<collection>, then GET, PATCH and DELETE /<collection>/{<key>}, in that order."""

        def create_endpoint(*, data: Any, scope: Scope, db: Session, response: Response, **key: uuid.UUID) -> Any:
            entity = calls.create(db, scope, data=data, **key)
            created(response, entity, item.collection.format(**key))
            return item.answer(db, scope, entity)

        def get_endpoint(*, scope: Scope, db: Session, response: Response, **key: uuid.UUID) -> Any:
            entity = calls.get(db, scope, **key)
            tagged(response, entity)
            return item.answer(db, scope, entity)

        def update_endpoint(*, data: Any, scope: Scope, db: Session, response: Response, if_match: str | None,
                            **key: uuid.UUID) -> Any:
            entity = calls.update(db, scope, data=data, if_match=if_match, **key)
            tagged(response, entity)
            return item.answer(db, scope, entity)

        def delete_endpoint(*, scope: Scope, db: Session, **key: uuid.UUID) -> None:
            calls.delete(db, scope, **key)

        parent = [_param(item.parent, uuid.UUID)] if item.parent else []
        key = [*parent, _param(item.key, uuid.UUID)]
        db, response = _param("db", DbSession), _param("response", Response)
        reader, editor = _param("scope", self.reader), _param("scope", self.editor)
        self._add(item, "create", "Create", "POST", _doc(create), create_endpoint,
                  [*parent, _param("data", item.create), editor, db, response], status.HTTP_201_CREATED)
        self._add(item, "get", "Get", "GET", _doc(get), get_endpoint, [*key, reader, db, response])
        self._add(item, "update", "Change", "PATCH", _doc(update), update_endpoint,
                  [*key, _param("data", item.update), editor, db, response, _param("if_match", IfMatch, None)])
        self._add(item, "delete", "Delete", "DELETE", _doc(delete), delete_endpoint, [*key, editor, db],
                  status.HTTP_204_NO_CONTENT)

    def listing(self, path: str, read: type[Any], call: Callable[..., Any], *,
                summary: str) -> Callable[[type[T]], type[T]]:
        """GET <path>, declared by the class it decorates: a `Page[read]` of `call(db, scope, paging, **arguments)`
        for the reader. The class names the operation (`ListPlans` → `list_plans`, operationId `listPlans`), its
        docstring is the description, and each of its annotated attributes is a query parameter passed on by that
        name: the annotation gives the type and the `Query(...)` (alias, description, limits), the value its
        default (none: required). Each `{key}` in the path is an id passed on as `key=`. In the document the path's
        ids come first, then the class's parameters in their order, then paging's."""

        service = _on_its_module(call)

        def register(query: type[T]) -> type[T]:
            def endpoint(*, scope: Scope, db: Session, paging: PageParams, **arguments: Any) -> Any:
                return service()(db, scope, paging, **arguments)

            name = re.sub(r"(?<!^)(?=[A-Z])", "_", query.__name__).lower()
            keys = [_param(key, uuid.UUID) for key in re.findall(r"{(\w+)}", path)]
            endpoint.__name__ = name
            endpoint.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
                [*keys, _param("scope", self.reader), _param("db", DbSession), _param("paging", Paging),
                 *_query_params(query)])
            self.router.add_api_route(path, endpoint, methods=["GET"], name=name, response_model=Page[read],
                                      summary=summary, description=inspect.cleandoc(query.__doc__ or ""))
            return query

        return register

    def _add(self, item: Item, verb: str, title: str, method: str, doc: Doc, endpoint: Callable[..., Any],
             params: list[inspect.Parameter], code: int = status.HTTP_200_OK) -> None:
        endpoint.__name__ = f"{verb}_{item.noun}"  # the operationId
        endpoint.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        path = f"/{item.collection}" if verb == "create" else f"/{item.collection}/{{{item.key}}}"
        self.router.add_api_route(
            path, endpoint, methods=[method], name=endpoint.__name__, status_code=code,
            response_model=None if code == status.HTTP_204_NO_CONTENT else item.read,
            summary=doc.summary or f"{title} {item.label}", description=inspect.cleandoc(doc.description or ""),
            responses=doc.responses,
        )
