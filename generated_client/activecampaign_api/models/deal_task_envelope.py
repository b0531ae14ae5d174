from __future__ import annotations

from ..decoding import Model as _Model


class DealTaskEnvelope(
    _Model,
    kw_only=True,
    rename={
        "deal_task": "dealTask",
    },
):
    """A model of the API's answers."""

    deal_task: DealTask
    """ A task as the API returns it. """


from .deal_task import DealTask  # noqa: E402
