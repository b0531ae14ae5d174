"""Request bodies and look-ups the contact helpers share, sync and async alike."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Required, TypeAlias, TypedDict

from activecampaign_api import models
from activecampaign_api.types import UNSET

from .errors import ActiveCampaignError

if TYPE_CHECKING:
    from activecampaign_api.models import (
        Contact,
        ContactListStatusRequest,
        ContactSyncRequest,
        ContactTagCreateRequest,
        MailingList,
        MailingListCreateRequest,
        Tag,
        TagCreateRequest,
    )

# A contact: the model or its id. A list: the model or its id.
ContactRef: TypeAlias = "Contact | str | int"
ListRef: TypeAlias = "MailingList | str | int"
# A tag: the model, its id as an int, or its name as a string (names are how people know tags).
TagRef: TypeAlias = "Tag | str | int"
TagType = Literal["contact", "template"]

SUBSCRIBED, UNSUBSCRIBED = 1, 2
RESUBSCRIBE_SOURCE = 4  # the API's sourceid for re-subscribing someone who had unsubscribed


class ContactRow(TypedDict, total=False):
    """One row for `sync_contacts`: the keyword arguments of `sync_contact`."""

    email: Required[str]
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    phone: NotRequired[str]
    fields: NotRequired[Mapping[str | int, str]]
    tags: NotRequired[Iterable[TagRef]]
    lists: NotRequired[Iterable[ListRef]]


@dataclass(frozen=True)
class BatchFailure:
    index: int
    row: ContactRow
    error: ActiveCampaignError


@dataclass
class BatchResult:
    """Outcome of `sync_contacts`: each row's contact or error, keyed by the row's position."""

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
    fields: Mapping[str | int, str] | None,
) -> ContactSyncRequest:
    values = [models.FieldValueInput(field=key, value=value) for key, value in (fields or {}).items()]
    return models.ContactSyncRequest(
        contact=models.ContactSyncFields(
            email=email,
            first_name=UNSET if first_name is None else first_name,
            last_name=UNSET if last_name is None else last_name,
            phone=UNSET if phone is None else phone,
            field_values=values if values else UNSET,
        )
    )


def status_request(
    contact: ContactRef, mailing_list: ListRef, status: int, resubscribe: bool
) -> ContactListStatusRequest:
    return models.ContactListStatusRequest(
        contact_list=models.ContactListStatusRequestContactList(
            list_=ref_id(mailing_list),
            contact=ref_id(contact),
            status="1" if status == SUBSCRIBED else "2",
            sourceid=RESUBSCRIBE_SOURCE if resubscribe else UNSET,
        )
    )


def contact_tag_request(contact: ContactRef, tag_id: str) -> ContactTagCreateRequest:
    return models.ContactTagCreateRequest(
        contact_tag=models.ContactTagCreateRequestContactTag(contact=ref_id(contact), tag=tag_id)
    )


def tag_request(name: str, tag_type: TagType) -> TagCreateRequest:
    return models.TagCreateRequest(tag=models.TagCreateRequestTag(tag=name, tag_type=tag_type))


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
    return models.MailingListCreateRequest(list_=models.MailingListCreateRequestList(name=name, **values))
