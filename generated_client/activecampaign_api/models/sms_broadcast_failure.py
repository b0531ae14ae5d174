from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.sms_error_source import SmsErrorSource, check_sms_error_source
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsBroadcastFailure")


@_attrs_define
class SmsBroadcastFailure:
    error_code: str
    count: int
    error_source: SmsErrorSource | Unset = UNSET
    """ Whether ActiveCampaign or the carrier gateway (Twilio) refused the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        count = self.count

        error_source: str | Unset = UNSET
        if not isinstance(self.error_source, Unset):
            error_source = self.error_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
                "count": count,
            }
        )
        if error_source is not UNSET:
            field_dict["errorSource"] = error_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_broadcast_failure = cls.__new__(cls)
            d = dict(src_dict)
            sms_broadcast_failure.error_code = d.pop("errorCode")

            sms_broadcast_failure.count = d.pop("count")

            _error_source = d.pop("errorSource", UNSET)
            error_source: SmsErrorSource | Unset
            if isinstance(_error_source, Unset):
                error_source = UNSET
            else:
                error_source = check_sms_error_source(_error_source)

            sms_broadcast_failure.error_source = error_source

            sms_broadcast_failure.additional_properties = d
            return sms_broadcast_failure
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
