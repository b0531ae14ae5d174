from __future__ import annotations

from typing import Any

from ..decoding import Model as _Model


class WhatsappTemplate(_Model, kw_only=True):
    """A message template and its WhatsApp review state."""

    id: str | None = None
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
    is_sample: bool | None = None
    show_in_sandbox: bool | None = None
    channel: WhatsappChannel | None = None
    """ A connected WhatsApp number. """


from .whatsapp_channel import WhatsappChannel  # noqa: E402
