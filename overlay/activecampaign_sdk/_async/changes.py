"""`ac.updated_since(collection, cursor)`: the records created or changed since a cursor, and the next cursor.

    walk = ac.updated_since("contacts", cursor)       # cursor: None on the first run
    async for contact in walk:                        # dicts, as the API sent them
        ...
    save(walk.cursor.to_json())                       # only once the walk completed

The rules (the cursor, the overlap window, the `(id, update time)` tie-break, what a full
collection does) are `..changes`'; this module sends the requests, through the client's
pipeline (rate limit, retries, typed errors), one page at a time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from datetime import timedelta
from typing import Any

from ..base_url import safe_relative_path
from ..changes import DEFAULT_OVERLAP, ChangePage, ChangeWalk, UpdateCursor
from ..errors import InvalidInputError, body_of
from ..feeds import Feed
from ..pagination import MAX_PAGE_SIZE
from .sender import AsyncSender


class AsyncUpdatedSince:
    """One walk: iterate it for the records (`pages()` for the pages and their sideloads), then read `cursor`.

    `incremental` is False when the collection cannot be asked what changed (every walk is the
    whole collection); `requests` counts the list requests sent.
    """

    def __init__(self, sender: AsyncSender, walk: ChangeWalk) -> None:
        self._sender = sender
        self._walk = walk
        self._started = False

    @property
    def feed(self) -> Feed:
        return self._walk.feed

    @property
    def incremental(self) -> bool:
        return self._walk.incremental

    @property
    def complete(self) -> bool:
        return self._walk.done

    @property
    def requests(self) -> int:
        return self._walk.requests

    @property
    def cursor(self) -> UpdateCursor:
        """The cursor for the next walk; `IncompleteWalkError` until the last page was read."""
        return self._walk.cursor

    def __aiter__(self) -> AsyncIterator[dict[str, Any]]:
        return self._records()

    async def _records(self) -> AsyncIterator[dict[str, Any]]:
        async for page in self.pages():
            for record in page.records:
                yield record

    async def pages(self) -> AsyncIterator[ChangePage]:
        """Each answer's new records and its whole body, one request at a time."""
        if self._started:
            raise InvalidInputError("a walk is read once; ask ac.updated_since(...) again for another")
        self._started = True
        from activecampaign_api.routes import find_route

        walk = self._walk
        while not walk.done:
            path, params = walk.request()
            relative = safe_relative_path(path)
            answer = await self._sender.send(find_route("GET", relative), "GET", relative, params=params)
            yield walk.take(body_of(answer.content), answer.headers.get("date"))


class AsyncChangeHelpers:
    _sender: AsyncSender

    def updated_since(
        self,
        collection: str,
        cursor: UpdateCursor | None = None,
        *,
        page_size: int = MAX_PAGE_SIZE,
        overlap: timedelta = DEFAULT_OVERLAP,
        params: Mapping[str, str] | None = None,
        path_params: Mapping[str, str] | None = None,
        remember: bool = True,
    ) -> AsyncUpdatedSince:
        """The records of `collection` created or changed since `cursor` (every record when it is None).

            walk = ac.updated_since("deals", cursor)
            async for deal in walk:
                ...
            cursor = walk.cursor

        `collection` is an exportable list (`activecampaign_sdk.feeds.feeds()` names them:
        ``contacts``, ``deals``, ``contact_tags``, ...). `params` adds query parameters (filters,
        `include` for sideloads, read from `pages()`); `path_params` fills a path such as
        `/customObjects/records/{schemaId}`. `remember=False` is a one-off export: no cursor is
        kept (nor the versions it needs), and `cursor` raises. Arguments are checked before any request.
        """
        walk = ChangeWalk(
            collection,
            cursor,
            page_size=page_size,
            overlap=overlap,
            params=params,
            path_params=path_params,
            remember=remember,
        )
        return AsyncUpdatedSince(self._sender, walk)
