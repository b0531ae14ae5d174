from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.sms_recipient_export_request_deliverability_item import (
    SmsRecipientExportRequestDeliverabilityItem,
    check_sms_recipient_export_request_deliverability_item,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsRecipientExportRequest")


@_attrs_define
class SmsRecipientExportRequest:
    """The same filters as listing the recipients."""

    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    engagement: list[str] | Unset = UNSET
    deliverability: list[SmsRecipientExportRequestDeliverabilityItem] | Unset = UNSET
    search: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        engagement: list[str] | Unset = UNSET
        if not isinstance(self.engagement, Unset):
            engagement = self.engagement

        deliverability: list[str] | Unset = UNSET
        if not isinstance(self.deliverability, Unset):
            deliverability = []
            for deliverability_item_data in self.deliverability:
                deliverability_item: str = deliverability_item_data
                deliverability.append(deliverability_item)

        search = self.search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if engagement is not UNSET:
            field_dict["engagement"] = engagement
        if deliverability is not UNSET:
            field_dict["deliverability"] = deliverability
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_recipient_export_request = cls.__new__(cls)
            d = dict(src_dict)
            _start_date = d.pop("start_date", UNSET)
            start_date: datetime.date | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = datetime.date.fromisoformat(_start_date)

            sms_recipient_export_request.start_date = start_date

            _end_date = d.pop("end_date", UNSET)
            end_date: datetime.date | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = datetime.date.fromisoformat(_end_date)

            sms_recipient_export_request.end_date = end_date

            sms_recipient_export_request.engagement = d.pop("engagement", UNSET)

            _deliverability = d.pop("deliverability", UNSET)
            deliverability: list[SmsRecipientExportRequestDeliverabilityItem] | Unset = UNSET
            if _deliverability is not UNSET:
                deliverability = []
                for deliverability_item_data in _deliverability:
                    deliverability_item = check_sms_recipient_export_request_deliverability_item(
                        deliverability_item_data
                    )

                    deliverability.append(deliverability_item)

            sms_recipient_export_request.deliverability = deliverability

            sms_recipient_export_request.search = d.pop("search", UNSET)

            sms_recipient_export_request.additional_properties = d
            return sms_recipient_export_request
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
