from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewGoals(
    _Model,
    kw_only=True,
    rename={
        "contact_goals": "contactGoals",
    },
):
    """A model of the API's answers."""

    contact_goals: list[ContactViewGoal]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ContactViewGoal]:
        """The items of this page (`contact_goals`)."""
        return self.contact_goals


from .contact_view_goal import ContactViewGoal  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
