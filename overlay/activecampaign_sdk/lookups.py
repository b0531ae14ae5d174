"""Turning what people call things (a field's perstag or title, a list's name or stringid) into ids."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from activecampaign_api.operations import AsyncOperations, Operations

from .crm_requests import Ref, is_id, matching_field, matching_list_ids, missing_lists, ref
from .errors import InvalidInputError
from .pagination import paginate, paginate_async


def _field_missing(field: str, by_title: bool) -> InvalidInputError:
    return InvalidInputError(f"no custom field with the {'perstag or title' if by_title else 'perstag'} {field!r}")


def _names(lists: Iterable[Ref]) -> list[str]:
    return [item for item in lists if isinstance(item, str) and not is_id(item)]


def _ids(lists: Iterable[Ref], found: dict[str, str]) -> list[str]:
    return list(dict.fromkeys(found[item] if isinstance(item, str) and item in found else ref(item) for item in lists))


class Lookups(Operations):
    def _field_id(self, field: Ref, *, by_title: bool) -> str:
        """The id of a custom field given by id, perstag or (when `by_title`) title."""
        if not isinstance(field, str) or is_id(field):
            return ref(field)
        page = self.custom_fields.list_fields(filters_perstag=field.strip().strip("%"), limit=100)
        found = matching_field(page.fields, field, by_title=False)
        if found is None and by_title:
            found = matching_field(paginate(self.custom_fields.list_fields, 100, {}), field, by_title=True)
        if found is None:
            raise _field_missing(field, by_title)
        return found.id

    def _list_ids(self, lists: Iterable[Ref]) -> list[str]:
        """The ids of lists given by id, name or stringid, in order, without repeats."""
        lists = list(lists)
        names = _names(lists)
        found = matching_list_ids(paginate(self.lists.list_lists, 100, {}), names) if names else {}
        missing_lists(names, found)
        return _ids(lists, found)


async def _all(operation: Callable[..., Awaitable[object]], params: dict[str, Any]) -> list[Any]:
    return [item async for item in paginate_async(operation, 100, params)]


class AsyncLookups(AsyncOperations):
    async def _field_id(self, field: Ref, *, by_title: bool) -> str:
        if not isinstance(field, str) or is_id(field):
            return ref(field)
        page = await self.custom_fields.list_fields(filters_perstag=field.strip().strip("%"), limit=100)
        found = matching_field(page.fields, field, by_title=False)
        if found is None and by_title:
            found = matching_field(await _all(self.custom_fields.list_fields, {}), field, by_title=True)
        if found is None:
            raise _field_missing(field, by_title)
        return found.id

    async def _list_ids(self, lists: Iterable[Ref]) -> list[str]:
        lists = list(lists)
        names = _names(lists)
        found = matching_list_ids(await _all(self.lists.list_lists, {}), names) if names else {}
        missing_lists(names, found)
        return _ids(lists, found)
