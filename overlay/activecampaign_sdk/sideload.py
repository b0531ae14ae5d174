"""Reaching sideloaded records from the item that points to them.

With `include=`, a list answer carries the related records beside the page's items, and each item
lists the ids of its own (`contact.contact_tags == ["12", "13"]`, the records in `page.contact_tags`):

    page = ac.contacts.list_contacts(include=["contactTags", "contactTags.tag"])
    for contact in page.contacts:
        links = related(page.contact_tags, contact.contact_tags)     # list[ContactTag]
        names = [tag.tag for tag in related(page.tags, [link.tag for link in links])]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from activecampaign_api.types import Unset


class HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=HasId)


def related(records: Iterable[R] | Unset | None, ids: Iterable[str | int | Unset | None] | Unset | None) -> list[R]:
    """The records among `records` whose id is in `ids`, in the order of `ids` (absent ones skipped).

    Either side may be UNSET or None (nothing was sideloaded, or the item points to nothing): then [].
    """
    if isinstance(records, Unset) or records is None or isinstance(ids, Unset) or ids is None:
        return []
    by_id = {str(record.id): record for record in records}
    return [by_id[str(i)] for i in ids if isinstance(i, str | int) and str(i) in by_id]
