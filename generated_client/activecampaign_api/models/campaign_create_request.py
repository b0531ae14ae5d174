from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CampaignCreateRequest")


@_attrs_define
class CampaignCreateRequest:
    """A new draft campaign. The body is not wrapped."""

    name: str
    type_: str
    """ Campaign kind, for example `single`. """
    can_split_content: bool | Unset = UNSET
    """ Whether the campaign may carry split-tested content. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        can_split_content = self.can_split_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if can_split_content is not UNSET:
            field_dict["canSplitContent"] = can_split_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            campaign_create_request = cls.__new__(cls)
            d = dict(src_dict)
            campaign_create_request.name = d.pop("name")

            campaign_create_request.type_ = d.pop("type")

            campaign_create_request.can_split_content = d.pop("canSplitContent", UNSET)

            campaign_create_request.additional_properties = d
            return campaign_create_request
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
