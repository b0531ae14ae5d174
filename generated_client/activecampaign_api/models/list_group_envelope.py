from __future__ import annotations

from ..decoding import Model as _Model


class ListGroupEnvelope(
    _Model,
    kw_only=True,
    rename={
        "list_group": "listGroup",
    },
):
    """A model of the API's answers."""

    list_group: ListGroup
    """ A permission letting one user group use one list. Right after creation `list` and `group` echo the numbers
    sent; reads return strings of digits. """


from .list_group import ListGroup  # noqa: E402
