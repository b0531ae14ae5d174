from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomObjectRecord")


@_attrs_define
class CustomObjectRecord:
    """A record as the API returns it."""

    id: str
    """ The record's id; a UUID unless the caller chose one. """
    external_id: str | Unset | None = UNSET
    """ The caller's id of the record. """
    schema_id: str | Unset = UNSET
    fields: list[CustomObjectRecordField] | Unset = UNSET
    relationships: CustomObjectRecordRelationships | Unset = UNSET
    """ Related records keyed by the schema's relationship id (for example `primary-contact`): contact, deal or
    account ids, as strings on reads and as numbers when echoing a write. """
    created_timestamp: str | Unset | None = UNSET
    """ Creation time, RFC 3339 with up to nanoseconds. """
    updated_timestamp: str | Unset | None = UNSET
    """ Update time, RFC 3339 with up to nanoseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id: str | Unset | None
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        schema_id = self.schema_id

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        created_timestamp: str | Unset | None
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        updated_timestamp: str | Unset | None
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if schema_id is not UNSET:
            field_dict["schemaId"] = schema_id
        if fields is not UNSET:
            field_dict["fields"] = fields
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if created_timestamp is not UNSET:
            field_dict["createdTimestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updatedTimestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_object_record = cls.__new__(cls)
            d = dict(src_dict)
            custom_object_record.id = d.pop("id")

            custom_object_record.external_id = d.pop("externalId", UNSET)

            custom_object_record.schema_id = d.pop("schemaId", UNSET)

            _fields = d.pop("fields", UNSET)
            fields: list[CustomObjectRecordField] | Unset = UNSET
            if _fields is not UNSET:
                fields = []
                for fields_item_data in _fields:
                    fields_item = CustomObjectRecordField.from_dict(fields_item_data)

                    fields.append(fields_item)

            custom_object_record.fields = fields

            _relationships = d.pop("relationships", UNSET)
            relationships: CustomObjectRecordRelationships | Unset
            if isinstance(_relationships, Unset):
                relationships = UNSET
            else:
                relationships = CustomObjectRecordRelationships.from_dict(_relationships)

            custom_object_record.relationships = relationships

            custom_object_record.created_timestamp = d.pop("createdTimestamp", UNSET)

            custom_object_record.updated_timestamp = d.pop("updatedTimestamp", UNSET)

            custom_object_record.additional_properties = d
            return custom_object_record
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
from ..models.custom_object_record_relationships import CustomObjectRecordRelationships  # noqa: E402
