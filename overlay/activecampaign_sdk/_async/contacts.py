"""Helpers over the contact, tag and list operations.

Each is a few calls of bound operations, so rate limiting, retries and typed errors apply to
every step. Names differ from the operations they build on (`ac.upsert_contact` over
`ac.contacts.sync_contact`), so a reader knows a helper from a single API call.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Literal

from ..checks import rows_of, whole_number
from ..contact_import import ImportPlan, batch_outcomes, import_contact, tag_names_needed
from ..contact_requests import (
    SUBSCRIBED,
    UNSUBSCRIBED,
    BatchFailure,
    BatchResult,
    ContactRef,
    ContactRow,
    ContactSync,
    FieldValues,
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
from ..errors import ActiveCampaignError, InvalidInputError, NotFoundError
from ..name_cache import JobCache
from ..runtime import AsyncRuntime
from .bulk_import import AsyncBulkImport
from .lookups import AsyncLookups

if TYPE_CHECKING:
    from activecampaign_api.models import Contact, ContactListMembership, ContactTag, MailingList, Tag

DEFAULT_CONCURRENCY = 5

PlannedRow = tuple[int, ContactRow, ContactSync]
# How `upsert_contacts` sends its rows: one `contact/sync` (plus tag and list calls) per row, or bulk import.
Via = Literal["per_contact", "bulk"]


class AsyncContactHelpers(AsyncLookups, AsyncBulkImport):
    async def upsert_contact(
        self,
        email: str,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        phone: str | None = None,
        fields: FieldValues | None = None,
        tags: Iterable[TagRef] | None = None,
        lists: Mapping[str | int, ListStatus] | None = None,
    ) -> Contact:
        """Create or update the contact with this e-mail (`contacts.sync_contact`), then tag it and set its lists.

        `fields` maps custom fields (id or perstag) to values (or lists `{"id": ..., "value": ...}`);
        `tags` are names (created when missing) or ids; `lists` maps lists (id, name or stringid,
        which must exist: `find_or_create_list` makes one) to "subscribed" or
        "unsubscribed". A missing or ill-formed e-mail, an unknown status or a blank name raises
        `InvalidInputError` (a ValueError) before any request; a perstag or list name that the
        look-ups do not find raises it before the contact is synced.
        """
        return await self._upsert(contact_sync(email, first_name, last_name, phone, fields, tags, lists))

    async def _upsert(self, plan: ContactSync, cache: JobCache | None = None) -> Contact:
        try:
            return await self._upsert_once(plan, cache)
        except NotFoundError:
            # A 404 on an id the job cached: the tag, list or field went away meanwhile. Look its names up again, once.
            if cache is None or not cache.forget_row(plan.tags, plan.statuses, plan.fields):
                raise
            return await self._upsert_once(plan, cache)

    async def _upsert_once(self, plan: ContactSync, cache: JobCache | None) -> Contact:
        values = {await self._field_id(key, by_title=False, cache=cache): value for key, value in plan.fields.items()}
        list_ids = await self._list_ids(plan.statuses, cache)
        body = sync_request(plan.email, plan.first_name, plan.last_name, plan.phone, values)
        contact = (await self.contacts.sync_contact(body=body)).contact
        for tag in plan.tags:
            body_tag = contact_tag_request(contact, await self._tag_id(tag, cache=cache))
            await self.contact_tags.create_contact_tag(body=body_tag)
        for list_id, status in zip(list_ids, plan.statuses.values(), strict=True):
            await self._set_status(contact, list_id, status)
        return contact

    async def upsert_contacts(
        self, rows: Iterable[ContactRow], *, concurrency: int = DEFAULT_CONCURRENCY, via: Via = "per_contact"
    ) -> BatchResult:
        """Create or update each row's contact; every row ends in `succeeded`, `imported` or `failed`.

        `via="per_contact"` (default): `upsert_contact` for each row, `concurrency` at a time; the
        result holds each contact as the API returned it. Rows are read as they are needed, so a
        generator of any length works. Each tag, list and field name is looked up once per call.

        `via="bulk"`: the rows go through bulk import (250 per request, tags, lists and field values
        inline), about 50 times fewer requests; the import API returns no contacts, so confirmed rows
        are in `imported` (see `docs/guides/syncing-contacts.md` for when to choose which).

        A row that `upsert_contact` would refuse (bad e-mail, unknown or miscased key, a value of the
        wrong type) fails with `InvalidInputError` naming the key, unsent; API errors fail their row only.
        """
        if via not in ("per_contact", "bulk"):
            raise InvalidInputError(f"via is 'per_contact' or 'bulk', got {via!r}")
        whole_number(concurrency, "concurrency", 1)
        rows_of(rows, "rows")
        result = BatchResult()
        cache = JobCache()
        if via == "bulk":
            await self._upsert_bulk(_planned(rows, result), result, cache)
            return result.sorted()

        async def upsert(planned: PlannedRow) -> Contact:
            return await self._upsert(planned[2], cache)

        outcomes = await AsyncRuntime.map_unordered(upsert, _planned(rows, result), concurrency=concurrency)
        for (index, row, _), outcome in outcomes:
            if isinstance(outcome, Exception):
                # Whatever went wrong (an API error, a reply that does not parse), it was this row's alone.
                result.failed.append(BatchFailure(index, row, outcome))
            else:
                result.succeeded[index] = outcome
        return result.sorted()

    async def _upsert_bulk(self, planned: Iterable[PlannedRow], result: BatchResult, cache: JobCache) -> None:
        """The rows through `bulk_import`: names resolved once for the job, then every row in batches of 250."""
        plans: list[ImportPlan] = []
        for index, row, plan in planned:
            try:
                values = {
                    await self._field_id(key, by_title=False, cache=cache): value for key, value in plan.fields.items()
                }
                list_ids = await self._list_ids(plan.statuses, cache)
                tags = [await self._tag_name(tag, cache) for tag in tag_names_needed(plan.tags)]
            except ActiveCampaignError as error:
                # A name the account lacks or a look-up the API did not answer: this row fails, the job goes on.
                result.failed.append(BatchFailure(index, row, error))
                continue
            plans.append(ImportPlan(index, row, import_contact(plan, values, list_ids, tags)))
        imported = await self.bulk_import((item.contact for item in plans), wait=True)
        batch_outcomes(plans, imported, result)

    async def find_or_create_tag(self, name: str, tag_type: TagType = "contact") -> Tag:
        """The tag with this name (case-insensitive), created when there is none.

        Concurrent callers asking for the same name share one look-up and at most one create
        (across processes too when the limiter is a `RedisRateLimiter`).
        """
        checked_name(name, "a tag name")
        if tag_type not in ("contact", "template"):
            raise InvalidInputError(f"a tag's type is 'contact' or 'template', got {tag_type!r}")

        async def find_or_create() -> Tag:
            page = await self.tags.list_tags(filters_search_eq=name, limit=100)
            found = matching_tag(page.tags, name, tag_type)
            if found is not None:
                return found
            return (await self.tags.create_tag(body=tag_request(name, tag_type))).tag

        return await self._single_flight(f"tag:{tag_type}", name, find_or_create, creates=True)

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

        async def find_or_create() -> MailingList:
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

        return await self._single_flight("list", name, find_or_create, creates=True)

    async def tag_contact(self, contact: ContactRef, tags: Iterable[TagRef]) -> list[ContactTag]:
        """Apply each tag (names are created when missing); returns the contact-tag links."""
        contact_id = ref_id(contact, "a contact")
        links = []
        for tag in checked_tags(tags):  # every tag checked before the first is created
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

    async def _tag_id(self, tag: TagRef, *, create: bool = True, cache: JobCache | None = None) -> str:
        if not isinstance(tag, str):
            return ref_id(tag, "a tag")
        if create:
            cached = cache.get("tag:contact", tag) if cache is not None else None
            if cached is None:
                cached = (await self.find_or_create_tag(tag)).id
                if cache is not None:
                    cache.put("tag:contact", tag, cached)
            return cached
        found = matching_tag((await self.tags.list_tags(filters_search_eq=tag, limit=100)).tags, tag, "contact")
        return found.id if found is not None else ""

    async def _tag_name(self, tag: TagRef, cache: JobCache) -> str:
        """A tag's name, for bulk import (which takes names): a name as given, an id looked up once per job."""
        if isinstance(tag, str):
            return tag
        if getattr(tag, "tag", None) and isinstance(tag.tag, str):  # type: ignore[union-attr]
            return tag.tag  # type: ignore[union-attr]
        tag_id = ref_id(tag, "a tag")
        cached = cache.get("tag-name", tag_id)
        if cached is None:
            name = (await self.tags.get_tag(tag_id)).tag.tag
            cached = name if isinstance(name, str) else ""
            cache.put("tag-name", tag_id, cached)
        if not cached.strip():
            raise InvalidInputError(f"the tag {tag_id} has no name the bulk import could apply")
        return cached


def _planned(rows: Iterable[ContactRow], result: BatchResult) -> Iterator[PlannedRow]:
    """The rows that pass the local checks; the others are failed in `result`, unsent."""
    for index, row in enumerate(rows):
        try:
            yield index, row, row_sync(row)
        except InvalidInputError as error:
            result.failed.append(BatchFailure(index, row, error))
