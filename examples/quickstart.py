"""Sync a contact, tag it, and list contacts, through the SDK.

    AC_API_URL=https://youraccount.api-us1.com AC_API_TOKEN=... python examples/quickstart.py

`make demo` runs this against a Prism mock of the bundled spec instead of an account.
"""

from __future__ import annotations

from activecampaign_sdk import ActiveCampaign


def main() -> None:
    with ActiveCampaign.from_env() as ac:
        contact = ac.upsert_contact("ada@example.com", first_name="Ada")
        print(f"synced contact {contact.id}: {contact.email} ({contact.first_name} {contact.last_name})")

        tag = ac.find_or_create_tag("quickstart")  # tags are matched by name; created when missing
        (link,) = ac.tag_contact(contact, [tag])
        print(f"tagged contact {contact.id} with tag {tag.id} ({tag.tag}) as contact tag {link.id}")

        page = ac.contacts.list_contacts(limit=5, orders_cdate="DESC")
        print(f"{page.meta.total} contact(s) in the account; newest first:")
        for listed in page.contacts:
            print(f"  {listed.id}: {listed.email}")


if __name__ == "__main__":
    main()
