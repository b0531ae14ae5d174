from __future__ import annotations

from ..decoding import Model as _Model


class FieldEnvelope(
    _Model,
    kw_only=True,
    rename={
        "field_options": "fieldOptions",
        "field_rels": "fieldRels",
    },
):
    """A model of the API's answers."""

    field: Field
    """ A custom contact field. """
    field_options: list[FieldOption] | None = None
    field_rels: list[FieldRel] | None = None


from .field import Field  # noqa: E402
from .field_option import FieldOption  # noqa: E402
from .field_rel import FieldRel  # noqa: E402
