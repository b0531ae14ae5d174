from __future__ import annotations

from ..decoding import Model as _Model


class AudienceResource(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """A model of the API's answers."""

    attributes: Audience
    id: str | None = None
    type_: str | None = None


from .audience import Audience  # noqa: E402
