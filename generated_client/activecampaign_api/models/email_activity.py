from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EmailActivity")


@_attrs_define
class EmailActivity:
    """An email sent to or received from a contact and logged in the account."""

    id: str
    subscriberid: str | Unset | None = UNSET
    userid: str | Unset | None = UNSET
    d_id: str | Unset | None = UNSET
    """ Id of the deal the email is logged on; `0` when none. """
    account: str | Unset | None = UNSET
    reltype: str | Unset | None = UNSET
    relid: str | Unset | None = UNSET
    from_name: str | Unset | None = UNSET
    from_address: str | Unset | None = UNSET
    to_address: str | Unset | None = UNSET
    cc_address: str | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    message: str | Unset | None = UNSET
    message_html: str | Unset | None = UNSET
    tstamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    contact: str | Unset | None = UNSET
    deal: str | Unset | None = UNSET
    user: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subscriberid: str | Unset | None
        if isinstance(self.subscriberid, Unset):
            subscriberid = UNSET
        else:
            subscriberid = self.subscriberid

        userid: str | Unset | None
        if isinstance(self.userid, Unset):
            userid = UNSET
        else:
            userid = self.userid

        d_id: str | Unset | None
        if isinstance(self.d_id, Unset):
            d_id = UNSET
        else:
            d_id = self.d_id

        account: str | Unset | None
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        reltype: str | Unset | None
        if isinstance(self.reltype, Unset):
            reltype = UNSET
        else:
            reltype = self.reltype

        relid: str | Unset | None
        if isinstance(self.relid, Unset):
            relid = UNSET
        else:
            relid = self.relid

        from_name: str | Unset | None
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        from_address: str | Unset | None
        if isinstance(self.from_address, Unset):
            from_address = UNSET
        else:
            from_address = self.from_address

        to_address: str | Unset | None
        if isinstance(self.to_address, Unset):
            to_address = UNSET
        else:
            to_address = self.to_address

        cc_address: str | Unset | None
        if isinstance(self.cc_address, Unset):
            cc_address = UNSET
        else:
            cc_address = self.cc_address

        subject: str | Unset | None
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        message_html: str | Unset | None
        if isinstance(self.message_html, Unset):
            message_html = UNSET
        else:
            message_html = self.message_html

        tstamp: str | Unset | None
        if isinstance(self.tstamp, Unset):
            tstamp = UNSET
        elif isinstance(self.tstamp, datetime.datetime):
            tstamp = self.tstamp.isoformat()
        else:
            tstamp = self.tstamp

        contact: str | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        deal: str | Unset | None
        if isinstance(self.deal, Unset):
            deal = UNSET
        else:
            deal = self.deal

        user: str | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

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
        if subscriberid is not UNSET:
            field_dict["subscriberid"] = subscriberid
        if userid is not UNSET:
            field_dict["userid"] = userid
        if d_id is not UNSET:
            field_dict["d_id"] = d_id
        if account is not UNSET:
            field_dict["account"] = account
        if reltype is not UNSET:
            field_dict["reltype"] = reltype
        if relid is not UNSET:
            field_dict["relid"] = relid
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if from_address is not UNSET:
            field_dict["fromAddress"] = from_address
        if to_address is not UNSET:
            field_dict["toAddress"] = to_address
        if cc_address is not UNSET:
            field_dict["ccAddress"] = cc_address
        if subject is not UNSET:
            field_dict["subject"] = subject
        if message is not UNSET:
            field_dict["message"] = message
        if message_html is not UNSET:
            field_dict["messageHtml"] = message_html
        if tstamp is not UNSET:
            field_dict["tstamp"] = tstamp
        if contact is not UNSET:
            field_dict["contact"] = contact
        if deal is not UNSET:
            field_dict["deal"] = deal
        if user is not UNSET:
            field_dict["user"] = user
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            email_activity = cls.__new__(cls)
            d = dict(src_dict)
            email_activity.id = d.pop("id")

            email_activity.subscriberid = d.pop("subscriberid", UNSET)

            email_activity.userid = d.pop("userid", UNSET)

            email_activity.d_id = d.pop("d_id", UNSET)

            email_activity.account = d.pop("account", UNSET)

            email_activity.reltype = d.pop("reltype", UNSET)

            email_activity.relid = d.pop("relid", UNSET)

            email_activity.from_name = d.pop("from_name", UNSET)

            email_activity.from_address = d.pop("fromAddress", UNSET)

            email_activity.to_address = d.pop("toAddress", UNSET)

            email_activity.cc_address = d.pop("ccAddress", UNSET)

            email_activity.subject = d.pop("subject", UNSET)

            email_activity.message = d.pop("message", UNSET)

            email_activity.message_html = d.pop("messageHtml", UNSET)

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

            email_activity.tstamp = tstamp

            email_activity.contact = d.pop("contact", UNSET)

            email_activity.deal = d.pop("deal", UNSET)

            email_activity.user = d.pop("user", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            email_activity.links = links

            email_activity.additional_properties = d
            return email_activity
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
