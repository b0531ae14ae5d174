"""Request bodies and look-ups for the account, deal, task and custom-field helpers (sync and async)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from activecampaign_api.types import UNSET

from .errors import InvalidInputError

if TYPE_CHECKING:
    # Only for annotations; models are imported where bodies are built (see contact_requests).
    from activecampaign_api.models import (
        Account,
        AccountCreateRequest,
        CustomFieldValueRequest,
        Deal,
        DealFieldsStatus,
        DealStageMoveRequest,
        DealTaskTypeMoveRequest,
        DealUpdateRequest,
        FieldRelCreateRequest,
        FieldValue,
        MailingList,
    )
    from activecampaign_api.models import Field as CustomField

# `link_field_to_list(field, ALL_LISTS)` makes a field available on every list.
ALL_LISTS = 0


class HasId(Protocol):
    @property
    def id(self) -> str: ...


Ref = HasId | str | int


def numeric_id(value: object) -> str | None:
    """`value` as an id, when it is one: a positive int (not a bool), or a string of ASCII digits above 0."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if value > 0 else None
    if isinstance(value, str) and value.isascii() and value.isdigit() and int(value) > 0:
        return value
    return None


def ref(value: Ref, what: str = "an id") -> str:
    """The id of a model, or an id given as a positive int or a string of ASCII digits.

    Checked here, so a name or a path fragment passed where an id belongs fails before any request.
    """
    found = numeric_id(value) if isinstance(value, str | int) else numeric_id(getattr(value, "id", None))
    if found is None:
        raise InvalidInputError(f"{what} must be a positive number or the object, got {value!r}")
    return found


def account_request(name: str, account_url: str | None, owner: Ref | None) -> AccountCreateRequest:
    from activecampaign_api import models

    return models.AccountCreateRequest(
        account=models.AccountCreateRequestAccount(
            name=name,
            account_url=UNSET if account_url is None else account_url,
            owner=UNSET if owner is None else ref(owner),
        )
    )


def matching_account(accounts: Iterable[Account], name: str) -> Account | None:
    # `search` matches substrings; only an exact (case-insensitive) name is the account asked for.
    return next((a for a in accounts if isinstance(a.name, str) and a.name.casefold() == name.casefold()), None)


# The attributes of a deal that PUT /deals/{id} writes; the rest are the API's to keep.
DEAL_WRITABLE = (
    "title",
    "description",
    "contact",
    "account",
    "value",
    "currency",
    "group",
    "stage",
    "owner",
    "percent",
)
DEAL_CHANGEABLE = frozenset({*DEAL_WRITABLE, "status", "fields"})


def check_deal_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """The changes that were given (None means "keep"), checked."""
    given = {name: value for name, value in changes.items() if value is not None}
    unknown = sorted(set(given) - DEAL_CHANGEABLE)
    if unknown:
        raise InvalidInputError(
            f"patch_deal cannot change {', '.join(unknown)}; it changes {', '.join(sorted(DEAL_CHANGEABLE))}"
        )
    if "status" in given and given["status"] not in (0, 1, 2):
        raise InvalidInputError(f"a deal's status is 0 (open), 1 (won) or 2 (lost), not {given['status']!r}")
    if not given:
        raise InvalidInputError("patch_deal needs at least one change")
    for name in ("contact", "account", "group", "stage", "owner"):
        if name in given:
            given[name] = ref(given[name])
    return given


def _status(value: object) -> DealFieldsStatus | None:
    return value if value in (0, 1, 2) and not isinstance(value, bool) else None


def _amount(value: float) -> float | int:
    """A deal's value as the API's own documentation sends it: whole amounts as integers."""
    return int(value) if value.is_integer() else value


def deal_update(current: Deal, changes: Mapping[str, Any]) -> DealUpdateRequest:
    """The deal as read, with `changes` on top: the PUT carries every writable attribute, so none is lost.

    An attribute the deal was read without (None: null or absent, the models do not tell them apart)
    is not sent, so the API keeps what it holds.
    """
    from activecampaign_api import models

    merged: dict[str, Any] = {}
    for name in DEAL_WRITABLE:
        value = getattr(current, name, None)
        if value is None:
            continue
        merged[name] = _amount(value) if name == "value" and isinstance(value, float) else value
    status = _status(current.status)
    if status is not None:
        merged["status"] = status
    merged.update(changes)
    return models.DealUpdateRequest(deal=models.DealFields(**merged))


