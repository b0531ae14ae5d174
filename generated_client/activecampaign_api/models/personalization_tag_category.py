from __future__ import annotations

from ..decoding import Model as _Model


class PersonalizationTagCategory(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """A model of the API's answers."""

    id: str
    """ Category key, e.g. `contacts`, `deals`, `ecom`. """
    type_: str | None = None
    """ Where the tags come from, e.g. `standard`, `app`, `customobjects`. """
    category: str | None = None
    """ Display name of the category, in the user's language. """
    entries: list[PersonalizationTag] | None = None


from .personalization_tag import PersonalizationTag  # noqa: E402
