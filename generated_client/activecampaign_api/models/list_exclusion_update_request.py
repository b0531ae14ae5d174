from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.list_exclusion_update_request_channel import (
    ListExclusionUpdateRequestChannel,
    check_list_exclusion_update_request_channel,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ListExclusionUpdateRequest")


@_attrs_define
class ListExclusionUpdateRequest:
    """The exclusion's new scope. Not wrapped."""

    channel: ListExclusionUpdateRequestChannel | Unset = UNSET
    lists: list[str] | Unset = UNSET
    """ Ids of the lists as strings of digits; only with channel `several`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        lists: list[str] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = self.lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if lists is not UNSET:
            field_dict["lists"] = lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            list_exclusion_update_request = cls.__new__(cls)
            d = dict(src_dict)
            _channel = d.pop("channel", UNSET)
            channel: ListExclusionUpdateRequestChannel | Unset
            if isinstance(_channel, Unset):
                channel = UNSET
            else:
                channel = check_list_exclusion_update_request_channel(_channel)

            list_exclusion_update_request.channel = channel

            list_exclusion_update_request.lists = d.pop("lists", UNSET)

            list_exclusion_update_request.additional_properties = d
            return list_exclusion_update_request
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
