from __future__ import annotations

from ..decoding import Model as _Model


class FieldRelEnvelope(
    _Model,
    kw_only=True,
    rename={
        "field_rel": "fieldRel",
    },
):
    """A model of the API's answers."""

    field_rel: FieldRel
    """ The availability of a custom field on one list (`relid` 0 means all lists). """


from .field_rel import FieldRel  # noqa: E402
