from __future__ import annotations

from ..decoding import Model as _Model


class CustomObjectField(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
        "is_required": "isRequired",
        "default_currency": "defaultCurrency",
    },
):
    """A field of a schema as the API returns it."""

    id: str
    """ The field's id, unique within the schema (a slug, not a number). """
    labels: CustomObjectLabels | None = None
    """ Human-readable names of a schema, field or relationship. """
    description: str | None = None
    type_: str | None = None
    """ Data type: text, textarea, number, decimal, currency, date, datetime, dropdown, multiselect... """
    required: bool | None = None
    is_required: bool | None = None
    scale: int | None = None
    """ Digits after the decimal point (number, decimal). """
    default_currency: str | None = None
    """ Currency code of a currency field. """
    origin: str | None = None
    options: list[CustomObjectFieldOption] | None = None
    inherited: bool | None = None
    """ True when the field comes from the parent schema. """
    status: str | None = None
    """ `marked_for_deletion` for a deleted field awaiting purge. """


from .custom_object_field_option import CustomObjectFieldOption  # noqa: E402
from .custom_object_labels import CustomObjectLabels  # noqa: E402
