from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.tag_type import TagType, check_tag_type
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="TagCreateRequestTag")


@_attrs_define
class TagCreateRequestTag:
    tag: str
    """ The tag's name. """
    tag_type: TagType
    """ What a tag applies to. """
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        tag_type: str = self.tag_type

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag": tag,
                "tagType": tag_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            tag_create_request_tag = cls.__new__(cls)
            d = dict(src_dict)
            tag_create_request_tag.tag = d.pop("tag")

            tag_type = check_tag_type(d.pop("tagType"))

            tag_create_request_tag.tag_type = tag_type

            tag_create_request_tag.description = d.pop("description", UNSET)

            tag_create_request_tag.additional_properties = d
            return tag_create_request_tag
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
