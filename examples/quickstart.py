"""The README's first example, then what the account holds after it: a contact with a tag and a list.

    AC_API_URL=https://youraccount.api-us1.com AC_API_TOKEN=... python examples/quickstart.py

Tags named in upsert_contact are created when missing; lists are not (a list carries the sender's URL
and the reminder of how people subscribed, which only you know), so the first run makes the list.

`make demo` runs this against a local ActiveCampaign (activecampaign_sdk.testing) instead of an
account, so every line printed is what that account holds after the calls.
"""

from __future__ import annotations

from activecampaign_sdk import ActiveCampaign


def main() -> None:
    # AC_API_URL=https://youraccount.api-us1.com AC_API_TOKEN=... (Settings > Developer); or
    # ActiveCampaign("https://youraccount.api-us1.com", token)
    with ActiveCampaign.from_env() as ac:
        ac.find_or_create_list(
            "Newsletter", sender_url="https://example.com", sender_reminder="You signed up on example.com"
        )
        ada = ac.upsert_contact("ada@example.com", first_name="Ada", tags=["VIP"], lists={"Newsletter": "subscribed"})
        print(ada.id, ada.email)

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
