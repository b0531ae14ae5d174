"""Turning what people call things (a field's perstag or title, a list's name or stringid) into ids."""

from __future__ import annotations

from collections.abc import Iterable

from activecampaign_api.operations import AsyncOperations

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
from .pagination import AsyncPaginator


class AsyncLookups(AsyncOperations):
    async def _field_id(self, field: Ref, *, by_title: bool) -> str:
        """The id of a custom field given by id, perstag or (when `by_title`) title."""
        if not isinstance(field, str) or is_id(field):
            return ref(field)
        page = await self.custom_fields.list_fields(filters_perstag=field.strip().strip("%"), limit=100)
        found = matching_field(page.fields, field, by_title=False)
        if found is None and by_title:
            every = [item async for item in AsyncPaginator(self.custom_fields.list_fields, (), {})]
            found = matching_field(every, field, by_title=True)
        if found is None:
            raise field_missing(field, by_title)
        return found.id

    async def _list_ids(self, lists: Iterable[Ref]) -> list[str]:
        """The ids of lists given by id, name or stringid, in order, without repeats."""
        lists = list(lists)
        names = list_names(lists)
        found = {}
        if names:
            found = matching_list_ids([item async for item in AsyncPaginator(self.lists.list_lists, (), {})], names)
        missing_lists(names, found)
        return list_ids(lists, found)
