from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomObjectSchemaList")


@_attrs_define
class CustomObjectSchemaList:
    schemas: list[CustomObjectSchema]
    meta: CustomObjectPageMeta | Unset = UNSET
    """ Paging information of custom object lists; numbers, unlike other lists. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas = []
        for schemas_item_data in self.schemas:
            schemas_item = schemas_item_data.to_dict()
            schemas.append(schemas_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_object_schema_list = cls.__new__(cls)
            d = dict(src_dict)
            schemas = []
            _schemas = d.pop("schemas")
            for schemas_item_data in _schemas:
                schemas_item = CustomObjectSchema.from_dict(schemas_item_data)

                schemas.append(schemas_item)

            custom_object_schema_list.schemas = schemas

            _meta = d.pop("meta", UNSET)
            meta: CustomObjectPageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = CustomObjectPageMeta.from_dict(_meta)

            custom_object_schema_list.meta = meta

            custom_object_schema_list.additional_properties = d
            return custom_object_schema_list
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

    def page_items(self) -> list[CustomObjectSchema]:
        """The items of this page (`schemas`)."""
        return self.schemas


from ..models.custom_object_page_meta import CustomObjectPageMeta  # noqa: E402
from ..models.custom_object_schema import CustomObjectSchema  # noqa: E402
