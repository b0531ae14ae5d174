from __future__ import annotations

from ..decoding import Model as _Model


class FieldOptionEnvelope(
    _Model,
    kw_only=True,
    rename={
        "field_option": "fieldOption",
    },
):
    """A model of the API's answers."""

    field_option: FieldOption
    """ One choice of a dropdown, radio, checkbox or listbox field. """


from .field_option import FieldOption  # noqa: E402
