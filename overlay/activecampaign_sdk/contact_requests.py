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

from .errors import ActiveCampaignError, InvalidInputError

# A contact: the model or its id. A list: the model or its id.
ContactRef = Contact | str | int
ListRef = MailingList | str | int
# A tag: the model, its id as an int, or its name as a string (names are how people know tags).
TagRef = Tag | str | int
TagType = Literal["contact", "template"]

SUBSCRIBED, UNSUBSCRIBED = 1, 2
LIST_STATUSES: dict[int, Literal["1", "2"]] = {SUBSCRIBED: "1", UNSUBSCRIBED: "2"}
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


# Enough to tell an address from a slip (empty, no "@", no domain, spaces); the API judges the rest,
# so nothing it might accept (quoted local parts, IDNs) is refused here.
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
ROW_KEYS = ContactRow.__required_keys__ | ContactRow.__optional_keys__


def checked_email(email: object) -> str:
    if not isinstance(email, str) or not EMAIL.fullmatch(email):
        raise InvalidInputError(f"not an e-mail address: {email!r}")
    return email


def ref_id(ref: Contact | MailingList | Tag | str | int, what: str = "a reference") -> str:
    """The id of a model, or an id given as a positive int or a string of digits.

    Ids are checked here so a list name passed where a list id belongs fails before any request.
    """
    if isinstance(ref, Contact | MailingList | Tag):
        return ref.id
    if isinstance(ref, int) and not isinstance(ref, bool) and ref > 0:
        return str(ref)
    if isinstance(ref, str) and ref.isascii() and ref.isdigit() and int(ref) > 0:
        return ref
    raise InvalidInputError(f"{what} must be the object or its numeric id, got {ref!r}")


def checked_tag(tag: TagRef) -> TagRef:
    """A tag by model or id, or by a name that is not blank."""
    if isinstance(tag, str) and not tag.strip():
        raise InvalidInputError("a tag name must not be blank")
    if not isinstance(tag, str):
        ref_id(tag, "a tag")
    return tag


@dataclass(frozen=True)
class ContactSync:
    """A checked `sync_contact` call: everything is validated before its first request."""

    body: ContactSyncRequest
    tags: list[TagRef]
    lists: list[str]


def contact_sync(
    email: str,
    first_name: str | None = None,
    last_name: str | None = None,
    phone: str | None = None,
    fields: Mapping[str | int, str] | None = None,
    tags: Iterable[TagRef] | None = None,
    lists: Iterable[ListRef] | None = None,
) -> ContactSync:
    return ContactSync(
        body=sync_request(email, first_name, last_name, phone, fields),
        tags=[checked_tag(tag) for tag in tags or ()],
        lists=[ref_id(mailing_list, "a list") for mailing_list in lists or ()],
    )


def row_sync(row: object) -> ContactSync:
    """A `sync_contacts` row, checked as `sync_contact` checks its arguments."""
    if not isinstance(row, Mapping):
        raise InvalidInputError(f"a row must be a mapping with an 'email', got {type(row).__name__}")
    unknown = sorted(map(str, row.keys() - ROW_KEYS))
    if unknown:
        raise InvalidInputError(f"unknown row key(s) {', '.join(unknown)}; expected {', '.join(sorted(ROW_KEYS))}")
    if "email" not in row:
        raise InvalidInputError("a row needs an 'email'")
    return contact_sync(**row)


def sync_request(
    email: str,
    first_name: str | None,
    last_name: str | None,
    phone: str | None,
    fields: Mapping[str | int, str] | None,
) -> ContactSyncRequest:
    values = [FieldValueInput(field=key, value=value) for key, value in (fields or {}).items()]
    return ContactSyncRequest(
        contact=ContactSyncFields(
            email=checked_email(email),
            first_name=UNSET if first_name is None else first_name,
            last_name=UNSET if last_name is None else last_name,
            phone=UNSET if phone is None else phone,
            field_values=values if values else UNSET,
        )
    )


def status_request(
    contact: ContactRef, mailing_list: ListRef, status: int, resubscribe: bool
) -> ContactListStatusRequest:
    if status not in LIST_STATUSES:
        raise InvalidInputError(f"unknown list status {status!r}; expected {SUBSCRIBED} or {UNSUBSCRIBED}")
    return ContactListStatusRequest(
        contact_list=ContactListStatusRequestContactList(
            list_=ref_id(mailing_list, "a list"),
            contact=ref_id(contact, "a contact"),
            status=LIST_STATUSES[status],
            sourceid=RESUBSCRIBE_SOURCE if resubscribe else UNSET,
        )
    )


def contact_tag_request(contact: ContactRef, tag_id: str) -> ContactTagCreateRequest:
    return ContactTagCreateRequest(
        contact_tag=ContactTagCreateRequestContactTag(contact=ref_id(contact, "a contact"), tag=tag_id)
    )


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
