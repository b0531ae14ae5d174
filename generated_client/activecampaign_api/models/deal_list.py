from __future__ import annotations

from ..decoding import Model as _Model


class DealList(
    _Model,
    kw_only=True,
    rename={
        "deal_stages": "dealStages",
        "deal_groups": "dealGroups",
    },
):
    """A model of the API's answers."""

    deals: list[Deal]
    contacts: list[Contact] | None = None
    """ Side-loaded with `include=contact`. """
    deal_stages: list[DealStage] | None = None
    """ Side-loaded with `include=stage`. """
    deal_groups: list[Pipeline] | None = None
    """ Side-loaded with `include=group`. """
    users: list[User] | None = None
    """ Side-loaded with `include=owner`. """
    meta: DealPageMeta | None = None
    """ Paging information of a deal list, with the summed value of the matching deals per currency. Here `total`
    may be a JSON number. """

    def page_items(self) -> list[Deal]:
        """The items of this page (`deals`)."""
        return self.deals


from .contact import Contact  # noqa: E402
from .deal import Deal  # noqa: E402
from .deal_page_meta import DealPageMeta  # noqa: E402
from .deal_stage import DealStage  # noqa: E402
from .pipeline import Pipeline  # noqa: E402
from .user import User  # noqa: E402