def deal_move(to_stage: Ref) -> DealStageMoveRequest:
    from activecampaign_api import models

    return models.DealStageMoveRequest(deal=models.DealStageMoveRequestDeal(stage=ref(to_stage)))


def task_move(to_type: Ref) -> DealTaskTypeMoveRequest:
    from activecampaign_api import models

    return models.DealTaskTypeMoveRequest(deal_task=models.DealTaskTypeMoveRequestDealTask(deal_tasktype=ref(to_type)))


def is_id(value: object) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, str) and value.isascii() and value.isdigit()
    )


def bare_perstag(text: str) -> str:
    """`%COMPANY_SIZE%` and `company_size` name the same field."""
    return text.strip().strip("%").casefold()


def matching_field(fields: Iterable[CustomField], wanted: str, *, by_title: bool) -> CustomField | None:
    """The field whose perstag is `wanted`, else (when `by_title`) the one titled so."""
    fields = list(fields)
    for item in fields:
        if isinstance(item.perstag, str) and bare_perstag(item.perstag) == bare_perstag(wanted):
            return item
    if by_title:
        for item in fields:
            if isinstance(item.title, str) and item.title.casefold() == wanted.strip().casefold():
                return item
    return None


def matching_list_ids(lists: Iterable[MailingList], wanted: Iterable[str]) -> dict[str, str]:
    """Name or stringid (case-insensitive) -> list id, for each wanted name found."""
    found: dict[str, str] = {}
    keys = {name.casefold(): name for name in wanted}
    for item in lists:
        for attribute in (item.name, item.stringid):
            if isinstance(attribute, str) and attribute.casefold() in keys:
                found.setdefault(keys[attribute.casefold()], item.id)
    return found


ListRefs = Ref | Iterable[Ref]


def list_refs(lists: ListRefs) -> list[Ref]:
    """One list or many, as a list."""
    if isinstance(lists, str | int) or not isinstance(lists, Iterable):
        return [lists]
    return list(lists)


def field_missing(field: str, by_title: bool) -> InvalidInputError:
    return InvalidInputError(f"no custom field with the {'perstag or title' if by_title else 'perstag'} {field!r}")


def list_names(lists: Iterable[Ref]) -> list[str]:
    """The lists given by name or stringid (the rest are ids or models)."""
    return [item for item in lists if isinstance(item, str) and not is_id(item)]


def list_ids(lists: Iterable[Ref], found: Mapping[str, str]) -> list[str]:
    """Each list's id, names resolved through `found`, in order and without repeats."""
    return list(
        dict.fromkeys(found[item] if isinstance(item, str) and item in found else _list_id(item) for item in lists)
    )


def _list_id(item: Ref) -> str:
    if item in (ALL_LISTS, str(ALL_LISTS)) and not isinstance(item, bool):
        return str(ALL_LISTS)
    return ref(item, "a list")


def missing_lists(names: Iterable[str], found: Mapping[str, str]) -> None:
    missing = [name for name in names if name not in found]
    if missing:
        # Lists are not made on the fly as tags are: a list needs its sender's URL and the reminder of how
        # people subscribed, which every e-mail to it shows, and only the caller knows them.
        raise InvalidInputError(
            f"no list with the name or stringid {', '.join(map(repr, missing))}: lists are not created on the fly; "
            "make it first with find_or_create_list(name, sender_url=..., sender_reminder=...)"
        )


def field_relation(field_id: str, list_id: str) -> FieldRelCreateRequest:
    from activecampaign_api import models

    return models.FieldRelCreateRequest(field_rel=models.FieldRelCreateRequestFieldRel(field=field_id, relid=list_id))


def field_value(contact: Ref, field_id: str, value: str) -> CustomFieldValueRequest:
    from activecampaign_api import models

    return models.CustomFieldValueRequest(
        field_value=models.CustomFieldValueRequestFieldValue(contact=ref(contact), field=field_id, value=value)
    )


def existing_value(values: Iterable[FieldValue], field_id: str) -> FieldValue | None:
    return next((item for item in values if str(item.field) == field_id), None)
