from __future__ import annotations

from ..decoding import Model as _Model


class PipelineUserList(
    _Model,
    kw_only=True,
    rename={
        "deal_group_users": "dealGroupUsers",
    },
):
    """A model of the API's answers."""

    deal_group_users: list[PipelineUser]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[PipelineUser]:
        """The items of this page (`deal_group_users`)."""
        return self.deal_group_users


from .page_meta import PageMeta  # noqa: E402
from .pipeline_user import PipelineUser  # noqa: E402
