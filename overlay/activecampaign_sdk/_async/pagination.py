"""`AsyncPaginator`: every item of a list operation, page by page (see `..pagination`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Generic, TypeVar

from ..pagination import AsyncOperation, ListPage, Page, PageWalk

T = TypeVar("T")


class AsyncPaginator(Generic[T]):
    """Iterate it for the items; `pages()` for the pages (items, offset, total, `has_more`)."""

    def __init__(
        self, operation: AsyncOperation[..., ListPage[T]], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        # Checked now, so that a wrong argument fails before any request.
        self._walk = PageWalk.start(operation, args, kwargs)
        self._operation = operation

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def pages(self) -> AsyncIterator[Page[T]]:
        walk = self._walk.again()
        while True:
            page = walk.page(await self._operation(*walk.args, **walk.arguments()))
            if page is None:
                return
            yield page
            if not page.has_more:
                return
