"""One way to list: `?page=&pageSize=&sort=`, a deterministic order, `{items,page,pageSize,total}` and a Link header."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request, Response
from sqlalchemy import func, select
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from app.core.errors import InvalidInput
from app.core.schemas import Page

MAX_PAGE_SIZE = 200


@dataclass(frozen=True)
class PageParams:
    page: int
    page_size: int
    sort: list[str]
    request: Request
    response: Response


async def _page_params(  # async: plain parsing, run in the event loop rather than in a worker thread
    request: Request,
    response: Response,
    page: Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1.")] = 1,
    page_size: Annotated[
        int, Query(alias="pageSize", ge=1, le=MAX_PAGE_SIZE, description=f"Items per page, at most {MAX_PAGE_SIZE}.")
    ] = 50,
    sort: Annotated[
        str | None,
        Query(max_length=200, description="Comma-separated fields; a leading `-` sorts descending."),
    ] = None,
) -> PageParams:
    keys = [key.strip() for key in (sort or "").split(",") if key.strip()]
    return PageParams(page=page, page_size=page_size, sort=keys, request=request, response=response)


Paging = Annotated[PageParams, Depends(_page_params)]


def paginate(
    db: Session,
    statement: Select[Any],
    params: PageParams,
    *,
    sortable: Mapping[str, ColumnElement[Any]],
    default_sort: Sequence[str],
    tiebreaker: ColumnElement[Any],
    to_item: Callable[[Any], Any] | None = None,
    total_in_page: bool = False,
) -> Page[Any]:
    """Two queries whatever the page holds: a count and the page itself. With `total_in_page` (a statement of
    columns, without DISTINCT) one: the page's rows carry the total as `count(*) OVER ()`, cut off again before
    `to_item`, which gets tuples; only a page past the end, which has no rows to carry it, still counts apart."""
    order = []
    for key in params.sort or default_sort:
        descending = key.startswith("-")
        column = sortable.get(key.lstrip("-"))
        if column is None:
            allowed = ", ".join(sorted(sortable))
            raise InvalidInput("#/query/sort", f"Cannot sort on '{key.lstrip('-')}'. Sortable: {allowed}.",
                               code="unknown_sort_field")
        order.append(column.desc() if descending else column.asc())
    order.append(tiebreaker.asc())

    def count() -> int:
        return db.scalar(select(func.count()).select_from(statement.order_by(None).subquery())) or 0

    page = statement.add_columns(func.count().over()) if total_in_page else statement
    rows: Sequence[Any] = db.execute(
        page.order_by(*order).offset((params.page - 1) * params.page_size).limit(params.page_size)
    ).all()
    if total_in_page:
        total = rows[0][-1] if rows else (count() if params.page > 1 else 0)
        rows = [tuple(row)[:-1] for row in rows]
    else:
        total = count()
    items = [to_item(row) for row in rows] if to_item else [row[0] if len(row) == 1 else row for row in rows]
    _set_link_header(params, total)
    return Page[Any](items=items, page=params.page, page_size=params.page_size, total=total)


def _set_link_header(params: PageParams, total: int) -> None:
    last = max(1, -(-total // params.page_size))
    url = params.request.url

    def link(page: int, rel: str) -> str:
        return f'<{url.include_query_params(page=page, pageSize=params.page_size)}>; rel="{rel}"'

    links = [link(1, "first")]
    if params.page > 1:
        links.append(link(min(params.page - 1, last), "prev"))
    if params.page < last:
        links.append(link(params.page + 1, "next"))
    links.append(link(last, "last"))
    params.response.headers["Link"] = ", ".join(links)
