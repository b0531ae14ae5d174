from __future__ import annotations

from ..decoding import Model as _Model


class DealTaskTypeMoveResult(
    _Model,
    kw_only=True,
    rename={
        "deal_tasks": "dealTasks",
    },
):
    """A model of the API's answers."""

    deal_tasks: list[DealTask]
    deals: list[DealTaskTypeMovedDeal] | None = None


from .deal_task import DealTask  # noqa: E402
from .deal_task_type_moved_deal import DealTaskTypeMovedDeal  # noqa: E402
