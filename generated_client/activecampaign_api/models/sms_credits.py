from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsCredits")


@_attrs_define
class SmsCredits:
    period: str | Unset = UNSET
    """ How often the included credits refill, for example `month`. """
    next_refill_date: str | Unset | None = UNSET
    """ When the included credits refill next, `YYYY-MM-DD hh:mm:ss`. """
    included_this_period: int | Unset = UNSET
    used_this_period: int | Unset = UNSET
    extra: int | Unset = UNSET
    """ Purchased credits beyond the plan's. """
    available: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        next_refill_date: str | Unset | None
        if isinstance(self.next_refill_date, Unset):
            next_refill_date = UNSET
        else:
            next_refill_date = self.next_refill_date

        included_this_period = self.included_this_period

        used_this_period = self.used_this_period

        extra = self.extra

        available = self.available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period is not UNSET:
            field_dict["period"] = period
        if next_refill_date is not UNSET:
            field_dict["nextRefillDate"] = next_refill_date
        if included_this_period is not UNSET:
            field_dict["includedThisPeriod"] = included_this_period
        if used_this_period is not UNSET:
            field_dict["usedThisPeriod"] = used_this_period
        if extra is not UNSET:
            field_dict["extra"] = extra
        if available is not UNSET:
            field_dict["available"] = available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_credits = cls.__new__(cls)
            d = dict(src_dict)
            sms_credits.period = d.pop("period", UNSET)

            sms_credits.next_refill_date = d.pop("nextRefillDate", UNSET)

            sms_credits.included_this_period = d.pop("includedThisPeriod", UNSET)

            sms_credits.used_this_period = d.pop("usedThisPeriod", UNSET)

            sms_credits.extra = d.pop("extra", UNSET)

            sms_credits.available = d.pop("available", UNSET)

            sms_credits.additional_properties = d
            return sms_credits
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
