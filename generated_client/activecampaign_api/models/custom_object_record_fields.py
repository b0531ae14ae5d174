from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomObjectRecordFields")


@_attrs_define
class CustomObjectRecordFields:
    """The writable attributes of a record."""

    schema_id: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    id: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    external_id: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    fields: list[CustomObjectRecordField] | Unset = UNSET
    relationships: CustomObjectRecordFieldsRelationships | Unset = UNSET
    """ Related contact, deal or account ids keyed by the schema's relationship id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema_id: int | str | Unset
        if isinstance(self.schema_id, Unset):
            schema_id = UNSET
        else:
            schema_id = self.schema_id

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        external_id: int | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema_id is not UNSET:
            field_dict["schemaId"] = schema_id
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if fields is not UNSET:
            field_dict["fields"] = fields
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_object_record_fields = cls.__new__(cls)
            d = dict(src_dict)
            custom_object_record_fields.schema_id = d.pop("schemaId", UNSET)

            custom_object_record_fields.id = d.pop("id", UNSET)

            custom_object_record_fields.external_id = d.pop("externalId", UNSET)

            _fields = d.pop("fields", UNSET)
            fields: list[CustomObjectRecordField] | Unset = UNSET
            if _fields is not UNSET:
                fields = []
                for fields_item_data in _fields:
                    fields_item = CustomObjectRecordField.from_dict(fields_item_data)

                    fields.append(fields_item)

            custom_object_record_fields.fields = fields

            _relationships = d.pop("relationships", UNSET)
            relationships: CustomObjectRecordFieldsRelationships | Unset
            if isinstance(_relationships, Unset):
                relationships = UNSET
            else:
                relationships = CustomObjectRecordFieldsRelationships.from_dict(_relationships)

            custom_object_record_fields.relationships = relationships

            custom_object_record_fields.additional_properties = d
            return custom_object_record_fields
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


from ..models.custom_object_record_field import CustomObjectRecordField  # noqa: E402
from ..models.custom_object_record_fields_relationships import CustomObjectRecordFieldsRelationships  # noqa: E402
