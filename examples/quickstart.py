"""Sync a contact, tag it, and list contacts.

    AC_API_URL=https://youraccount.api-us1.com AC_API_TOKEN=... python examples/quickstart.py

`make demo` runs this against a Prism mock of the bundled spec instead of an account.
"""

from __future__ import annotations

from activecampaign_api.api.contact_tags import create_contact_tag
from activecampaign_api.api.contacts import list_contacts, sync_contact
from activecampaign_api.api.tags import create_tag
from activecampaign_api.models import (
    ContactEnvelope,
    ContactList,
    ContactSyncFields,
    ContactSyncRequest,
    ContactTagCreateRequest,
    ContactTagCreateRequestContactTag,
    ContactTagEnvelope,
    TagCreateRequest,
    TagCreateRequestTag,
    TagEnvelope,
)
from activecampaign_sdk import ActiveCampaign


def main() -> None:
    with ActiveCampaign.from_env() as ac:
        synced = sync_contact.sync(
            client=ac.api,
            body=ContactSyncRequest(contact=ContactSyncFields(email="ada@example.com", first_name="Ada")),
        )
        if not isinstance(synced, ContactEnvelope):
            raise SystemExit(f"sync failed: {synced}")
        contact = synced.contact
        print(f"synced contact {contact.id}: {contact.email} ({contact.first_name} {contact.last_name})")

        tag = create_tag.sync(
            client=ac.api,
            body=TagCreateRequest(tag=TagCreateRequestTag(tag="quickstart", tag_type="contact")),
        )
        if not isinstance(tag, TagEnvelope):
            raise SystemExit(f"creating the tag failed: {tag}")
        tagged = create_contact_tag.sync(
            client=ac.api,
            body=ContactTagCreateRequest(
                contact_tag=ContactTagCreateRequestContactTag(contact=contact.id, tag=tag.tag.id)
            ),
        )
        if not isinstance(tagged, ContactTagEnvelope):
            raise SystemExit(f"tagging failed: {tagged}")
        print(
            f"tagged contact {contact.id} with tag {tag.tag.id} ({tag.tag.tag}) as contact tag {tagged.contact_tag.id}"
        )

        page = list_contacts.sync(client=ac.api, limit=5)
        if not isinstance(page, ContactList):
            raise SystemExit(f"listing contacts failed: {page}")
        print(f"{page.meta.total} contact(s) in the account; first page:")
        for listed in page.contacts:
            print(f"  {listed.id}: {listed.email}")


if __name__ == "__main__":
    main()
