from __future__ import annotations

from ..decoding import Model as _Model


class DealRoleEnvelope(
    _Model,
    kw_only=True,
    rename={
        "deal_role": "dealRole",
    },
):
    """A model of the API's answers."""

    deal_role: DealRole
    """ A role a secondary contact can have in a deal. """


from .deal_role import DealRole  # noqa: E402
