from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomObjectRelationship")


@_attrs_define
class CustomObjectRelationship:
    """A relationship of a schema to contacts, deals or accounts."""

    id: str
    labels: CustomObjectLabels | Unset = UNSET
    """ Human-readable names of a schema, field or relationship. """
    description: str | Unset = UNSET
    namespace: str | Unset = UNSET
    """ `contacts`, `deals` or `accounts`. """
    has_many: bool | Unset = UNSET
    """ True when a record may relate to several owners. """
    inherited: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        description = self.description

        namespace = self.namespace

        has_many = self.has_many

        inherited = self.inherited

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels
        if description is not UNSET:
            field_dict["description"] = description
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if has_many is not UNSET:
            field_dict["hasMany"] = has_many
        if inherited is not UNSET:
            field_dict["inherited"] = inherited

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_object_relationship = cls.__new__(cls)
            d = dict(src_dict)
            custom_object_relationship.id = d.pop("id")

            _labels = d.pop("labels", UNSET)
            labels: CustomObjectLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = CustomObjectLabels.from_dict(_labels)

            custom_object_relationship.labels = labels

            custom_object_relationship.description = d.pop("description", UNSET)

            custom_object_relationship.namespace = d.pop("namespace", UNSET)

            custom_object_relationship.has_many = d.pop("hasMany", UNSET)

            custom_object_relationship.inherited = d.pop("inherited", UNSET)

            custom_object_relationship.additional_properties = d
            return custom_object_relationship
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
