"""Helpers over accounts, deals, tasks and custom fields, for `AsyncActiveCampaign` (see crm_helpers)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .crm_requests import (
    ListRefs,
    Ref,
    account_request,
    check_deal_changes,
    deal_move,
    deal_update,
    existing_value,
    field_relation,
    field_value,
    list_refs,
    matching_account,
    ref,
    task_move,
)
from .lookups import AsyncLookups
from .pagination import paginate_async

if TYPE_CHECKING:
    from activecampaign_api.models import Account, CustomFieldValue, Deal, DealTask, FieldRel


class AsyncCrmHelpers(AsyncLookups):
    async def find_or_create_account(self, name: str, **fields: Any) -> Account:
        """The account with this name (case-insensitive), else a new one with `fields` (account_url, owner, ...)."""
        found = matching_account(
            [item async for item in paginate_async(self.accounts.list_accounts, 100, {"search": name})], name
        )
        if found is not None:
            return found
        return (await self.accounts.create_account(body=account_request(name, fields))).account

    async def update_deal(self, deal_id: Ref, **changes: Any) -> Deal:
        """Change some attributes of a deal (title, value, stage, owner, status, fields, ...), keeping the rest.

        The deal is read first and written back whole with the changes merged in.
        """
        check_deal_changes(changes)
        current = (await self.deals.get_deal(ref(deal_id))).deal
        return (await self.deals.update_deal(ref(deal_id), body=deal_update(current, changes))).deal

    async def move_deals(self, from_stage: Ref, to_stage: Ref) -> list[Deal]:
        """Move every deal of one stage to another; returns the moved deals when the API lists them."""
        moved = (await self.deal_stages.move_deals_to_stage(ref(from_stage), body=deal_move(to_stage))).deals
        return moved if isinstance(moved, list) else []

    async def move_tasks(self, from_type: Ref, to_type: Ref) -> list[DealTask]:
        """Give every task of one task type another type; returns the moved tasks."""
        return (await self.task_types.move_tasks_to_task_type(ref(from_type), body=task_move(to_type))).deal_tasks

    async def link_field_to_list(self, field: Ref, lists: ListRefs) -> list[FieldRel]:
        """Make a custom field available on one or more lists; returns the relations, one per list.

        `field` is an id, perstag or title; each list an id, name or stringid (`crm_requests.ALL_LISTS`
        for every list). Relations that already exist are returned as they are, never created twice.
        """
        field_id = await self._field_id(field, by_title=True)
        list_ids = await self._list_ids(list_refs(lists))
        existing = {str(rel.relid): rel for rel in (await self.custom_fields.get_field(field_id)).field_rels or []}
        for list_id in list_ids:
            if list_id not in existing:
                created = await self.field_relations.create_field_relation(body=field_relation(field_id, list_id))
                existing[list_id] = created.field_rel
        return [existing[list_id] for list_id in list_ids]

    async def set_field_value(self, contact: Ref, field: Ref, value: str) -> CustomFieldValue:
        """Set one custom field (id or perstag) of one contact: updates the value it holds, else creates one."""
        field_id = await self._field_id(field, by_title=False)
        held = existing_value((await self.contacts.list_contact_field_values(ref(contact))).field_values, field_id)
        body = field_value(contact, field_id, value)
        if held is not None:
            return (await self.field_values.update_field_value(held.id, body=body)).field_value
        return (await self.field_values.create_field_value(body=body)).field_value
