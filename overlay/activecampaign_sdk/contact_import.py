"""The bulk path of `upsert_contacts`: rows as bulk import contacts, the import's outcomes as a `BatchResult`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from activecampaign_api.types import UNSET

from .bulk_import import BulkImportResult, ImportRowError
from .contact_requests import SUBSCRIBED, BatchFailure, BatchResult, ContactRow, ContactSync, TagRef

if TYPE_CHECKING:
    from activecampaign_api.models import BulkImportContact


@dataclass(frozen=True)
class ImportPlan:
    index: int
    row: ContactRow
    contact: BulkImportContact


def tag_names_needed(tags: Iterable[TagRef]) -> list[TagRef]:
    """The row's tags without repeats, in order (bulk import applies tags by name)."""
    return list(dict.fromkeys(tags))


def import_contact(
    plan: ContactSync, values: Mapping[str, str], list_ids: Iterable[str], tags: list[str]
) -> BulkImportContact:
    """One row with its field ids, list ids and tag names resolved: tags, lists and values travel inline."""
    from activecampaign_api import models

    subscribe: list[models.BulkImportListRef] = []
    unsubscribe: list[models.BulkImportListRef] = []
    for list_id, status in zip(list_ids, plan.statuses.values(), strict=True):
        (subscribe if status == SUBSCRIBED else unsubscribe).append(models.BulkImportListRef(listid=list_id))
    return models.BulkImportContact(
        email=plan.email,
        first_name=UNSET if plan.first_name is None else plan.first_name,
        last_name=UNSET if plan.last_name is None else plan.last_name,
        phone=UNSET if plan.phone is None else plan.phone,
        tags=tags or UNSET,
        fields=[models.BulkImportFieldValue(id=int(key), value=value) for key, value in values.items()] or UNSET,
        subscribe=subscribe or UNSET,
        unsubscribe=unsubscribe or UNSET,
    )


def batch_outcomes(plans: list[ImportPlan], imported: BulkImportResult, result: BatchResult) -> None:
    """Each planned row's import outcome into `result` (`bulk_import` numbers rows as they were given)."""
    assert len(imported.rows) == len(plans), "bulk_import returns one outcome per row"
    for plan, outcome in zip(plans, imported.rows, strict=True):
        if outcome.status == "succeeded":
            result.imported[plan.index] = outcome
        else:
            reason = outcome.reason or "the import did not confirm this row"
            result.failed.append(BatchFailure(plan.index, plan.row, ImportRowError(outcome.status, reason)))
