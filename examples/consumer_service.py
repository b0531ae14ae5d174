"""A sample consumer service: what another team's code looks like when it imports
the SDK. `mypy --strict` over this file, against the installed wheel, proves
that the types flow through to users (tests/test_publish.py).

    AC_API_URL=... AC_API_TOKEN=... python examples/consumer_service.py ada@example.com
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from activecampaign_api.api.contacts import list_contacts, sync_contact
from activecampaign_api.models import ContactEnvelope, ContactList, ContactSyncFields, ContactSyncRequest
from activecampaign_api.types import Unset
from activecampaign_sdk import ActiveCampaign


@dataclass(frozen=True)
class Subscriber:
    contact_id: str
    email: str
    name: str


def onboard(ac: ActiveCampaign, email: str, first_name: str) -> Subscriber:
    body = ContactSyncRequest(contact=ContactSyncFields(email=email, first_name=first_name))
    saved = sync_contact.sync(client=ac.api, body=body)
    if not isinstance(saved, ContactEnvelope):
        raise RuntimeError(f"sync of {email} failed: {saved}")
    return _subscriber(saved.contact.id, saved.contact.email, saved.contact.first_name)


def newest(ac: ActiveCampaign, count: int) -> list[Subscriber]:
    page = list_contacts.sync(client=ac.api, limit=count, orders_cdate="DESC")
    if not isinstance(page, ContactList):
        raise RuntimeError(f"listing contacts failed: {page}")
    return [_subscriber(c.id, c.email, c.first_name) for c in page.contacts]


def _subscriber(contact_id: str, email: str | Unset | None, first_name: str | Unset | None) -> Subscriber:
    return Subscriber(
        contact_id=contact_id,
        email=email if isinstance(email, str) else "",
        name=first_name if isinstance(first_name, str) else "",
    )


def main() -> None:
    email = sys.argv[1] if len(sys.argv) > 1 else "ada@example.com"
    with ActiveCampaign.from_env() as ac:
        print(f"onboarded {onboard(ac, email, 'Ada')}")
        for subscriber in newest(ac, 5):
            print(f"recent: {subscriber}")


if __name__ == "__main__":
    main()
