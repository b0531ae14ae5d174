"""Request bodies and look-ups the contact helpers share, sync and async alike."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NotRequired, Required, TypeAlias, TypedDict

# The models the public row types and results name, imported from their own modules (not the large lazy
# index `activecampaign_api.models`, whose import tripled the SDK's import time), so that
# `typing.get_type_hints(ContactRow)` resolves them at run time, as pydantic and other tools need. This
# module loads with a client, and these three models load with its first call anyway.
from activecampaign_api.models.contact import Contact
from activecampaign_api.models.mailing_list import MailingList
from activecampaign_api.models.tag import Tag
from activecampaign_api.types import UNSET

from .bulk_import import FieldValue, RowOutcome
from .checks import check_email
from .crm_requests import numeric_id
from .errors import InvalidInputError

if TYPE_CHECKING:
    # Only for annotations of functions: each builder imports the request models when it first runs.
    from activecampaign_api.models import (
        ContactListStatusRequest,
        ContactSyncRequest,
        ContactTagCreateRequest,
        MailingListCreateRequest,
        TagCreateRequest,
    )

# A contact: the model or its id. A list: the model or its id.
ContactRef: TypeAlias = "Contact | str | int"
ListRef: TypeAlias = "MailingList | str | int"
# A tag: the model, its id as an int, or its name as a string (names are how people know tags).
TagRef: TypeAlias = "Tag | str | int"
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
# How the API writes each status in a contactList body.
WIRE_STATUSES: dict[int, Literal["1", "2"]] = {SUBSCRIBED: "1", UNSUBSCRIBED: "2"}
RESUBSCRIBE_SOURCE = 4  # the API's sourceid for re-subscribing someone who had unsubscribed


# Custom field values, in either of the two shapes every helper takes: `{id or perstag: value}`, or the
# API's `[{"id": id, "value": value}]` (what bulk import rows carry).
FieldValues: TypeAlias = "Mapping[str | int, str] | Sequence[FieldValue]"


class ContactRow(TypedDict, total=False):
    """One row for `upsert_contacts`: the keyword arguments of `upsert_contact`."""

    email: Required[str]
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    phone: NotRequired[str]
    fields: NotRequired[FieldValues]
    tags: NotRequired[Iterable[TagRef]]
    lists: NotRequired[Mapping[str | int, ListStatus]]


@dataclass(frozen=True)
class BatchFailure:
    """A row that failed: `error` says why (an `InvalidInputError` naming the key for a row refused unsent;
    an API error; for the bulk path a `bulk_import.ImportRowError` whose `status` may be "unknown")."""

    index: int
    row: ContactRow
    error: Exception


@dataclass
class BatchResult:
    """Outcome of `upsert_contacts`: each row (by position) is in exactly one of `succeeded`, `imported`, `failed`.

    `succeeded` holds the contacts the per-contact path synced, as the API returned them; `imported`
    the rows the bulk path's import confirmed (the import API returns no contact, only that it was done).
    """

    succeeded: dict[int, Contact] = field(default_factory=dict)
    failed: list[BatchFailure] = field(default_factory=list)
    imported: dict[int, RowOutcome] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed

    def contacts(self) -> list[Contact]:
        """The synced contacts in row order."""
        return [self.succeeded[i] for i in sorted(self.succeeded)]

    def sorted(self) -> BatchResult:
        self.failed.sort(key=lambda failure: failure.index)
        self.imported = dict(sorted(self.imported.items()))
        return self


ROW_KEYS = ContactRow.__required_keys__ | ContactRow.__optional_keys__


def ref_id(ref: Contact | MailingList | Tag | str | int, what: str = "a reference") -> str:
    """The id of a model, or an id given as a positive int or a string of digits.

    Ids are checked here so a name passed where an id belongs fails before any request.
    """
    from activecampaign_api import models

    if isinstance(ref, models.Contact | models.MailingList | models.Tag):
        return ref.id
    found = numeric_id(ref)
    if found is not None:
        return found
    raise InvalidInputError(f"{what} must be the object or its numeric id, got {ref!r}")


def checked_tag(tag: TagRef) -> TagRef:
    """A tag by model or id, or by a name that is not blank."""
    if isinstance(tag, str) and not tag.strip():
        raise InvalidInputError("a tag name must not be blank")
    if not isinstance(tag, str):
        ref_id(tag, "a tag")
    return tag


def checked_tags(tags: Iterable[TagRef] | None) -> list[TagRef]:
    """Each tag checked (no blank name, no id that is no id) before any request."""
    if isinstance(tags, str):
        raise InvalidInputError(f"tags is a list of tags, got the string {tags!r}")
    return [checked_tag(tag) for tag in tags or ()]


def _text(value: object, key: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise InvalidInputError(f"{key} must be a string, got {type(value).__name__} {value!r}")


FIELDS_SHAPE = 'fields maps each custom field (id or perstag) to its value, or lists {"id": field id, "value": text}'


def field_pairs(fields: object) -> list[tuple[object, object]]:
    """The (field, value) pairs of either shape of `FieldValues`; `InvalidInputError` for anything else."""
    if isinstance(fields, Mapping):
        return list(fields.items())
    if isinstance(fields, list | tuple) and all(
        isinstance(item, Mapping) and set(item) == {"id", "value"} for item in fields
    ):
        return [(item["id"], item["value"]) for item in fields]
    raise InvalidInputError(FIELDS_SHAPE)


def _field_values(fields: object) -> dict[str | int, str]:
    if fields is None:
        return {}
    values: dict[str | int, str] = {}
    for key, value in field_pairs(fields):
        if not isinstance(value, str):
            # The API takes field values as strings; a Decimal, a date or a number is the caller's to format.
            raise InvalidInputError(
                f"fields[{key!r}] must be a string, got {type(value).__name__} {value!r}; format it first"
            )
        values[checked_name_or_id(key, "a custom field")] = value
    return values


def checked_name_or_id(ref: object, what: str) -> str | int:
    """A key of `fields` or `lists`: an id (a positive int or ASCII digits) or a name that is not blank.

    Any other digits are refused: the look-ups would take them for an id and send them as one.
    """
    if isinstance(ref, int) and not isinstance(ref, bool) and ref > 0:
        return ref
    if isinstance(ref, str):
        is_name = bool(ref.strip()) and not ref.isdigit()
        is_id = ref.isascii() and ref.isdigit() and int(ref) > 0
        if is_name or is_id:
            return ref
    raise InvalidInputError(f"{what} must be an id (a positive number) or a name, got {ref!r}")


@dataclass(frozen=True)
class ContactSync:
    """The arguments of one `sync_contact` call, checked before its first request.

    Field perstags and list names still have to be looked up (see `lookups`), which needs the API.
    """

    email: str
    first_name: str | None
    last_name: str | None
    phone: str | None
    fields: dict[str | int, str]
    tags: list[TagRef]
    statuses: dict[str | int, int]


def contact_sync(
    email: str,
    first_name: str | None = None,
    last_name: str | None = None,
    phone: str | None = None,
    fields: FieldValues | None = None,
    tags: Iterable[TagRef] | None = None,
    lists: Mapping[str | int, ListStatus] | None = None,
) -> ContactSync:
    return ContactSync(
        email=check_email(email),
        first_name=_text(first_name, "first_name"),
        last_name=_text(last_name, "last_name"),
        phone=_text(phone, "phone"),
        fields=_field_values(fields),
        tags=checked_tags(tags),
        statuses=list_statuses(lists),
    )


def row_sync(row: object) -> ContactSync:
    """A `sync_contacts` row, checked as `sync_contact` checks its arguments."""
    if not isinstance(row, Mapping):
        raise InvalidInputError(f"a row must be a mapping with an 'email', got {type(row).__name__}")
    unknown = sorted(map(str, row.keys() - ROW_KEYS))
    if unknown:
        hints = "".join(did_you_mean(key, ROW_KEYS) for key in row.keys() - ROW_KEYS)
        raise InvalidInputError(
            f"unknown row key(s) {', '.join(unknown)}{hints}; expected {', '.join(sorted(ROW_KEYS))}"
        )
    if "email" not in row:
        raise InvalidInputError("a row needs an 'email'")
    return contact_sync(**row)


def did_you_mean(key: object, known: Iterable[str]) -> str:
    """ " (did you mean 'first_name'?)" for a miscased, camelCased or misspelt key; else ""."""
    if not isinstance(key, str):
        return ""
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", key).lower()
    close = difflib.get_close_matches(snake, sorted(known), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r} for {key!r}?)" if close else ""


def sync_request(
    email: str,
    first_name: str | None,
    last_name: str | None,
    phone: str | None,
    fields: Mapping[str, str],
) -> ContactSyncRequest:
    from activecampaign_api import models

    values = [models.FieldValueInput(field=key, value=value) for key, value in fields.items()]
    return models.ContactSyncRequest(
        contact=models.ContactSyncFields(
            email=email,
            first_name=UNSET if first_name is None else first_name,
            last_name=UNSET if last_name is None else last_name,
            phone=UNSET if phone is None else phone,
            field_values=values if values else UNSET,
        )
    )


def list_statuses(lists: Mapping[str | int, ListStatus] | None) -> dict[str | int, int]:
    """{list id or name: 1 or 2}; InvalidInputError for a status that is neither subscribed nor unsubscribed."""
    if lists is None:
        return {}
    if not isinstance(lists, Mapping):
        raise InvalidInputError("lists maps each list (id or name) to 'subscribed' or 'unsubscribed'")
    statuses: dict[str | int, int] = {}
    for mailing_list, status in lists.items():
        if isinstance(status, bool) or not isinstance(status, str | int) or status not in LIST_STATUSES:
            raise InvalidInputError(
                f"unknown status {status!r} for list {mailing_list!r}: use 'subscribed' or 'unsubscribed'"
            )
        statuses[checked_name_or_id(mailing_list, "a list")] = LIST_STATUSES[status]
    return statuses


def status_request(
    contact: ContactRef, mailing_list: ListRef, status: int, resubscribe: bool
) -> ContactListStatusRequest:
    from activecampaign_api import models

    if status not in WIRE_STATUSES:
        raise InvalidInputError(f"unknown list status {status!r}; expected {SUBSCRIBED} or {UNSUBSCRIBED}")
    return models.ContactListStatusRequest(
        contact_list=models.ContactListStatusRequestContactList(
            list_=ref_id(mailing_list, "a list"),
            contact=ref_id(contact, "a contact"),
            status=WIRE_STATUSES[status],
            sourceid=RESUBSCRIBE_SOURCE if resubscribe else UNSET,
        )
    )


def contact_tag_request(contact: ContactRef, tag_id: str) -> ContactTagCreateRequest:
    from activecampaign_api import models

    return models.ContactTagCreateRequest(
        contact_tag=models.ContactTagCreateRequestContactTag(contact=ref_id(contact, "a contact"), tag=tag_id)
    )


def tag_request(name: str, tag_type: TagType) -> TagCreateRequest:
    from activecampaign_api import models

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


def list_request(
    name: str,
    *,
    stringid: str | None,
    sender_url: str | None,
    sender_reminder: str | None,
    send_last_broadcast: bool | None,
    carboncopy: str | None,
    subscription_notify: str | None,
    unsubscription_notify: str | None,
) -> MailingListCreateRequest:
    """A create body; `stringid` defaults to a slug of the name; the API requires `sender_url` and `sender_reminder`."""
    from activecampaign_api import models

    if sender_url is None or sender_reminder is None:
        missing = " and ".join(
            k for k, v in (("sender_url", sender_url), ("sender_reminder", sender_reminder)) if v is None
        )
        raise InvalidInputError(f"find_or_create_list needs {missing} to create the list {name!r}")
    return models.MailingListCreateRequest(
        list_=models.MailingListCreateRequestList(
            name=name,
            stringid=stringid or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "list",
            sender_url=sender_url,
            sender_reminder=sender_reminder,
            send_last_broadcast=UNSET if send_last_broadcast is None else (1 if send_last_broadcast else 0),
            carboncopy=UNSET if carboncopy is None else carboncopy,
            subscription_notify=UNSET if subscription_notify is None else subscription_notify,
            unsubscription_notify=UNSET if unsubscription_notify is None else unsubscription_notify,
        )
    )


def checked_name(name: object, what: str) -> str:
    """A name to find or create by: a string that is not blank."""
    if not isinstance(name, str) or not name.strip():
        raise InvalidInputError(f"{what} must be a name that is not blank, got {name!r}")
    return name
