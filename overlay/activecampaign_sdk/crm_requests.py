"""Request bodies for the account, deal, task, custom-field and bulk-import helpers (sync and async)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

from activecampaign_api import models
from activecampaign_api.types import UNSET

if TYPE_CHECKING:
    from activecampaign_api.models import (
        Account,
        AccountCreateRequest,
        BulkImportContact,
        BulkImportRequest,
        CustomFieldValueRequest,
        DealStageMoveRequest,
        DealTaskTypeMoveRequest,
        DealUpdateRequest,
        FieldRelCreateRequest,
    )

# The API's cap on contacts per bulk import request.
BULK_IMPORT_BATCH = 250
# `link_field_to_list(field, ALL_LISTS)` makes a field available on every list.
ALL_LISTS = 0


class HasId(Protocol):
    @property
    def id(self) -> str: ...


Ref = HasId | str | int


def ref(value: Ref) -> str:
    return str(value) if isinstance(value, str | int) else value.id


def account_request(name: str, fields: dict[str, Any]) -> AccountCreateRequest:
    return models.AccountCreateRequest(account=models.AccountCreateRequestAccount(name=name, **fields))


def matching_account(accounts: Iterable[Account], name: str) -> Account | None:
    # `search` matches substrings; only an exact (case-insensitive) name is the account asked for.
    return next((a for a in accounts if isinstance(a.name, str) and a.name.casefold() == name.casefold()), None)


def deal_update(fields: dict[str, Any]) -> DealUpdateRequest:
    return models.DealUpdateRequest(deal=models.DealFields(**fields))


def deal_move(to_stage: Ref) -> DealStageMoveRequest:
    return models.DealStageMoveRequest(deal=models.DealStageMoveRequestDeal(stage=ref(to_stage)))


def task_move(to_type: Ref) -> DealTaskTypeMoveRequest:
    return models.DealTaskTypeMoveRequest(deal_task=models.DealTaskTypeMoveRequestDealTask(deal_tasktype=ref(to_type)))


def field_relation(field: Ref, mailing_list: Ref) -> FieldRelCreateRequest:
    return models.FieldRelCreateRequest(
        field_rel=models.FieldRelCreateRequestFieldRel(field=ref(field), relid=ref(mailing_list))
    )


def field_value(contact: Ref, field: Ref, value: str) -> CustomFieldValueRequest:
    return models.CustomFieldValueRequest(
        field_value=models.CustomFieldValueRequestFieldValue(contact=ref(contact), field=ref(field), value=value)
    )


def import_batches(contacts: Iterable[BulkImportContact], callback: Any = None) -> Iterator[BulkImportRequest]:
    """Requests of at most BULK_IMPORT_BATCH contacts each, built as the rows are read."""
    rows = iter(contacts)
    while batch := list(islice(rows, BULK_IMPORT_BATCH)):
        yield models.BulkImportRequest(contacts=batch, callback=UNSET if callback is None else callback)
