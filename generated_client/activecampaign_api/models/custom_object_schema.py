from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomObjectSchema")


@_attrs_define
class CustomObjectSchema:
    """A custom object schema as the API returns it."""

    id: str
    """ The schema's id, a UUID. """
    parent_id: str | Unset = UNSET
    """ Id of the public schema a child schema extends. """
    slug: str | Unset = UNSET
    app_id: str | Unset = UNSET
    visibility: str | Unset = UNSET
    """ `private` or `public`. """
    labels: CustomObjectLabels | Unset = UNSET
    """ Human-readable names of a schema, field or relationship. """
    description: str | Unset = UNSET
    created_timestamp: str | Unset | None = UNSET
    """ Creation time, RFC 3339 with up to nanoseconds. """
    updated_timestamp: str | Unset | None = UNSET
    """ Update time, RFC 3339 with up to nanoseconds. """
    fields: list[CustomObjectField] | Unset = UNSET
    icons: CustomObjectIcons | Unset = UNSET
    relationships: list[CustomObjectRelationship] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parent_id = self.parent_id

        slug = self.slug

        app_id = self.app_id

        visibility = self.visibility

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        description = self.description

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

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        icons: dict[str, Any] | Unset = UNSET
        if not isinstance(self.icons, Unset):
            icons = self.icons.to_dict()

        relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = []
            for relationships_item_data in self.relationships:
                relationships_item = relationships_item_data.to_dict()
                relationships.append(relationships_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if labels is not UNSET:
            field_dict["labels"] = labels
        if description is not UNSET:
            field_dict["description"] = description
        if created_timestamp is not UNSET:
            field_dict["createdTimestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updatedTimestamp"] = updated_timestamp
        if fields is not UNSET:
            field_dict["fields"] = fields
        if icons is not UNSET:
            field_dict["icons"] = icons
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_object_schema = cls.__new__(cls)
            d = dict(src_dict)
            custom_object_schema.id = d.pop("id")

            custom_object_schema.parent_id = d.pop("parentId", UNSET)

            custom_object_schema.slug = d.pop("slug", UNSET)

            custom_object_schema.app_id = d.pop("appId", UNSET)

            custom_object_schema.visibility = d.pop("visibility", UNSET)

            _labels = d.pop("labels", UNSET)
            labels: CustomObjectLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = CustomObjectLabels.from_dict(_labels)

            custom_object_schema.labels = labels

            custom_object_schema.description = d.pop("description", UNSET)

            custom_object_schema.created_timestamp = d.pop("createdTimestamp", UNSET)

            custom_object_schema.updated_timestamp = d.pop("updatedTimestamp", UNSET)

            _fields = d.pop("fields", UNSET)
            fields: list[CustomObjectField] | Unset = UNSET
            if _fields is not UNSET:
                fields = []
                for fields_item_data in _fields:
                    fields_item = CustomObjectField.from_dict(fields_item_data)

                    fields.append(fields_item)

            custom_object_schema.fields = fields

            _icons = d.pop("icons", UNSET)
            icons: CustomObjectIcons | Unset
            if isinstance(_icons, Unset):
                icons = UNSET
            else:
                icons = CustomObjectIcons.from_dict(_icons)

            custom_object_schema.icons = icons

            _relationships = d.pop("relationships", UNSET)
            relationships: list[CustomObjectRelationship] | Unset = UNSET
            if _relationships is not UNSET:
                relationships = []
                for relationships_item_data in _relationships:
                    relationships_item = CustomObjectRelationship.from_dict(relationships_item_data)

                    relationships.append(relationships_item)

            custom_object_schema.relationships = relationships

            custom_object_schema.additional_properties = d
            return custom_object_schema
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


from ..models.custom_object_field import CustomObjectField  # noqa: E402
from ..models.custom_object_icons import CustomObjectIcons  # noqa: E402
from ..models.custom_object_labels import CustomObjectLabels  # noqa: E402
from ..models.custom_object_relationship import CustomObjectRelationship  # noqa: E402
