from __future__ import annotations

from ..decoding import Model as _Model


class PipelineEnvelope(
    _Model,
    kw_only=True,
    rename={
        "deal_group": "dealGroup",
        "deal_stages": "dealStages",
        "deal_group_users": "dealGroupUsers",
        "deal_group_groups": "dealGroupGroups",
    },
):
    """A model of the API's answers."""

    deal_group: Pipeline
    """ A pipeline (deal group). """
    deal_stages: list[DealStage] | None = None
    deal_group_users: list[PipelineUser] | None = None
    deal_group_groups: list[PipelineGroup] | None = None


from .deal_stage import DealStage  # noqa: E402
from .pipeline import Pipeline  # noqa: E402
from .pipeline_group import PipelineGroup  # noqa: E402
from .pipeline_user import PipelineUser  # noqa: E402
