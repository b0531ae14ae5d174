from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.sms_ai_request_status_status import SmsAiRequestStatusStatus, check_sms_ai_request_status_status
from ..models.sms_ai_source import SmsAiSource, check_sms_ai_source
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsAiRequestStatus")


@_attrs_define
class SmsAiRequestStatus:
    status: SmsAiRequestStatusStatus
    source: SmsAiSource | Unset = UNSET
    """ Which AI flow produced or produces the text. """
    broadcast_id: int | Unset | None = UNSET
    """ The drafted or rewritten broadcast, once `status` is `success`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        broadcast_id: int | Unset | None
        if isinstance(self.broadcast_id, Unset):
            broadcast_id = UNSET
        else:
            broadcast_id = self.broadcast_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if broadcast_id is not UNSET:
            field_dict["broadcastId"] = broadcast_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_ai_request_status = cls.__new__(cls)
            d = dict(src_dict)
            status = check_sms_ai_request_status_status(d.pop("status"))

            sms_ai_request_status.status = status

            _source = d.pop("source", UNSET)
            source: SmsAiSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = check_sms_ai_source(_source)

            sms_ai_request_status.source = source

            sms_ai_request_status.broadcast_id = d.pop("broadcastId", UNSET)

            sms_ai_request_status.additional_properties = d
            return sms_ai_request_status
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
