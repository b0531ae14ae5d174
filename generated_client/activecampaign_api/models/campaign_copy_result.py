from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CampaignCopyResult")


@_attrs_define
class CampaignCopyResult:
    succeeded: int | Unset = UNSET
    """ 1 when the copy was made. """
    message: str | Unset = UNSET
    new_campaign_id: int | Unset = UNSET
    """ Id of the new draft, as a number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        succeeded = self.succeeded

        message = self.message

        new_campaign_id = self.new_campaign_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if succeeded is not UNSET:
            field_dict["succeeded"] = succeeded
        if message is not UNSET:
            field_dict["message"] = message
        if new_campaign_id is not UNSET:
            field_dict["newCampaignId"] = new_campaign_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            campaign_copy_result = cls.__new__(cls)
            d = dict(src_dict)
            campaign_copy_result.succeeded = d.pop("succeeded", UNSET)

            campaign_copy_result.message = d.pop("message", UNSET)

            campaign_copy_result.new_campaign_id = d.pop("newCampaignId", UNSET)

            campaign_copy_result.additional_properties = d
            return campaign_copy_result
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
