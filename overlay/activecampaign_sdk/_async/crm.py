"""Helpers over accounts, deals, tasks, custom fields and webhooks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..contact_requests import checked_name
from ..crm_requests import (
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
from ..webhook_requests import webhook_request
from .lookups import AsyncLookups
from .pagination import AsyncPaginator

if TYPE_CHECKING:
    from activecampaign_api.models import Account, CustomFieldValue, Deal, DealFieldsStatus, DealTask, FieldRel, Webhook


class AsyncCrmHelpers(AsyncLookups):
    async def find_or_create_account(
        self, name: str, *, account_url: str | None = None, owner: Ref | None = None
    ) -> Account:
        """The account with this name (case-insensitive), else a new one with this URL and owner (a user)."""
        checked_name(name, "an account name")
        body = account_request(name, account_url, owner)  # checked before any request

        async def find_or_create() -> Account:
            accounts = [item async for item in AsyncPaginator(self.accounts.list_accounts, (), {"search": name})]
            found = matching_account(accounts, name)
            if found is not None:
                return found
            return (await self.accounts.create_account(body=body)).account

        # Concurrent callers (and, with a Redis limiter, other processes) share one look-up and at most one create.
        return await self._single_flight("account", name, find_or_create, creates=True)

    async def patch_deal(
        self,
        deal: Ref,
        *,
        title: str | None = None,
        description: str | None = None,
        contact: Ref | None = None,
        account: Ref | None = None,
        value: int | None = None,
        currency: str | None = None,
        group: Ref | None = None,
        stage: Ref | None = None,
        owner: Ref | None = None,
        percent: int | None = None,
        status: DealFieldsStatus | None = None,
    ) -> Deal:
        """Change the given attributes of a deal (`value` in cents), keeping the rest.

        `deals.update_deal` writes a whole deal; this reads the deal first and writes it back
        with the changes merged in, so nothing else is lost.
        """
        changes = check_deal_changes(
            {
                "title": title,
                "description": description,
                "contact": contact,
                "account": account,
                "value": value,
                "currency": currency,
                "group": group,
                "stage": stage,
                "owner": owner,
                "percent": percent,
                "status": status,
            }
        )
        deal_id = ref(deal, "a deal")
        current = (await self.deals.get_deal(deal_id)).deal
        return (await self.deals.update_deal(deal_id, body=deal_update(current, changes))).deal

    async def move_deals(self, from_stage: Ref, to_stage: Ref) -> list[Deal]:
        """Move every deal of one stage to another; returns the moved deals when the API lists them."""
        body = deal_move(ref(to_stage, "a stage"))
        moved = (await self.deal_stages.move_deals_to_stage(ref(from_stage, "a stage"), body=body)).deals
        return moved if isinstance(moved, list) else []

    async def move_tasks(self, from_type: Ref, to_type: Ref) -> list[DealTask]:
        """Give every task of one task type another type; returns the moved tasks."""
        body = task_move(ref(to_type, "a task type"))
        return (await self.task_types.move_tasks_to_task_type(ref(from_type, "a task type"), body=body)).deal_tasks

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
        contact_id = ref(contact, "a contact")
        field_id = await self._field_id(field, by_title=False)
        held = existing_value((await self.contacts.list_contact_field_values(contact_id)).field_values, field_id)
        body = field_value(contact_id, field_id, value)
        if held is not None:
            return (await self.field_values.update_field_value(held.id, body=body)).field_value
        return (await self.field_values.create_field_value(body=body)).field_value

    async def register_webhook(
        self, name: str, url: str, events: Iterable[str], sources: Iterable[str], *, list_id: Ref | None = None
    ) -> Webhook:
        """Have the account POST these events (from these sources, on this list when given) to `url`.

        `activecampaign_sdk.webhook_events` reads what it posts.
        """
        body = webhook_request(name, url, events, sources, None if list_id is None else ref(list_id, "a list"))
        return (await self.webhooks.create_webhook(body=body)).webhook
