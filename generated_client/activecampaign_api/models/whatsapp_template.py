from __future__ import annotations

from typing import Any

from ..decoding import Model as _Model


class WhatsappTemplate(_Model, kw_only=True):
    """A message template and its WhatsApp review state."""

    id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    name: str | None = None
    language: str | None = None
    """ WhatsApp language code, for example `en_US`. """
    category: str | None = None
    """ WhatsApp's template category, for example `MARKETING` or `UTILITY`. """
    components: list[dict[str, Any]] | None = None
    """ Header, body, footer and buttons, in WhatsApp's template format. """
    status: str | None = None
    """ Review state, for example `draft`, `pending`, `approved` or `rejected`. """
    rejected_reason: str | None = None
    is_deleted: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    is_sample: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    show_in_sandbox: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    channel: WhatsappChannel | None = None
    """ A connected WhatsApp number. """


from .whatsapp_channel import WhatsappChannel  # noqa: E402
