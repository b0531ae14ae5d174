from __future__ import annotations

from typing import Any

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
    """ Id of the custom field, for custom-field elements. """
    type_: str | None = None
    header: str | None = None
    """ Label shown above the element. """
    class_: str | None = None
    html: str | None = None
    default_text: str | None = None
    required: bool | None = None
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    required_options: dict[str, Any] | None = None
