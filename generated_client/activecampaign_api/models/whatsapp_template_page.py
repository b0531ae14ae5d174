from __future__ import annotations

from ..decoding import Model as _Model


class WhatsappTemplatePage(
    _Model,
    kw_only=True,
    rename={
        "next_": "next",
    },
):
    """A model of the API's answers."""

    results: list[WhatsappTemplate]
    count: int
    """ Matching templates across all pages. """
    next_: str | None = None
    previous: str | None = None


from .whatsapp_template import WhatsappTemplate  # noqa: E402
