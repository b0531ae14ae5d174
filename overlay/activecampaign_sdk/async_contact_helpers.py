"""Helpers over the contact, tag and list operations, for `AsyncActiveCampaign` (see contact_helpers)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .contact_helpers import DEFAULT_CONCURRENCY
from .contact_requests import (
    SUBSCRIBED,
    UNSUBSCRIBED,
    BatchFailure,
    BatchResult,
    ContactRef,
    ContactRow,
    ContactSync,
    ListRef,
    ListStatus,
    TagRef,
    TagType,
    contact_sync,
    contact_tag_request,
    list_request,
    matching_list,
    matching_tag,
    ref_id,
    row_sync,
    status_request,
    sync_request,
    tag_request,
)
from .errors import ActiveCampaignError
from .lookups import AsyncLookups

if TYPE_CHECKING:
    from activecampaign_api.models import Contact, ContactListMembership, ContactTag, MailingList, Tag


class AsyncContactHelpers(AsyncLookups):
    async def sync_contact(
        self,
        email: str,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        phone: str | None = None,
        fields: Mapping[str | int, str] | None = None,
        tags: Iterable[TagRef] | None = None,
        lists: Mapping[str | int, ListStatus] | None = None,
    ) -> Contact:
        """Create or update the contact with this e-mail, then tag it and set its list statuses (see ContactHelpers)."""
        return await self._sync(contact_sync(email, first_name, last_name, phone, fields, tags, lists))

    async def _sync(self, plan: ContactSync) -> Contact:
        values = {await self._field_id(key, by_title=False): value for key, value in plan.fields.items()}
        list_ids = await self._list_ids(plan.statuses)
        body = sync_request(plan.email, plan.first_name, plan.last_name, plan.phone, values)
        contact = (await self.contacts.sync_contact(body=body)).contact
        if plan.tags:
            await self.tag_contact(contact, plan.tags)
        for list_id, status in zip(list_ids, plan.statuses.values(), strict=True):
            await self._set_status(contact, list_id, status)
        return contact

    async def sync_contacts(self, rows: Iterable[ContactRow], *, concurrency: int = DEFAULT_CONCURRENCY) -> BatchResult:
        """`sync_contact` for each row, `concurrency` at a time; API errors are collected, not raised."""
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        result = BatchResult()
        queue = iter(enumerate(rows))

        async def worker() -> None:
            # Workers pull rows one by one, so rows are read only as they are needed.
            for index, row in queue:
                try:
                    result.succeeded[index] = await self._sync(row_sync(row))
                except (ActiveCampaignError, ValueError) as error:
                    result.failed.append(BatchFailure(index, row, error))

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        result.failed.sort(key=lambda failure: failure.index)
        return result

    async def find_or_create_tag(self, name: str, tag_type: TagType = "contact") -> Tag:
        """The tag with this name (case-insensitive), created when there is none."""
        page = await self.tags.list_tags(filters_search_eq=name, limit=100)
        found = matching_tag(page.tags, name, tag_type)
        if found is not None:
            return found
        return (await self.tags.create_tag(body=tag_request(name, tag_type))).tag

    async def find_or_create_list(self, name: str, **fields: Any) -> MailingList:
        """The list with this name, else a new one made with `fields` (sender_url, sender_reminder, ...)."""
        found = matching_list((await self.lists.list_lists(filters_name_eq=name, limit=100)).lists, name)
        if found is not None:
            return found
        return (await self.lists.create_list(body=list_request(name, fields))).list_

    async def tag_contact(self, contact: ContactRef, tags: Iterable[TagRef]) -> list[ContactTag]:
        """Apply each tag (names are created when missing); returns the contact-tag links."""
        links = []
        for tag in tags:
            body = contact_tag_request(contact, await self._tag_id(tag))
            links.append((await self.contact_tags.create_contact_tag(body=body)).contact_tag)
        return links

    async def untag_contact(self, contact: ContactRef, tags: Iterable[TagRef]) -> int:
        """Remove each tag from the contact; returns how many links were deleted (absent tags are skipped)."""
        wanted = {await self._tag_id(tag, create=False) for tag in tags} - {""}
        removed = 0
        for link in (await self.contact_tags.list_contact_contact_tags(ref_id(contact))).contact_tags:
            if link.tag in wanted:
                await self.contact_tags.delete_contact_tag(link.id)
                removed += 1
        return removed

    async def subscribe(
        self, contact: ContactRef, mailing_list: ListRef, *, resubscribe: bool = False
    ) -> ContactListMembership:
        """Subscribe the contact to the list; `resubscribe=True` for someone who had unsubscribed."""
        body = status_request(contact, mailing_list, SUBSCRIBED, resubscribe)
        return (await self.contacts.update_contact_list_status(body=body)).contact_list

    async def unsubscribe(self, contact: ContactRef, mailing_list: ListRef) -> ContactListMembership:
        return await self._set_status(contact, mailing_list, UNSUBSCRIBED)

    async def _set_status(self, contact: ContactRef, mailing_list: ListRef, status: int) -> ContactListMembership:
        body = status_request(contact, mailing_list, status, False)
        return (await self.contacts.update_contact_list_status(body=body)).contact_list

    async def _tag_id(self, tag: TagRef, *, create: bool = True) -> str:
        if not isinstance(tag, str):
            return ref_id(tag)
        if create:
            return (await self.find_or_create_tag(tag)).id
        found = matching_tag((await self.tags.list_tags(filters_search_eq=tag, limit=100)).tags, tag, "contact")
        return found.id if found is not None else ""
