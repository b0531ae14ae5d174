from __future__ import annotations

from ..decoding import Model as _Model


class DealTaskTypeEnvelope(
    _Model,
    kw_only=True,
    rename={
        "deal_tasktype": "dealTasktype",
    },
):
    """A model of the API's answers."""

    deal_tasktype: DealTaskType
    """ A task type as the API returns it. """


from .deal_task_type import DealTaskType  # noqa: E402
