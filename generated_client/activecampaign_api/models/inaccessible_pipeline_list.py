from __future__ import annotations

from ..decoding import Model as _Model


class InaccessiblePipelineList(
    _Model,
    kw_only=True,
    rename={
        "deal_groups": "dealGroups",
    },
):
    """A model of the API's answers."""

    deal_groups: list[Pipeline]


from .pipeline import Pipeline  # noqa: E402
