from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ConfigUpdateRequestConfig")


@_attrs_define
class ConfigUpdateRequestConfig:
    keyname: str | Unset = UNSET
    """ Dotted name of the setting. """
    section: str | Unset = UNSET
    item: str | Unset = UNSET
    val: str | Unset = UNSET
    """ The new value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyname = self.keyname

        section = self.section

        item = self.item

        val = self.val

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyname is not UNSET:
            field_dict["keyname"] = keyname
        if section is not UNSET:
            field_dict["section"] = section
        if item is not UNSET:
            field_dict["item"] = item
        if val is not UNSET:
            field_dict["val"] = val

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            config_update_request_config = cls.__new__(cls)
            d = dict(src_dict)
            config_update_request_config.keyname = d.pop("keyname", UNSET)

            config_update_request_config.section = d.pop("section", UNSET)

            config_update_request_config.item = d.pop("item", UNSET)

            config_update_request_config.val = d.pop("val", UNSET)

            config_update_request_config.additional_properties = d
            return config_update_request_config
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
