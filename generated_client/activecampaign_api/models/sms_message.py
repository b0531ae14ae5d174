from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsMessage")


@_attrs_define
class SmsMessage:
    """An SMS message sent by automations (shape from the client named on the operation)."""

    id: str
    userid: str | Unset | None = UNSET
    seriesid: str | Unset | None = UNSET
    """ Id of the automation that sends the message. """
    msg: str | Unset = UNSET
    """ The message text. """
    tstamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    tf_day: str | Unset | None = UNSET
    """ Days of the week the message may go out on. """
    tf_hr_from: str | Unset | None = UNSET
    tf_hr_to: str | Unset | None = UNSET
    sent: str | Unset = UNSET
    failed: str | Unset = UNSET
    unsubscribes: str | Unset = UNSET
    replies: str | Unset = UNSET
    uniquereplies: str | Unset = UNSET
    sdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    ldate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    user: str | Unset | None = UNSET
    automation: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        userid: str | Unset | None
        if isinstance(self.userid, Unset):
            userid = UNSET
        else:
            userid = self.userid

        seriesid: str | Unset | None
        if isinstance(self.seriesid, Unset):
            seriesid = UNSET
        else:
            seriesid = self.seriesid

        msg = self.msg

        tstamp: str | Unset | None
        if isinstance(self.tstamp, Unset):
            tstamp = UNSET
        elif isinstance(self.tstamp, datetime.datetime):
            tstamp = self.tstamp.isoformat()
        else:
            tstamp = self.tstamp

        tf_day: str | Unset | None
        if isinstance(self.tf_day, Unset):
            tf_day = UNSET
        else:
            tf_day = self.tf_day

        tf_hr_from: str | Unset | None
        if isinstance(self.tf_hr_from, Unset):
            tf_hr_from = UNSET
        else:
            tf_hr_from = self.tf_hr_from

        tf_hr_to: str | Unset | None
        if isinstance(self.tf_hr_to, Unset):
            tf_hr_to = UNSET
        else:
            tf_hr_to = self.tf_hr_to

        sent = self.sent

        failed = self.failed

        unsubscribes = self.unsubscribes

        replies = self.replies

        uniquereplies = self.uniquereplies

        sdate: str | Unset | None
        if isinstance(self.sdate, Unset):
            sdate = UNSET
        elif isinstance(self.sdate, datetime.datetime):
            sdate = self.sdate.isoformat()
        else:
            sdate = self.sdate

        ldate: str | Unset | None
        if isinstance(self.ldate, Unset):
            ldate = UNSET
        elif isinstance(self.ldate, datetime.datetime):
            ldate = self.ldate.isoformat()
        else:
            ldate = self.ldate

        user: str | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        automation: str | Unset | None
        if isinstance(self.automation, Unset):
            automation = UNSET
        else:
            automation = self.automation

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if userid is not UNSET:
            field_dict["userid"] = userid
        if seriesid is not UNSET:
            field_dict["seriesid"] = seriesid
        if msg is not UNSET:
            field_dict["msg"] = msg
        if tstamp is not UNSET:
            field_dict["tstamp"] = tstamp
        if tf_day is not UNSET:
            field_dict["tf_day"] = tf_day
        if tf_hr_from is not UNSET:
            field_dict["tf_hr_from"] = tf_hr_from
        if tf_hr_to is not UNSET:
            field_dict["tf_hr_to"] = tf_hr_to
        if sent is not UNSET:
            field_dict["sent"] = sent
        if failed is not UNSET:
            field_dict["failed"] = failed
        if unsubscribes is not UNSET:
            field_dict["unsubscribes"] = unsubscribes
        if replies is not UNSET:
            field_dict["replies"] = replies
        if uniquereplies is not UNSET:
            field_dict["uniquereplies"] = uniquereplies
        if sdate is not UNSET:
            field_dict["sdate"] = sdate
        if ldate is not UNSET:
            field_dict["ldate"] = ldate
        if user is not UNSET:
            field_dict["user"] = user
        if automation is not UNSET:
            field_dict["automation"] = automation
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_message = cls.__new__(cls)
            d = dict(src_dict)
            sms_message.id = d.pop("id")

            sms_message.userid = d.pop("userid", UNSET)

            sms_message.seriesid = d.pop("seriesid", UNSET)

            sms_message.msg = d.pop("msg", UNSET)

            def _parse_tstamp(data: object) -> datetime.datetime | str | Unset | None:
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

            tstamp = _parse_tstamp(d.pop("tstamp", UNSET))

            sms_message.tstamp = tstamp

            sms_message.tf_day = d.pop("tf_day", UNSET)

            sms_message.tf_hr_from = d.pop("tf_hr_from", UNSET)

            sms_message.tf_hr_to = d.pop("tf_hr_to", UNSET)

            sms_message.sent = d.pop("sent", UNSET)

            sms_message.failed = d.pop("failed", UNSET)

            sms_message.unsubscribes = d.pop("unsubscribes", UNSET)

            sms_message.replies = d.pop("replies", UNSET)

            sms_message.uniquereplies = d.pop("uniquereplies", UNSET)

            def _parse_sdate(data: object) -> datetime.datetime | str | Unset | None:
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

            sdate = _parse_sdate(d.pop("sdate", UNSET))

            sms_message.sdate = sdate

            def _parse_ldate(data: object) -> datetime.datetime | str | Unset | None:
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

            ldate = _parse_ldate(d.pop("ldate", UNSET))

            sms_message.ldate = ldate

            sms_message.user = d.pop("user", UNSET)

            sms_message.automation = d.pop("automation", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            sms_message.links = links

            sms_message.additional_properties = d
            return sms_message
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


from ..models.links import Links  # noqa: E402
