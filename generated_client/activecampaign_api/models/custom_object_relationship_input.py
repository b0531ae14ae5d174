from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.boolean_input_type_1 import BooleanInputType1, check_boolean_input_type_1
from ..models.boolean_input_type_2 import BooleanInputType2, check_boolean_input_type_2
from ..models.custom_object_relationship_input_namespace import (
    CustomObjectRelationshipInputNamespace,
    check_custom_object_relationship_input_namespace,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomObjectRelationshipInput")


@_attrs_define
class CustomObjectRelationshipInput:
    """A relationship to add to a schema."""

    id: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    namespace: CustomObjectRelationshipInputNamespace
    labels: CustomObjectLabels | Unset = UNSET
    """ Human-readable names of a schema, field or relationship. """
    description: str | Unset = UNSET
    has_many: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        namespace: str = self.namespace

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        description = self.description

        has_many: bool | int | str | Unset
        if isinstance(self.has_many, Unset):
            has_many = UNSET
        elif isinstance(self.has_many, int) or isinstance(self.has_many, str):
            has_many = self.has_many
        else:
            has_many = self.has_many

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "namespace": namespace,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels
        if description is not UNSET:
            field_dict["description"] = description
        if has_many is not UNSET:
            field_dict["hasMany"] = has_many

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_object_relationship_input = cls.__new__(cls)
            d = dict(src_dict)
            custom_object_relationship_input.id = d.pop("id")

            namespace = check_custom_object_relationship_input_namespace(d.pop("namespace"))

            custom_object_relationship_input.namespace = namespace

            _labels = d.pop("labels", UNSET)
            labels: CustomObjectLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = CustomObjectLabels.from_dict(_labels)

            custom_object_relationship_input.labels = labels

            custom_object_relationship_input.description = d.pop("description", UNSET)

            def _parse_has_many(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            has_many = _parse_has_many(d.pop("hasMany", UNSET))

            custom_object_relationship_input.has_many = has_many

            custom_object_relationship_input.additional_properties = d
            return custom_object_relationship_input
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


from ..models.custom_object_labels import CustomObjectLabels  # noqa: E402
