from __future__ import annotations

from ..decoding import Model as _Model


class SmsBroadcastRecipientList(_Model, kw_only=True):
    """A model of the API's answers."""

    recipients: list[SmsRecipient]
    meta: SmsRecipientPageMeta | None = None

    def page_items(self) -> list[SmsRecipient]:
        """The items of this page (`recipients`)."""
        return self.recipients


from .sms_recipient import SmsRecipient  # noqa: E402
from .sms_recipient_page_meta import SmsRecipientPageMeta  # noqa: E402
