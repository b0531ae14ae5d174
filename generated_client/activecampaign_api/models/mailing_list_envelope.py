from __future__ import annotations

from ..decoding import Model as _Model


class MailingListEnvelope(
    _Model,
    kw_only=True,
    rename={
        "list_": "list",
    },
):
    """A model of the API's answers."""

    list_: MailingList
    """ A mailing list. Flags (`p_use_*`, `private`, ...) arrive as "0" or "1". """


from .mailing_list import MailingList  # noqa: E402
