from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FieldEnvelope")


@_attrs_define
class FieldEnvelope:
    field: Field
    """ A custom contact field. """
    field_options: list[FieldOption] | Unset = UNSET
    field_rels: list[FieldRel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field.to_dict()

        field_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_options, Unset):
            field_options = []
            for field_options_item_data in self.field_options:
                field_options_item = field_options_item_data.to_dict()
                field_options.append(field_options_item)

        field_rels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_rels, Unset):
            field_rels = []
            for field_rels_item_data in self.field_rels:
                field_rels_item = field_rels_item_data.to_dict()
                field_rels.append(field_rels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )
        if field_options is not UNSET:
            field_dict["fieldOptions"] = field_options
        if field_rels is not UNSET:
            field_dict["fieldRels"] = field_rels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            field_envelope = cls.__new__(cls)
            d = dict(src_dict)
            field = Field.from_dict(d.pop("field"))

            field_envelope.field = field

            _field_options = d.pop("fieldOptions", UNSET)
            field_options: list[FieldOption] | Unset = UNSET
            if _field_options is not UNSET:
                field_options = []
                for field_options_item_data in _field_options:
                    field_options_item = FieldOption.from_dict(field_options_item_data)

                    field_options.append(field_options_item)

            field_envelope.field_options = field_options

            _field_rels = d.pop("fieldRels", UNSET)
            field_rels: list[FieldRel] | Unset = UNSET
            if _field_rels is not UNSET:
                field_rels = []
                for field_rels_item_data in _field_rels:
                    field_rels_item = FieldRel.from_dict(field_rels_item_data)

                    field_rels.append(field_rels_item)

            field_envelope.field_rels = field_rels

            field_envelope.additional_properties = d
            return field_envelope
        except _ParseError:
            raise
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise _ParseError(cls.__name__, exc) from exc

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return _model_repr(self)


from ..models.field import Field  # noqa: E402
from ..models.field_option import FieldOption  # noqa: E402
from ..models.field_rel import FieldRel  # noqa: E402
