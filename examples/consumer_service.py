"""A sample consumer service: what another team's code looks like when it imports
the SDK. `mypy --strict` over this file, against the installed wheel, proves
that the types flow through to users (tests/test_publish.py).

    AC_API_URL=... AC_API_TOKEN=... python examples/consumer_service.py ada@example.com
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from itertools import islice

from activecampaign_api.models import Contact
from activecampaign_sdk import ActiveCampaign, errors


@dataclass(frozen=True)
class Subscriber:
    contact_id: str
    email: str
    name: str


def onboard(ac: ActiveCampaign, email: str, first_name: str) -> Subscriber:
    """Create or update the contact (POST /contact/sync, safe to retry)."""
    return _subscriber(ac.upsert_contact(email, first_name=first_name))


def newest(ac: ActiveCampaign, count: int) -> list[Subscriber]:
    """The `count` most recently created contacts; pages are fetched only as far as needed."""
    contacts = ac.paginate(ac.contacts.list_contacts, page_size=min(count, 100), orders_cdate="DESC")
    return [_subscriber(contact) for contact in islice(contacts, count)]


def lookup(ac: ActiveCampaign, contact_id: str) -> Subscriber | None:
    """One contact by id (a bound operation), None when the account has no such contact."""
    try:
        return _subscriber(ac.contacts.get_contact(contact_id).contact)
    except errors.NotFoundError:
        return None


def _subscriber(contact: Contact) -> Subscriber:
    return Subscriber(
        contact_id=contact.id,
        email=contact.email if isinstance(contact.email, str) else "",
        name=contact.first_name if isinstance(contact.first_name, str) else "",
    )


def main() -> int:
    email = sys.argv[1] if len(sys.argv) > 1 else "ada@example.com"
    with ActiveCampaign.from_env() as ac:
        try:
            subscriber = onboard(ac, email, "Ada")
        except ValueError as exc:  # refused locally: nothing was sent
            print(f"not onboarded: {exc}", file=sys.stderr)
            return 2
        except errors.UnprocessableEntityError as exc:
            print(f"the API refused {email}: {[e.title for e in exc.errors]}", file=sys.stderr)
            return 1
        print(f"onboarded {subscriber}")
        print(f"looked up: {lookup(ac, subscriber.contact_id)}")
        for recent in newest(ac, 5):
            print(f"recent: {recent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
