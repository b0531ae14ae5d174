"""Helpers over accounts, deals, tasks, custom fields and bulk import, for `ActiveCampaign`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .crm_requests import (
    Ref,
    account_request,
    deal_move,
    deal_update,
    field_relation,
    field_value,
    import_batches,
    matching_account,
    ref,
    task_move,
)

if TYPE_CHECKING:
    # Annotations only: each tag's operations are imported when the client first uses them.
    from activecampaign_api.api.accounts import AccountsOperations
    from activecampaign_api.api.deal_stages import DealStagesOperations
    from activecampaign_api.api.deals import DealsOperations
    from activecampaign_api.api.field_relations import FieldRelationsOperations
    from activecampaign_api.api.field_values import FieldValuesOperations
    from activecampaign_api.api.imports import ImportsOperations
    from activecampaign_api.api.task_types import TaskTypesOperations
    from activecampaign_api.models import (
        Account,
        BulkImportCallback,
        BulkImportContact,
        BulkImportQueued,
        CustomFieldValue,
        Deal,
        DealTask,
        FieldRel,
    )


class CrmHelpers:
    if TYPE_CHECKING:
        # The tag operations come from the generated `Operations` the client also derives from.
        @property
        def accounts(self) -> AccountsOperations: ...

        @property
        def imports(self) -> ImportsOperations: ...

        @property
        def deal_stages(self) -> DealStagesOperations: ...

        @property
        def deals(self) -> DealsOperations: ...

        @property
        def field_relations(self) -> FieldRelationsOperations: ...

        @property
        def field_values(self) -> FieldValuesOperations: ...

        @property
        def task_types(self) -> TaskTypesOperations: ...

    def find_or_create_account(self, name: str, **fields: Any) -> Account:
        """The account with this name (case-insensitive), else a new one with `fields` (account_url, owner, ...)."""
        found = matching_account(self.accounts.list_accounts(search=name, limit=100).accounts, name)
        if found is not None:
            return found
        return self.accounts.create_account(body=account_request(name, fields)).account

    def update_deal(self, deal: Ref, **fields: Any) -> Deal:
        """Change the given attributes of a deal (title, value, stage, owner, status, fields, ...)."""
        return self.deals.update_deal(ref(deal), body=deal_update(fields)).deal

    def move_deals(self, from_stage: Ref, to_stage: Ref) -> list[Deal]:
        """Move every deal of one stage to another; returns the moved deals when the API lists them."""
        moved = self.deal_stages.move_deals_to_stage(ref(from_stage), body=deal_move(to_stage)).deals
        return moved if isinstance(moved, list) else []

    def move_tasks(self, from_type: Ref, to_type: Ref) -> list[DealTask]:
        """Give every task of one task type another type; returns the moved tasks."""
        return self.task_types.move_tasks_to_task_type(ref(from_type), body=task_move(to_type)).deal_tasks

    def link_field_to_list(self, field: Ref, mailing_list: Ref) -> FieldRel:
        """Make a custom field available on a list (`crm_requests.ALL_LISTS` for every list)."""
        return self.field_relations.create_field_relation(body=field_relation(field, mailing_list)).field_rel

    def set_field_value(self, contact: Ref, field: Ref, value: str) -> CustomFieldValue:
        """Set one custom field of one contact."""
        return self.field_values.create_field_value(body=field_value(contact, field, value)).field_value

    def import_contacts(
        self, contacts: Iterable[BulkImportContact], *, callback: BulkImportCallback | None = None
    ) -> list[BulkImportQueued]:
        """Bulk-import any number of contacts, 250 per request; returns each queued batch."""
        return [self.imports.bulk_import_contacts(body=batch) for batch in import_batches(contacts, callback)]
