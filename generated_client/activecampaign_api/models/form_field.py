from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..decoding import Model as _Model


class FormField(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
        "class_": "class",
    },
):
    """One element of the form: a built-in field (`email`, `fullname`...), a header or HTML block, or a custom field
    (then `id` is the field's id)."""

    id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    type_: str | None = None
    header: str | None = None
    """ Label shown above the element. """
    class_: str | None = None
    html: str | None = None
    default_text: str | None = None
    required: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    required_options: dict[str, Any] | None = None

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            id: str | int | None = None,
            type_: str | int | float | None = None,
            header: str | int | float | None = None,
            class_: str | int | float | None = None,
            html: str | int | float | None = None,
            default_text: str | int | float | None = None,
            required: bool | int | str | None = None,
            required_options: dict[str, Any] | None = None,
        ) -> None: ...
