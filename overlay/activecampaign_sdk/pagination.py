"""Walk a list operation page by page (limit/offset), holding one page at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, cast

import attrs

MAX_PAGE_SIZE = 100  # the API's own cap on `limit`


def check_page_size(page_size: int) -> None:
    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be an integer from 1 to {MAX_PAGE_SIZE}, got {page_size!r}")


def check_params(params: dict[str, Any]) -> None:
    clash = sorted({"limit", "offset"} & params.keys())
    if clash:
        raise ValueError(f"paginate sets {' and '.join(clash)} itself; pass page_size instead")


def page_items(page: object) -> list[Any]:
    """The items of a list page: its first required list attribute (`contacts`, `tags`, ...).

    List responses are `{"<resource>": [...], "meta": {...}}` with the resource
    list required and any side-loaded lists optional, so the first required
    list is the page's items whatever the operation.
    """
    if not attrs.has(type(page)):
        raise TypeError(f"paginate needs a list operation; it returned {type(page).__name__}")
    for field in attrs.fields(cast(type[attrs.AttrsInstance], type(page))):
        if field.default is attrs.NOTHING:
            value = getattr(page, field.name)
            if isinstance(value, list):
                return value
    raise TypeError(f"{type(page).__name__} has no required list attribute to paginate over")


def page_total(page: object) -> int | None:
    meta = getattr(page, "meta", None)
    total = getattr(meta, "total", None)
    try:
        return int(total) if total is not None and not isinstance(total, bool) else None
    except (TypeError, ValueError):
        return None


def _is_last(items: list[Any], offset: int, page_size: int, total: int | None) -> bool:
    # A short page ends the walk, and so does reaching meta.total.
    return len(items) < page_size or (total is not None and offset + len(items) >= total)


def paginate(operation: Callable[..., object], page_size: int, params: dict[str, Any]) -> Iterator[Any]:
    check_page_size(page_size)
    check_params(params)

    def walk() -> Iterator[Any]:
        offset = 0
        while True:
            page = operation(limit=page_size, offset=offset, **params)
            items = page_items(page)
            yield from items
            if _is_last(items, offset, page_size, page_total(page)):
                return
            offset += len(items)

    return walk()


def paginate_async(
    operation: Callable[..., Awaitable[object]], page_size: int, params: dict[str, Any]
) -> AsyncIterator[Any]:
    check_page_size(page_size)
    check_params(params)

    async def walk() -> AsyncIterator[Any]:
        offset = 0
        while True:
            page = await operation(limit=page_size, offset=offset, **params)
            items = page_items(page)
            for item in items:
                yield item
            if _is_last(items, offset, page_size, page_total(page)):
                return
            offset += len(items)

    return walk()
