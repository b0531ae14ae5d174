"""Request bodies and look-ups the contact helpers share, sync and async alike."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NotRequired, Required, TypedDict

from activecampaign_api.models import (
    Contact,
    ContactListStatusRequest,
    ContactListStatusRequestContactList,
    ContactSyncFields,
    ContactSyncRequest,
    ContactTagCreateRequest,
    ContactTagCreateRequestContactTag,
    FieldValueInput,
    MailingList,
    MailingListCreateRequest,
    MailingListCreateRequestList,
    Tag,
    TagCreateRequest,
    TagCreateRequestTag,
)
from activecampaign_api.types import UNSET

from .errors import ActiveCampaignError

# A contact: the model or its id. A list: the model or its id.
ContactRef = Contact | str | int
ListRef = MailingList | str | int
# A tag: the model, its id as an int, or its name as a string (names are how people know tags).
TagRef = Tag | str | int
TagType = Literal["contact", "template"]

SUBSCRIBED, UNSUBSCRIBED = 1, 2
# A list's status in `sync_contact(lists={...})`: the API's numbers or their names.
ListStatus = Literal["subscribed", "unsubscribed", 1, 2]
LIST_STATUSES: dict[object, int] = {
    "subscribed": SUBSCRIBED,
    "unsubscribed": UNSUBSCRIBED,
    1: SUBSCRIBED,
    2: UNSUBSCRIBED,
}
RESUBSCRIBE_SOURCE = 4  # the API's sourceid for re-subscribing someone who had unsubscribed


class ContactRow(TypedDict, total=False):
    """One row for `sync_contacts`: the keyword arguments of `sync_contact`."""

    email: Required[str]
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    phone: NotRequired[str]
    fields: NotRequired[Mapping[str | int, str]]
    tags: NotRequired[Iterable[TagRef]]
    lists: NotRequired[Mapping[str | int, ListStatus]]


@dataclass(frozen=True)
class BatchFailure:
    index: int
    row: ContactRow
    error: ActiveCampaignError | ValueError


@dataclass
class BatchResult:
    """Outcome of `sync_contacts`: each row is in `succeeded` (by position) or in `failed`, never both."""

    succeeded: dict[int, Contact] = field(default_factory=dict)
    failed: list[BatchFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def contacts(self) -> list[Contact]:
        """The synced contacts in row order."""
        return [self.succeeded[i] for i in sorted(self.succeeded)]


def ref_id(ref: Contact | MailingList | Tag | str | int) -> str:
    return str(ref) if isinstance(ref, str | int) else ref.id


def sync_request(
    email: str,
    first_name: str | None,
    last_name: str | None,
    phone: str | None,
    fields: Mapping[str, str],
) -> ContactSyncRequest:
    values = [FieldValueInput(field=key, value=value) for key, value in fields.items()]
    return ContactSyncRequest(
        contact=ContactSyncFields(
            email=email,
            first_name=UNSET if first_name is None else first_name,
            last_name=UNSET if last_name is None else last_name,
            phone=UNSET if phone is None else phone,
            field_values=values if values else UNSET,
        )
    )


def list_statuses(lists: Mapping[str | int, ListStatus] | None) -> dict[str | int, int]:
    """{list id or name: 1 or 2}; ValueError for a status that is neither subscribed nor unsubscribed."""
    if lists is None:
        return {}
    if not isinstance(lists, Mapping):
        raise ValueError("lists maps each list (id or name) to 'subscribed' or 'unsubscribed'")
    statuses = {}
    for mailing_list, status in lists.items():
        if isinstance(status, bool) or status not in LIST_STATUSES:
            raise ValueError(f"unknown status {status!r} for list {mailing_list!r}: use 'subscribed' or 'unsubscribed'")
        statuses[mailing_list] = LIST_STATUSES[status]
    return statuses


def status_request(
    contact: ContactRef, mailing_list: ListRef, status: int, resubscribe: bool
) -> ContactListStatusRequest:
    return ContactListStatusRequest(
        contact_list=ContactListStatusRequestContactList(
            list_=ref_id(mailing_list),
            contact=ref_id(contact),
            status="1" if status == SUBSCRIBED else "2",
            sourceid=RESUBSCRIBE_SOURCE if resubscribe else UNSET,
        )
    )


def contact_tag_request(contact: ContactRef, tag_id: str) -> ContactTagCreateRequest:
    return ContactTagCreateRequest(contact_tag=ContactTagCreateRequestContactTag(contact=ref_id(contact), tag=tag_id))


def tag_request(name: str, tag_type: TagType) -> TagCreateRequest:
    return TagCreateRequest(tag=TagCreateRequestTag(tag=name, tag_type=tag_type))


def matching_tag(tags: Iterable[Tag], name: str, tag_type: TagType) -> Tag | None:
    """The tag named `name` (case-insensitively, as the API compares), of this type when the API says."""
    for tag in tags:
        if isinstance(tag.tag, str) and tag.tag.casefold() == name.casefold():
            if isinstance(tag.tag_type, str) and tag.tag_type != tag_type:
                continue
            return tag
    return None


def matching_list(lists: Iterable[MailingList], name: str) -> MailingList | None:
    return next(
        (item for item in lists if isinstance(item.name, str) and item.name.casefold() == name.casefold()), None
    )


def list_request(name: str, fields: Mapping[str, Any]) -> MailingListCreateRequest:
    """A create body; `stringid` defaults to a slug of the name, `sender_url` and `sender_reminder` are required."""
    values = dict(fields)
    values.setdefault("stringid", re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "list")
    missing = [key for key in ("sender_url", "sender_reminder") if key not in values]
    if missing:
        raise ValueError(f"find_or_create_list needs {' and '.join(missing)} to create the list {name!r}")
    return MailingListCreateRequest(list_=MailingListCreateRequestList(name=name, **values))
