"""Helpers over the contact, tag and list operations.

Each is a few calls of bound operations, so rate limiting, retries and typed errors apply to
every step. Names differ from the operations they build on (`ac.upsert_contact` over
`ac.contacts.sync_contact`), so a reader knows a helper from a single API call.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from ..contact_requests import (
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
    checked_name,
    checked_tags,
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
from ..errors import ActiveCampaignError, InvalidInputError
from ..runtime import AsyncRuntime
from .lookups import AsyncLookups

if TYPE_CHECKING:
    from activecampaign_api.models import Contact, ContactListMembership, ContactTag, MailingList, Tag

DEFAULT_CONCURRENCY = 5

PlannedRow = tuple[int, ContactRow, ContactSync]


class AsyncContactHelpers(AsyncLookups):
    async def upsert_contact(
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
        """Create or update the contact with this e-mail (`contacts.sync_contact`), then tag it and set its lists.

        `fields` maps custom fields (id or perstag) to values; `tags` are names (created when
        missing) or ids; `lists` maps lists (id, name or stringid) to "subscribed" or
        "unsubscribed". A missing or ill-formed e-mail, an unknown status or a blank name raises
        `InvalidInputError` (a ValueError) before any request; a perstag or list name that the
        look-ups do not find raises it before the contact is synced.
        """
        return await self._upsert(contact_sync(email, first_name, last_name, phone, fields, tags, lists))

    async def _upsert(self, plan: ContactSync) -> Contact:
        values = {await self._field_id(key, by_title=False): value for key, value in plan.fields.items()}
        list_ids = await self._list_ids(plan.statuses)
        body = sync_request(plan.email, plan.first_name, plan.last_name, plan.phone, values)
        contact = (await self.contacts.sync_contact(body=body)).contact
        if plan.tags:
            await self.tag_contact(contact, plan.tags)
        for list_id, status in zip(list_ids, plan.statuses.values(), strict=True):
            await self._set_status(contact, list_id, status)
        return contact

    async def _upsert_planned(self, planned: PlannedRow) -> Contact:
        return await self._upsert(planned[2])

    async def upsert_contacts(
        self, rows: Iterable[ContactRow], *, concurrency: int = DEFAULT_CONCURRENCY
    ) -> BatchResult:
        """`upsert_contact` for each row, `concurrency` at a time; API errors are collected, not raised.

        Rows are read as they are needed, so a generator of any length works. A row that
        `upsert_contact` would refuse (bad e-mail, unknown key, ...) fails with `InvalidInputError`, unsent.
        """
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise InvalidInputError(f"concurrency must be a whole number >= 1, got {concurrency!r}")
        result = BatchResult()
        outcomes = await AsyncRuntime.map_unordered(
            self._upsert_planned, _planned(rows, result), concurrency=concurrency
        )
        for (index, row, _), outcome in outcomes:
            if isinstance(outcome, ActiveCampaignError | ValueError):
                result.failed.append(BatchFailure(index, row, outcome))
            elif isinstance(outcome, Exception):
                raise outcome
            else:
                result.succeeded[index] = outcome
        result.failed.sort(key=lambda failure: failure.index)
        return result

    async def find_or_create_tag(self, name: str, tag_type: TagType = "contact") -> Tag:
        """The tag with this name (case-insensitive), created when there is none."""
        checked_name(name, "a tag name")
        page = await self.tags.list_tags(filters_search_eq=name, limit=100)
        found = matching_tag(page.tags, name, tag_type)
        if found is not None:
            return found
        return (await self.tags.create_tag(body=tag_request(name, tag_type))).tag

    async def find_or_create_list(
        self,
        name: str,
        *,
        sender_url: str | None = None,
        sender_reminder: str | None = None,
        stringid: str | None = None,
        send_last_broadcast: bool | None = None,
        carboncopy: str | None = None,
        subscription_notify: str | None = None,
        unsubscription_notify: str | None = None,
    ) -> MailingList:
        """The list with this name, else a new one made with these settings.

        The API requires `sender_url` (the site people subscribed on) and `sender_reminder` (why
        they get the mail) to create a list; `stringid` defaults to a slug of the name.
        """
        checked_name(name, "a list name")
        found = matching_list((await self.lists.list_lists(filters_name_eq=name, limit=100)).lists, name)
        if found is not None:
            return found
        body = list_request(
            name,
            stringid=stringid,
            sender_url=sender_url,
            sender_reminder=sender_reminder,
            send_last_broadcast=send_last_broadcast,
            carboncopy=carboncopy,
            subscription_notify=subscription_notify,
            unsubscription_notify=unsubscription_notify,
        )
        return (await self.lists.create_list(body=body)).list_

    async def tag_contact(self, contact: ContactRef, tags: Iterable[TagRef]) -> list[ContactTag]:
        """Apply each tag (names are created when missing); returns the contact-tag links."""
        contact_id = ref_id(contact, "a contact")
        links = []
        for tag in checked_tags(tags):
            body = contact_tag_request(contact_id, await self._tag_id(tag))
            links.append((await self.contact_tags.create_contact_tag(body=body)).contact_tag)
        return links

    async def untag_contact(self, contact: ContactRef, tags: Iterable[TagRef]) -> int:
        """Remove each tag from the contact; returns how many links were deleted (absent tags are skipped)."""
        contact_id = ref_id(contact, "a contact")
        wanted = {await self._tag_id(tag, create=False) for tag in checked_tags(tags)} - {""}
        removed = 0
        for link in (await self.contact_tags.list_contact_contact_tags(contact_id)).contact_tags:
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
        """Unsubscribe the contact from the list."""
        return await self._set_status(contact, mailing_list, UNSUBSCRIBED)

    async def _set_status(self, contact: ContactRef, mailing_list: ListRef, status: int) -> ContactListMembership:
        body = status_request(contact, mailing_list, status, False)
        return (await self.contacts.update_contact_list_status(body=body)).contact_list

    async def _tag_id(self, tag: TagRef, *, create: bool = True) -> str:
        if not isinstance(tag, str):
            return ref_id(tag, "a tag")
        if create:
            return (await self.find_or_create_tag(tag)).id
        found = matching_tag((await self.tags.list_tags(filters_search_eq=tag, limit=100)).tags, tag, "contact")
        return found.id if found is not None else ""


def _planned(rows: Iterable[ContactRow], result: BatchResult) -> Iterator[PlannedRow]:
    """The rows that pass the local checks; the others are failed in `result`, unsent."""
    for index, row in enumerate(rows):
        try:
            yield index, row, row_sync(row)
        except InvalidInputError as error:
            result.failed.append(BatchFailure(index, row, error))
