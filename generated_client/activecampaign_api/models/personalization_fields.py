from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.personalization_fields_format import PersonalizationFieldsFormat, check_personalization_fields_format
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="PersonalizationFields")


@_attrs_define
class PersonalizationFields:
    """The writable attributes of a personalization variable."""

    tag: str | Unset = UNSET
    """ The tag used in messages, without the surrounding `%`. """
    name: str | Unset = UNSET
    format_: PersonalizationFieldsFormat | Unset = UNSET
    content: str | Unset = UNSET
    listids: str | Unset = UNSET
    """ Comma-separated ids of the lists the variable applies to, for example `2,3,4`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag = self.tag

        name = self.name

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        content = self.content

        listids = self.listids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag is not UNSET:
            field_dict["tag"] = tag
        if name is not UNSET:
            field_dict["name"] = name
        if format_ is not UNSET:
            field_dict["format"] = format_
        if content is not UNSET:
            field_dict["content"] = content
        if listids is not UNSET:
            field_dict["listids"] = listids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            personalization_fields = cls.__new__(cls)
            d = dict(src_dict)
            personalization_fields.tag = d.pop("tag", UNSET)

            personalization_fields.name = d.pop("name", UNSET)

            _format_ = d.pop("format", UNSET)
            format_: PersonalizationFieldsFormat | Unset
            if isinstance(_format_, Unset):
                format_ = UNSET
            else:
                format_ = check_personalization_fields_format(_format_)

            personalization_fields.format_ = format_

            personalization_fields.content = d.pop("content", UNSET)

            personalization_fields.listids = d.pop("listids", UNSET)

            personalization_fields.additional_properties = d
            return personalization_fields
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
