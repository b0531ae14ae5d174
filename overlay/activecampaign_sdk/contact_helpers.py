"""Helpers over the contact, tag and list operations, for `ActiveCampaign`.

Each is a few calls of bound operations, so rate limiting, retries and typed
errors apply to every step.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any

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
from .errors import ActiveCampaignError, InvalidInputError
from .lookups import Lookups

if TYPE_CHECKING:
    from activecampaign_api.models import Contact, ContactListMembership, ContactTag, MailingList, Tag

DEFAULT_CONCURRENCY = 5


class ContactHelpers(Lookups):
    def sync_contact(
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
        """Create or update the contact with this e-mail, then tag it and set its list statuses.

        `fields` maps custom fields (id or perstag) to values; `tags` are names (created when
        missing) or ids; `lists` maps lists (id, name or stringid) to "subscribed" or
        "unsubscribed". A missing or ill-formed e-mail, an unknown status or a blank name raises
        `InvalidInputError` (a ValueError) before any request; a perstag or list name that the
        look-ups do not find raises it before the contact is synced.
        """
        return self._sync(contact_sync(email, first_name, last_name, phone, fields, tags, lists))

    def _sync(self, plan: ContactSync) -> Contact:
        values = {self._field_id(key, by_title=False): value for key, value in plan.fields.items()}
        list_ids = self._list_ids(plan.statuses)
        body = sync_request(plan.email, plan.first_name, plan.last_name, plan.phone, values)
        contact = self.contacts.sync_contact(body=body).contact
        if plan.tags:
            self.tag_contact(contact, plan.tags)
        for list_id, status in zip(list_ids, plan.statuses.values(), strict=True):
            self._set_status(contact, list_id, status)
        return contact

    def sync_contacts(self, rows: Iterable[ContactRow], *, concurrency: int = DEFAULT_CONCURRENCY) -> BatchResult:
        """`sync_contact` for each row, `concurrency` at a time; API errors are collected, not raised.

        Rows are read as they are needed, so a generator of any length works. A row that
        `sync_contact` would refuse (bad e-mail, unknown key, ...) fails with `InvalidInputError`, unsent.
        """
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        result = BatchResult()
        pending: dict[Future[Contact], tuple[int, ContactRow]] = {}

        def collect(done: Iterable[Future[Contact]]) -> None:
            for future in done:
                index, row = pending.pop(future)
                error = future.exception()
                if error is None:
                    result.succeeded[index] = future.result()
                elif isinstance(error, ActiveCampaignError | ValueError):
                    result.failed.append(BatchFailure(index, row, error))
                else:
                    raise error

        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="activecampaign-sync") as pool:
            for index, row in enumerate(rows):
                try:
                    plan = row_sync(row)
                except InvalidInputError as error:
                    result.failed.append(BatchFailure(index, row, error))
                    continue
                if len(pending) >= concurrency * 2:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    collect(done)
                pending[pool.submit(self._sync, plan)] = (index, row)
            collect(wait(pending).done)
        result.failed.sort(key=lambda failure: failure.index)
        return result

    def find_or_create_tag(self, name: str, tag_type: TagType = "contact") -> Tag:
        """The tag with this name (case-insensitive), created when there is none."""
        found = matching_tag(self.tags.list_tags(filters_search_eq=name, limit=100).tags, name, tag_type)
        if found is not None:
            return found
        return self.tags.create_tag(body=tag_request(name, tag_type)).tag

    def find_or_create_list(self, name: str, **fields: Any) -> MailingList:
        """The list with this name, else a new one made with `fields` (sender_url, sender_reminder, ...)."""
        found = matching_list(self.lists.list_lists(filters_name_eq=name, limit=100).lists, name)
        if found is not None:
            return found
        return self.lists.create_list(body=list_request(name, fields)).list_

    def tag_contact(self, contact: ContactRef, tags: Iterable[TagRef]) -> list[ContactTag]:
        """Apply each tag (names are created when missing); returns the contact-tag links."""
        return [
            self.contact_tags.create_contact_tag(body=contact_tag_request(contact, self._tag_id(tag))).contact_tag
            for tag in tags
        ]

    def untag_contact(self, contact: ContactRef, tags: Iterable[TagRef]) -> int:
        """Remove each tag from the contact; returns how many links were deleted (absent tags are skipped)."""
        wanted = {self._tag_id(tag, create=False) for tag in tags} - {""}
        removed = 0
        for link in self.contact_tags.list_contact_contact_tags(ref_id(contact)).contact_tags:
            if link.tag in wanted:
                self.contact_tags.delete_contact_tag(link.id)
                removed += 1
        return removed

    def subscribe(
        self, contact: ContactRef, mailing_list: ListRef, *, resubscribe: bool = False
    ) -> ContactListMembership:
        """Subscribe the contact to the list; `resubscribe=True` for someone who had unsubscribed."""
        body = status_request(contact, mailing_list, SUBSCRIBED, resubscribe)
        return self.contacts.update_contact_list_status(body=body).contact_list

    def unsubscribe(self, contact: ContactRef, mailing_list: ListRef) -> ContactListMembership:
        return self._set_status(contact, mailing_list, UNSUBSCRIBED)

    def _set_status(self, contact: ContactRef, mailing_list: ListRef, status: int) -> ContactListMembership:
        body = status_request(contact, mailing_list, status, False)
        return self.contacts.update_contact_list_status(body=body).contact_list

    def _tag_id(self, tag: TagRef, *, create: bool = True) -> str:
        if not isinstance(tag, str):
            return ref_id(tag)
        if create:
            return self.find_or_create_tag(tag).id
        found = matching_tag(self.tags.list_tags(filters_search_eq=tag, limit=100).tags, tag, "contact")
        return found.id if found is not None else ""
