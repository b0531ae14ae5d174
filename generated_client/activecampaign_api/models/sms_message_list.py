from __future__ import annotations

from ..decoding import Model as _Model


class SmsMessageList(_Model, kw_only=True):
    """A model of the API's answers."""

    sms: list[SmsMessage]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[SmsMessage]:
        """The items of this page (`sms`)."""
        return self.sms


from .page_meta import PageMeta  # noqa: E402
from .sms_message import SmsMessage  # noqa: E402
