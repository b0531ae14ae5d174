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
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    type_: str | None = None
    """ Where the tags come from, e.g. `standard`, `app`, `customobjects`. """
    category: str | None = None
    """ Display name of the category, in the user's language. """
    entries: list[PersonalizationTag] | None = None


from .personalization_tag import PersonalizationTag  # noqa: E402
