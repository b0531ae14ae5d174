"""Walking a list operation page by page, holding one page at a time.

`ac.paginate(ac.contacts.list_contacts, page_size=100, status=1)` yields `Contact`s: the item type
comes from the operation's page model (generated list responses have `page_items()`), and the
filters are the operation's own keyword arguments, so a type checker catches a misspelled filter or
an operation that returns no page. `page_size` defaults to 100, the API's maximum; `offset` is where
the walk starts; `limit` belongs to the walk.

Where the operation takes `id_greater` and `orders_id` (contacts), the walk is by id (keyset
paging, as ActiveCampaign's pagination guide recommends for large contact sets): each page asks
for `orders[id]=ASC` and the ids after the last one seen, so every page costs the same at any
depth, and records created or deleted during the walk cannot make it skip or repeat one. Giving
`offset=` or another `orders_*` sort walks by offset instead; `id_greater=` starts after that id.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Generic, ParamSpec, Protocol, TypeAlias, TypeVar

from .checks import whole_number
from .errors import InvalidInputError

logger = logging.getLogger("activecampaign_sdk")

MAX_PAGE_SIZE = 100  # the API's own cap on `limit`

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")
R = TypeVar("R")

# A bound operation of each client; aliases, so that one source serves both (see runtime.py).
SyncOperation: TypeAlias = Callable[P, R]
AsyncOperation: TypeAlias = Callable[P, Awaitable[R]]


class ListPage(Protocol[T_co]):
    """A list response: `{"<items>": [...], "meta": {"total": "123"}}`."""

    def page_items(self) -> Sequence[T_co]: ...


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list operation: its items, where it starts, and how many match in all."""

    items: list[T]
    offset: int
    limit: int
    total: int | None
    response: object
    keyset: bool = False
    """Whether the page was asked by id (`id_greater`): then `total` counts the ids after the previous page."""
    received: int | None = None
    """How many items the server sent, when more than `items` (a walk drops items it already yielded)."""

    @property
    def has_more(self) -> bool:
        """Whether another page follows: this one is full and `meta.total` is not reached."""
        count = len(self.items) if self.received is None else self.received
        if count < self.limit:
            return False
        if self.keyset:
            return self.total is None or count < self.total
        return self.total is None or self.offset + count < self.total

    @property
    def next_offset(self) -> int | None:
        count = len(self.items) if self.received is None else self.received
        return self.offset + count if self.has_more else None


