from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.sms_error_source import SmsErrorSource, check_sms_error_source
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsRecipientDetailsType0")


@_attrs_define
class SmsRecipientDetailsType0:
    """Why the message failed, when it did."""

    error_code: str | Unset = UNSET
    error_source: SmsErrorSource | Unset = UNSET
    """ Whether ActiveCampaign or the carrier gateway (Twilio) refused the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_source: str | Unset = UNSET
        if not isinstance(self.error_source, Unset):
            error_source = self.error_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_source is not UNSET:
            field_dict["errorSource"] = error_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_recipient_details_type_0 = cls.__new__(cls)
            d = dict(src_dict)
            sms_recipient_details_type_0.error_code = d.pop("errorCode", UNSET)

            _error_source = d.pop("errorSource", UNSET)
            error_source: SmsErrorSource | Unset
            if isinstance(_error_source, Unset):
                error_source = UNSET
            else:
                error_source = check_sms_error_source(_error_source)

            sms_recipient_details_type_0.error_source = error_source

            sms_recipient_details_type_0.additional_properties = d
            return sms_recipient_details_type_0
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
