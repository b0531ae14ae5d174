"""Turning what people call things (a tag's or list's name, a field's perstag or title) into ids.

Two things keep an account clean and the rate budget for the job itself:

- Single flight. Concurrent callers of one client that look up (and maybe create) the same
  name share one look-up and at most one create: the first takes a per-(kind, name) lock, the
  others wait on it and take its answer. When the client's limiter is shared across processes
  (`RedisRateLimiter`), the create also holds that Redis's lock for the name, and the look-up is
  made again once the lock is held, so another process's create is found, not repeated.
- A job cache (`name_cache.JobCache`): within one `upsert_contacts`, a name is resolved once, and
  every name -> id pair a look-up's pages show is kept. One walk of the lists answers every list
  name of the job: rows naming D distinct lists cost ceil(lists in the account / 100) `GET /lists`
  in all, whatever D is.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar, cast

from activecampaign_api.operations import AsyncOperations

from .. import path_params  # noqa: F401  (registers the SDK's error for refused path parameters)
from ..crm_requests import (
    Ref,
    field_missing,
    is_id,
    list_ids,
    list_names,
    matching_field,
    matching_list_ids,
    missing_lists,
    ref,
)
from ..errors import InvalidInputError
from ..name_cache import MISSING, JobCache, NameKey, name_key
from ..rate_limit import RateLimiter
from ..runtime import AsyncRuntime, AsyncWork
from .pagination import AsyncPaginator

if TYPE_CHECKING:
    from activecampaign_api.models import MailingList

T = TypeVar("T")


class _Flight:
    """One look-up (and maybe create) of one name, shared by the callers that asked while it ran."""

    def __init__(self) -> None:
        self.lock = AsyncRuntime.lock()
        self.done = False
        self.result: object = None
        self.error: InvalidInputError | None = None


class AsyncLookups(AsyncOperations):
    limiter: RateLimiter

    def _flights(self) -> dict[NameKey, _Flight]:
        # dict.setdefault is atomic (threads) and does not yield (tasks): every caller gets the same registry.
        flights: dict[NameKey, _Flight] = self.__dict__.setdefault("_name_flights", {})
        return flights

    async def _single_flight(self, kind: str, name: str, work: AsyncWork[T], *, creates: bool) -> T:
        """`work()` once for every caller that asks for (`kind`, `name`) while it runs."""
        key = name_key(kind, name)
        flights = self._flights()
        flight = flights.setdefault(key, _Flight())
        async with flight.lock:
            if not flight.done:
                try:
                    if creates:
                        async with AsyncRuntime.shared_name_lock(self.limiter, kind, key[1]):
                            flight.result = await work()
                    else:
                        flight.result = await work()
                except InvalidInputError as error:
                    # "No such name" is an answer, shared like a found id; an API error is not: the next
                    # caller waiting tries again.
                    flight.error = error
                flight.done = True
                # Later callers start a fresh look-up (the API is the truth); the ones waiting take this answer.
                flights.pop(key, None)
            if flight.error is not None:
                raise flight.error
            return cast(T, flight.result)

    async def _field_id(self, field: Ref, *, by_title: bool, cache: JobCache | None = None) -> str:
        """The id of a custom field given by id, perstag or (when `by_title`) title."""
        if not isinstance(field, str) or is_id(field):
            return ref(field)
        cached = cache.get("field", field) if cache is not None else None
        if cached == MISSING:
            raise field_missing(field, by_title)
        if cached is not None:
            return cached
        try:
            found = await self._single_flight(
                "field:title" if by_title else "field",
                field,
                lambda: self._find_field(field, by_title, cache),
                creates=False,
            )
        except InvalidInputError:
            if cache is not None:
                cache.put("field", field, MISSING)  # the rows naming it fail alike, without a look-up each
            raise
        if cache is not None:
            cache.put("field", field, found)
        return found

    async def _find_field(self, field: str, by_title: bool, cache: JobCache | None = None) -> str:
        page = await self.custom_fields.list_fields(filters_perstag=field.strip().strip("%"), limit=100)
        if cache is not None:
            cache.saw("field", ((item.perstag, item.id) for item in page.fields))
        found = matching_field(page.fields, field, by_title=False)
        if found is None and by_title:
            every = [item async for item in AsyncPaginator(self.custom_fields.list_fields, (), {})]
            found = matching_field(every, field, by_title=True)
        if found is None:
            raise field_missing(field, by_title)
        return found.id

    async def _list_ids(self, lists: Iterable[Ref], cache: JobCache | None = None) -> list[str]:
        """The ids of lists given by id, name or stringid, in order, without repeats."""
        lists = list(lists)
        names = list_names(lists)
        found: dict[str, str] = {}
        wanted = names
        if cache is not None:
            cached = {name: cache.get("list", name) for name in names}
            found = {name: list_id for name, list_id in cached.items() if list_id}
            wanted = [name for name, list_id in cached.items() if list_id is None]
        if wanted:
            # One walk of the lists answers every name; callers asking meanwhile share it, and the job
            # keeps every name and stringid it showed.
            every = await self._single_flight("lists", "*", lambda: self._all_lists(cache), creates=False)
            if cache is None:
                found.update(matching_list_ids(every, wanted))
            else:
                _saw_lists(cache, every)  # a name the walk did not show is now known missing for the job
                found.update((name, list_id) for name in wanted if (list_id := cache.get("list", name)))
        missing_lists(names, found)
        return list_ids(lists, found)

    async def _all_lists(self, cache: JobCache | None = None) -> list[MailingList]:
        every = [item async for item in AsyncPaginator(self.lists.list_lists, (), {})]
        if cache is not None:
            _saw_lists(cache, every)  # before the flight ends: the job's next row finds its name here
        return every


def _saw_lists(cache: JobCache, every: list[MailingList]) -> None:
    """Each list under its name and its stringid (the first list showing a name keeps it, as `matching_list_ids`)."""
    cache.saw_all("list", ((text, item.id) for item in every for text in (item.name, item.stringid)))
