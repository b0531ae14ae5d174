"""A round trip through the SDK: upsert a contact with a custom field, a tag and a list, read it back.

    AC_API_URL=https://youraccount.api-us1.com AC_API_TOKEN=... python examples/quickstart.py

`make demo` runs this against a local ActiveCampaign (activecampaign_sdk.testing) instead of an
account, so every line printed is what that account holds after the calls.
"""

from __future__ import annotations

from activecampaign_sdk import ActiveCampaign


def main() -> None:
    with ActiveCampaign.from_env() as ac:
        newsletter = ac.find_or_create_list(
            "Newsletter", sender_url="https://example.com", sender_reminder="You signed up on example.com"
        )
        print(f"list {newsletter.id}: {newsletter.name}")

        ada = ac.upsert_contact(
            "ada@example.com",
            first_name="Ada",
            last_name="Lovelace",
            tags=["VIP"],  # by name: created when the account has no such tag
            lists={"Newsletter": "subscribed"},
        )
        print(f"upserted contact {ada.id}: {ada.first_name} {ada.last_name} <{ada.email}>")

        # Read it back through the bound operations: what the account now holds.
        links = ac.contact_tags.list_contact_contact_tags(ada.id).contact_tags
        names = [str(ac.tags.get_tag(link.tag).tag.tag) for link in links if isinstance(link.tag, str)]
        print(f"contact {ada.id} is tagged {', '.join(names)}")
        memberships = ac.contacts.list_contact_list_memberships(ada.id).contact_lists
        for membership in memberships:
            state = {"1": "subscribed", "2": "unsubscribed"}.get(str(membership.status), str(membership.status))
            print(f"contact {ada.id} is {state} to list {membership.list_}")

        print("contacts in the account, oldest first:")
        for contact in ac.paginate(ac.contacts.list_contacts, orders_cdate="ASC", page_size=2):
            print(f"  {contact.id}: {contact.email}")


if __name__ == "__main__":
    main()
