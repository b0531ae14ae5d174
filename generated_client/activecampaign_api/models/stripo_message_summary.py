from __future__ import annotations

from ..decoding import Model as _Model


class StripoMessageSummary(_Model, kw_only=True):
    """A message of the campaign, as the editor lists it."""

    id: str
    percentage: str | None = None
    """ Share of the split test, a string of digits. """
    percentage300: str | None = None
    ed_version: str | None = None
    """ Editor version the message was built with. """
    subject: str | None = None
    fromname: str | None = None
    fromemail: str | None = None
    reply2: str | None = None
    preheader_text: str | None = None
