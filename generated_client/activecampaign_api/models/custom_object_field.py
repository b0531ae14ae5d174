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
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    labels: CustomObjectLabels | None = None
    """ Human-readable names of a schema, field or relationship. """
    description: str | None = None
    type_: str | None = None
    """ Data type: text, textarea, number, decimal, currency, date, datetime, dropdown, multiselect... """
    required: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    is_required: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    scale: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    default_currency: str | None = None
    """ Currency code of a currency field. """
    origin: str | None = None
    options: list[CustomObjectFieldOption] | None = None
    inherited: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    status: str | None = None
    """ `marked_for_deletion` for a deleted field awaiting purge. """


from .custom_object_field_option import CustomObjectFieldOption  # noqa: E402
from .custom_object_labels import CustomObjectLabels  # noqa: E402
