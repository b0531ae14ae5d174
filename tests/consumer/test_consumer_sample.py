"""A consumer's own tests of code that uses the SDK, written against the fixtures the wheel ships.

No conftest.py: `activecampaign_server`, `activecampaign_client` and
`async_activecampaign_client` come from the `pytest11` entry point of the
installed activecampaign-sdk (tests/test_publish.py runs this file in a clean
virtualenv, with nothing else of this repository on the path).
"""

from __future__ import annotations

import asyncio

from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign
from activecampaign_sdk.testing import LocalActiveCampaign


def onboard(ac: ActiveCampaign, email: str, company_size: str) -> str:
    """The consumer's code under test: sync a customer with a custom field, a tag and a deal."""
    contact = ac.upsert_contact(email, first_name="Ada", fields={"COMPANY_SIZE": company_size}, tags=["customer"])
    ac.request("POST", "/deals", json={"deal": {"title": f"Onboarding {email}", "value": 0, "currency": "usd",
                                                 "contact": contact.id, "group": "1"}})  # fmt: skip
    return contact.id


def test_onboarding_stores_the_contact_its_field_and_its_deal(
    activecampaign_client: ActiveCampaign, activecampaign_server: LocalActiveCampaign
) -> None:
    with activecampaign_server.account.lock:
        activecampaign_server.account.add_field("Company size")
    contact_id = onboard(activecampaign_client, "ada@example.com", "11-50")

    stored = activecampaign_server.contact_by_email("ada@example.com")
    assert stored is not None and stored["id"] == contact_id and stored["firstName"] == "Ada"
    values = activecampaign_client.contacts.list_contact_field_values(contact_id).field_values
    assert [value.value for value in values] == ["11-50"]
    (deal,) = activecampaign_client.deals.list_deals().deals
    assert deal.contact == contact_id and deal.stage == "1"


def test_the_async_client_sees_the_same_account(
    async_activecampaign_client: AsyncActiveCampaign, activecampaign_server: LocalActiveCampaign
) -> None:
    async def run() -> list[object]:
        ac = async_activecampaign_client
        await ac.upsert_contact("grace@example.com", first_name="Grace")
        return [contact.email async for contact in ac.paginate(ac.contacts.list_contacts)]

    assert asyncio.run(run()) == ["grace@example.com"]
    assert activecampaign_server.contact_emails() == ["grace@example.com"]
