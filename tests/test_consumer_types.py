"""Mistakes a consumer makes that `mypy --strict` must catch, and a clean consumer that must pass.

Each mistake is its own module, checked by one mypy run against the installed packages, so
every expected error is matched to the line that makes it.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from mypy import api

CLEAN = """
    from activecampaign_api.models import Contact, CustomObjectRecordField, Deal, Tag, WhatsappConversationTag
    from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, Page, RawResponse

    def sync_consumer(ac: ActiveCampaign) -> None:
        for contact in ac.paginate(ac.contacts.list_contacts, page_size=50, status=1):
            first: Contact = contact
            print(first.email)
        for deal in ac.paginate(ac.deals.list_deals, filters_stage="3", include=["contact", "stage"]):
            won: Deal = deal
            print(won.title)
        page: Page[Contact]
        for page in ac.paginate(ac.contacts.list_contacts).pages():
            print(page.has_more, page.next_offset, len(page.items))
        raw: RawResponse[object] = ac.raw(ac.tags.get_tag, "1")
        print(raw.status_code, raw.headers.get("x-request-id"))
        tag: Tag = ac.find_or_create_tag("VIP")
        ac.find_or_create_list("News", sender_url="https://example.com", sender_reminder="You signed up")
        ac.patch_deal("12", title="Renewal", status=1)
        ac.with_options(timeout=120, max_retries=0).tags.get_tag(tag.id)
        # Response attributes need one narrowing at most, and feed straight back into requests.
        listed = ac.contacts.list_contacts(limit=100)
        ids: list[str] = [c.id for c in listed.contacts]  # a record's own id is never None
        emails: list[str] = [c.email for c in listed.contacts if c.email is not None]
        total: int | None = listed.meta.total if listed.meta is not None else None
        for contact in listed.contacts:
            if contact.email is not None:
                ac.contacts.list_contacts(email=contact.email)
            ac.contacts.get_contact(contact.id)
        read = ac.deals.get_deal(ids[0]).deal
        value: float | None = read.value
        closed: bool = read.status == 1
        print(emails, total, value, closed)
        # A model that requests and answers share is built with what the API accepts.
        field = CustomObjectRecordField(id="my-number-field", value=100)
        print(field.id, WhatsappConversationTag(id=7, name="shipping").name)

    async def async_consumer(ac: AsyncActiveCampaign) -> None:
        async for contact in ac.paginate(ac.contacts.list_contacts):
            first: Contact = contact
            print(first.email)
        raw = await ac.raw(ac.tags.get_tag, "1")
        print(raw.parsed.tag.tag)
        await ac.upsert_contact("ada@example.com", tags=["VIP"], lists={"News": "subscribed"})
