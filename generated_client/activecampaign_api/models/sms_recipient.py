from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.sms_recipient_deliverability import SmsRecipientDeliverability, check_sms_recipient_deliverability
from ..models.sms_recipient_opt_out import SmsRecipientOptOut, check_sms_recipient_opt_out
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsRecipient")


@_attrs_define
class SmsRecipient:
    """One contact a broadcast was sent to."""

    id: int
    """ The contact's id. """
    name: str | Unset | None = UNSET
    phone_number: str | Unset = UNSET
    sent_date: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    clicks: int | Unset = UNSET
    deliverability: SmsRecipientDeliverability | Unset = UNSET
    replies: list[SmsReply] | Unset = UNSET
    opt_out: SmsRecipientOptOut | Unset = UNSET
    details: SmsRecipientDetailsType0 | Unset | None = UNSET
    """ Why the message failed, when it did. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        phone_number = self.phone_number

        sent_date: str | Unset | None
        if isinstance(self.sent_date, Unset):
            sent_date = UNSET
        elif isinstance(self.sent_date, datetime.datetime):
            sent_date = self.sent_date.isoformat()
        else:
            sent_date = self.sent_date

        clicks = self.clicks

        deliverability: str | Unset = UNSET
        if not isinstance(self.deliverability, Unset):
            deliverability = self.deliverability

        replies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.replies, Unset):
            replies = []
            for replies_item_data in self.replies:
                replies_item = replies_item_data.to_dict()
                replies.append(replies_item)

        opt_out: str | Unset = UNSET
        if not isinstance(self.opt_out, Unset):
            opt_out = self.opt_out

        details: dict[str, Any] | Unset | None
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, SmsRecipientDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if deliverability is not UNSET:
            field_dict["deliverability"] = deliverability
        if replies is not UNSET:
            field_dict["replies"] = replies
        if opt_out is not UNSET:
            field_dict["optOut"] = opt_out
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_recipient = cls.__new__(cls)
            d = dict(src_dict)
            sms_recipient.id = d.pop("id")

            sms_recipient.name = d.pop("name", UNSET)

            sms_recipient.phone_number = d.pop("phoneNumber", UNSET)

            def _parse_sent_date(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            sent_date = _parse_sent_date(d.pop("sentDate", UNSET))

            sms_recipient.sent_date = sent_date

            sms_recipient.clicks = d.pop("clicks", UNSET)

            _deliverability = d.pop("deliverability", UNSET)
            deliverability: SmsRecipientDeliverability | Unset
            if isinstance(_deliverability, Unset):
                deliverability = UNSET
            else:
                deliverability = check_sms_recipient_deliverability(_deliverability)

            sms_recipient.deliverability = deliverability

            _replies = d.pop("replies", UNSET)
            replies: list[SmsReply] | Unset = UNSET
            if _replies is not UNSET:
                replies = []
                for replies_item_data in _replies:
                    replies_item = SmsReply.from_dict(replies_item_data)

                    replies.append(replies_item)

            sms_recipient.replies = replies

            _opt_out = d.pop("optOut", UNSET)
            opt_out: SmsRecipientOptOut | Unset
            if isinstance(_opt_out, Unset):
                opt_out = UNSET
            else:
                opt_out = check_sms_recipient_opt_out(_opt_out)

            sms_recipient.opt_out = opt_out

            def _parse_details(data: object) -> SmsRecipientDetailsType0 | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    details_type_0 = SmsRecipientDetailsType0.from_dict(data)

                    return details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SmsRecipientDetailsType0 | Unset, data)

            details = _parse_details(d.pop("details", UNSET))

            sms_recipient.details = details

            sms_recipient.additional_properties = d
            return sms_recipient
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


from ..models.sms_recipient_details_type_0 import SmsRecipientDetailsType0  # noqa: E402
from ..models.sms_reply import SmsReply  # noqa: E402
