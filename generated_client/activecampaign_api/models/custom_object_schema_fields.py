from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomObjectSchemaFields")


@_attrs_define
class CustomObjectSchemaFields:
    """The writable attributes of a schema."""

    slug: str | Unset = UNSET
    app_id: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    labels: CustomObjectLabels | Unset = UNSET
    """ Human-readable names of a schema, field or relationship. """
    description: str | Unset = UNSET
    fields: list[CustomObjectFieldInput] | Unset = UNSET
    relationships: list[CustomObjectRelationshipInput] | Unset = UNSET
    icons: CustomObjectIcons | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        app_id: int | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        description = self.description

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = []
            for relationships_item_data in self.relationships:
                relationships_item = relationships_item_data.to_dict()
                relationships.append(relationships_item)

        icons: dict[str, Any] | Unset = UNSET
        if not isinstance(self.icons, Unset):
            icons = self.icons.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if labels is not UNSET:
            field_dict["labels"] = labels
        if description is not UNSET:
            field_dict["description"] = description
        if fields is not UNSET:
            field_dict["fields"] = fields
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if icons is not UNSET:
            field_dict["icons"] = icons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_object_schema_fields = cls.__new__(cls)
            d = dict(src_dict)
            custom_object_schema_fields.slug = d.pop("slug", UNSET)

            custom_object_schema_fields.app_id = d.pop("appId", UNSET)

            _labels = d.pop("labels", UNSET)
            labels: CustomObjectLabels | Unset
            if isinstance(_labels, Unset):
                labels = UNSET
            else:
                labels = CustomObjectLabels.from_dict(_labels)

            custom_object_schema_fields.labels = labels

            custom_object_schema_fields.description = d.pop("description", UNSET)

            _fields = d.pop("fields", UNSET)
            fields: list[CustomObjectFieldInput] | Unset = UNSET
            if _fields is not UNSET:
                fields = []
                for fields_item_data in _fields:
                    fields_item = CustomObjectFieldInput.from_dict(fields_item_data)

                    fields.append(fields_item)

            custom_object_schema_fields.fields = fields

            _relationships = d.pop("relationships", UNSET)
            relationships: list[CustomObjectRelationshipInput] | Unset = UNSET
            if _relationships is not UNSET:
                relationships = []
                for relationships_item_data in _relationships:
                    relationships_item = CustomObjectRelationshipInput.from_dict(relationships_item_data)

                    relationships.append(relationships_item)

            custom_object_schema_fields.relationships = relationships

            _icons = d.pop("icons", UNSET)
            icons: CustomObjectIcons | Unset
            if isinstance(_icons, Unset):
                icons = UNSET
            else:
                icons = CustomObjectIcons.from_dict(_icons)

            custom_object_schema_fields.icons = icons

            custom_object_schema_fields.additional_properties = d
            return custom_object_schema_fields
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


from ..models.custom_object_field_input import CustomObjectFieldInput  # noqa: E402
from ..models.custom_object_icons import CustomObjectIcons  # noqa: E402
from ..models.custom_object_labels import CustomObjectLabels  # noqa: E402
from ..models.custom_object_relationship_input import CustomObjectRelationshipInput  # noqa: E402