@dataclass
class PageWalk:
    """Where a walk is, and the checks that end it: a short page, `meta.total`, or a page with nothing new.

    Every item is yielded once: a walk by offset remembers the ids it has yielded (a set of ids, as
    ints when they are digits), a walk by id only the greatest one (ids grow along it). A page that
    brings no item not yielded before ends the walk (the server ignores `offset`, or cycles through
    pages while `meta.total` claims more); items it repeats among new ones are dropped. A walk over
    items without ids compares each page with the previous one.
    """

    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    limit: int
    offset: int
    keyset: bool = False
    start_after: str | None = None
    _after: str | None = None
    _previous: list[Any] | None = None
    _seen: set[int | str] = field(default_factory=set)
    _greatest: int | None = None

    @classmethod
    def start(cls, operation: Callable[..., object], args: tuple[Any, ...], kwargs: dict[str, Any]) -> PageWalk:
        """The walk `paginate(operation, *args, **kwargs)` asks for, checked before any request.

        The page size is `page_size=`, or the first positional argument when there is one more
        than the operation's own positional parameters (its path parameters) take.
        """
        try:
            parameters = inspect.signature(operation).parameters
        except (TypeError, ValueError):
            parameters = {}  # type: ignore[assignment]
        if "limit" not in parameters or "offset" not in parameters:
            name = getattr(operation, "__name__", repr(operation))
            raise InvalidInputError(f"paginate needs a list operation (one that takes limit and offset), not {name}")
        kwargs = dict(kwargs)
        if "limit" in kwargs:
            raise InvalidInputError("paginate sets limit itself; give the page size as page_size")
        positional = sum(1 for p in parameters.values() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD)
        page_size = kwargs.pop("page_size", MAX_PAGE_SIZE)
        if len(args) > positional:
            page_size, args = args[0], args[1:]
        limit = whole_number(page_size, "page_size", 1, MAX_PAGE_SIZE)
        keyset = (
            "id_greater" in parameters
            and "orders_id" in parameters
            and "offset" not in kwargs
            and not any(name.startswith("orders_") for name in kwargs)
        )
        offset = whole_number(kwargs.pop("offset", 0), "offset", 0)
        start_after = None
        if keyset and kwargs.get("id_greater") is not None:
            start_after = str(kwargs.pop("id_greater"))
        return cls(args, kwargs, limit, offset, keyset, start_after, start_after)

    def again(self) -> PageWalk:
        """A fresh walk from the same start."""
        greatest = _numeric_id(self.start_after) if self.start_after is not None else None
        return replace(self, _previous=None, _after=self.start_after, _seen=set(), _greatest=greatest)

    def arguments(self) -> dict[str, Any]:
        """The keyword arguments of the operation for the next page."""
        if not self.keyset:
            return {**self.kwargs, "limit": self.limit, "offset": self.offset}
        after = {} if self._after is None else {"id_greater": self._after}
        return {**self.kwargs, "limit": self.limit, "orders_id": "ASC", **after}

    def page(self, response: ListPage[T]) -> Page[T] | None:
        """The page in a response, without the items yielded before; None when it brings nothing new."""
        page_items = getattr(response, "page_items", None)
        if not callable(page_items):
            raise InvalidInputError(f"paginate needs a list operation; it returned {type(response).__name__}")
        received = list(page_items())
        if self.keyset and received:
            last = getattr(received[-1], "id", None)
            if not isinstance(last, str | int) or isinstance(last, bool):
                raise InvalidInputError("paginate walks this list by id, and its items have no id")
        items = self._new(received)
        if received and not items:
            where = f"id > {self._after}" if self.keyset else f"offset {self.offset}"
            logger.warning("paginate: the page at %s brought no item not seen before; stopping", where)
            return None
        page = Page(items, self.offset, self.limit, _total(response), response, self.keyset, len(received))
        self.offset += len(received)
        if self.keyset and received:
            self._after = str(self._greatest) if self._greatest is not None else str(received[-1].id)
        return page

    def _new(self, received: list[Any]) -> list[Any]:
        """The items of a page not yielded before in this walk."""
        ids = [_item_id(item) for item in received]
        if any(i is None for i in ids):
            repeated = self._previous is not None and received == self._previous
            self._previous = received
            return [] if repeated else received
        if not received:
            return []
        if self.keyset and all(isinstance(i, int) for i in ids):
            numbers = [i for i in ids if isinstance(i, int)]
            floor = self._greatest
            self._greatest = max([*numbers, *([floor] if floor is not None else [])])
            return [item for item, key in zip(received, numbers, strict=True) if floor is None or key > floor]
        new: list[Any] = []
        for item, key in zip(received, ids, strict=True):
            assert key is not None
            if key not in self._seen:
                self._seen.add(key)
                new.append(item)
        return new


def _numeric_id(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 30:
        return int(value)
    return None


def _item_id(item: object) -> int | str | None:
    """An item's id as the walk remembers it: an int when it is digits (smaller), else the string; None without."""
    raw = getattr(item, "id", None)
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        return None
    number = _numeric_id(raw)
    return number if number is not None else raw


def _total(response: object) -> int | None:
    total = getattr(getattr(response, "meta", None), "total", None)
    if isinstance(total, bool):
        return None
    try:
        return int(total) if isinstance(total, int | str) else None
    except ValueError:
        return None