"""

MISTAKES = {
    "a_shared_model_built_with_what_no_request_takes": (
        """
        from activecampaign_api.models import WhatsappConversationTag

        tag = WhatsappConversationTag(id=[7], name="shipping")
        """,
        r'Argument "id" to "WhatsappConversationTag" has incompatible type "list\[int\]"',
    ),
    "an_attribute_that_may_be_null_sent_unnarrowed": (
        """
        from activecampaign_sdk import ActiveCampaign

        def f(ac: ActiveCampaign) -> None:
            for contact in ac.contacts.list_contacts().contacts:
                ac.contacts.list_contacts(email=contact.email)
        """,
        r'Argument "email" to "list_contacts" of "ContactsOperations" has incompatible type "str \| None"',
    ),
    "attribute_on_a_paginated_item": (
        """
        from activecampaign_sdk import ActiveCampaign

        def f(ac: ActiveCampaign) -> None:
            for contact in ac.paginate(ac.contacts.list_contacts):
                contact.no_such_attribute
        """,
        r'"Contact" has no attribute "no_such_attribute"',
    ),
    "attribute_on_an_async_paginated_item": (
        """
        from activecampaign_sdk import AsyncActiveCampaign

        async def f(ac: AsyncActiveCampaign) -> None:
            async for deal in ac.paginate(ac.deals.list_deals):
                deal.no_such_attribute
        """,
        r'"Deal" has no attribute "no_such_attribute"',
    ),
    "wrong_item_type": (
        """
        from activecampaign_api.models import Deal
        from activecampaign_sdk import ActiveCampaign

        def f(ac: ActiveCampaign) -> None:
            deal: Deal = next(iter(ac.paginate(ac.contacts.list_contacts)))
        """,
        r'expression has type "Contact", variable has type "Deal"',
    ),
    "misspelled_model_import": (
        """
        from activecampaign_api.models import Contactt
        """,
        r'has no attribute "Contactt"',
    ),
    "misspelled_sdk_import": (
        """
        from activecampaign_sdk import ActiveCampaing
        """,
        r'has no attribute "ActiveCampaing"',
    ),
    "misspelled_filter": (
        """
        from activecampaign_sdk import ActiveCampaign

        def f(ac: ActiveCampaign) -> None:
            ac.paginate(ac.contacts.list_contacts, statuss=1)
        """,
        r'No overload variant of "paginate" of "ActiveCampaign" matches argument types .*"int"',
    ),
    "misspelled_filter_beside_page_size": (
        """
        from activecampaign_sdk import AsyncActiveCampaign

        def f(ac: AsyncActiveCampaign) -> None:
            ac.paginate(ac.contacts.list_contacts, page_size=100, statuss=1)
        """,
        r'No overload variant of "paginate" of "AsyncActiveCampaign" matches',
    ),
    "non_list_operation": (
        """
        from activecampaign_sdk import ActiveCampaign

        def f(ac: ActiveCampaign) -> None:
            ac.paginate(ac.contacts.get_contact, "1")
        """,
        r'No overload variant of "paginate" of "ActiveCampaign" matches argument types .*ContactDetail',
    ),
    "misspelled_helper_keyword": (
        """
        from activecampaign_sdk import ActiveCampaign

        def f(ac: ActiveCampaign) -> None:
            ac.find_or_create_list("News", sender_urll="https://example.com")
        """,
        r'Unexpected keyword argument "sender_urll"',
    ),
    "misspelled_deal_change": (
        """
        from activecampaign_sdk import AsyncActiveCampaign

        async def f(ac: AsyncActiveCampaign) -> None:
            await ac.patch_deal("12", titel="Renewal")
        """,
        r'Unexpected keyword argument "titel"',
    ),
    "attribute_on_a_raw_response": (
        """
        from activecampaign_sdk import ActiveCampaign

        def f(ac: ActiveCampaign) -> None:
            ac.raw(ac.tags.get_tag, "1").parsed.tag.no_such_attribute
        """,
        r'"Tag" has no attribute "no_such_attribute"',
    ),
    "misspelled_include": (
        """
        from activecampaign_sdk import ActiveCampaign

        def f(ac: ActiveCampaign) -> None:
            ac.contacts.list_contacts(include=["contactTagz"])
        """,
        r"List item 0 has incompatible type .*contactTagz",
    ),
    "misspelled_option": (
        """
        from activecampaign_sdk import ActiveCampaign

        def f(ac: ActiveCampaign) -> None:
            ac.with_options(time_out=3)
        """,
        r'Unexpected keyword argument "time_out"',
    ),
}


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    folder = tmp_path_factory.mktemp("consumer")
    files = {"clean": CLEAN, **{name: source for name, (source, _) in MISTAKES.items()}}
    for name, source in files.items():
        (folder / f"{name}.py").write_text(textwrap.dedent(source))
    stdout, _, _ = api.run(
        [
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(folder / ".cache"),
            *map(str, sorted(folder.glob("*.py"))),
        ]
    )
    found: dict[str, list[str]] = {name: [] for name in files}
    for line in stdout.splitlines():
        match = re.match(r"(.+?)\.py:\d+: error: (.*)", line)
        if match:
            found[Path(match.group(1)).name].append(match.group(2))
    return found


def test_a_clean_consumer_type_checks(mypy_errors: dict[str, list[str]]) -> None:
    assert mypy_errors["clean"] == []


@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_mypy_catches_the_mistake(mypy_errors: dict[str, list[str]], mistake: str) -> None:
    expected = MISTAKES[mistake][1]
    assert any(re.search(expected, error) for error in mypy_errors[mistake]), mypy_errors[mistake]
