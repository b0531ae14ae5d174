from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactEmail")


@_attrs_define
class ContactEmail:
    """A one-to-one email sent to a contact (shape from the client named on the operation)."""

    id: str
    messageid: str | Unset | None = UNSET
    seriesid: str | Unset | None = UNSET
    messageheader: str | Unset | None = UNSET
    """ Raw headers of the email. """
    userid: str | Unset | None = UNSET
    d_id: str | Unset | None = UNSET
    """ Id of the deal the email is logged on, `0` for none. """
    subscriberid: str | Unset = UNSET
    account: str | Unset | None = UNSET
    ip: str | Unset | None = UNSET
    sdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    source: str | Unset | None = UNSET
    user: str | Unset | None = UNSET
    deal: str | Unset | None = UNSET
    contact: str | Unset = UNSET
    message: str | Unset | None = UNSET
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        messageid: str | Unset | None
        if isinstance(self.messageid, Unset):
            messageid = UNSET
        else:
            messageid = self.messageid

        seriesid: str | Unset | None
        if isinstance(self.seriesid, Unset):
            seriesid = UNSET
        else:
            seriesid = self.seriesid

        messageheader: str | Unset | None
        if isinstance(self.messageheader, Unset):
            messageheader = UNSET
        else:
            messageheader = self.messageheader

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

        subscriberid = self.subscriberid

        account: str | Unset | None
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        ip: str | Unset | None
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        sdate: str | Unset | None
        if isinstance(self.sdate, Unset):
            sdate = UNSET
        elif isinstance(self.sdate, datetime.datetime):
            sdate = self.sdate.isoformat()
        else:
            sdate = self.sdate

        source: str | Unset | None
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        user: str | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        deal: str | Unset | None
        if isinstance(self.deal, Unset):
            deal = UNSET
        else:
            deal = self.deal

        contact = self.contact

        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        links: dict[str, Any] | list[str] | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, Links):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if messageid is not UNSET:
            field_dict["messageid"] = messageid
        if seriesid is not UNSET:
            field_dict["seriesid"] = seriesid
        if messageheader is not UNSET:
            field_dict["messageheader"] = messageheader
        if userid is not UNSET:
            field_dict["userid"] = userid
        if d_id is not UNSET:
            field_dict["d_id"] = d_id
        if subscriberid is not UNSET:
            field_dict["subscriberid"] = subscriberid
        if account is not UNSET:
            field_dict["account"] = account
        if ip is not UNSET:
            field_dict["ip"] = ip
        if sdate is not UNSET:
            field_dict["sdate"] = sdate
        if source is not UNSET:
            field_dict["source"] = source
        if user is not UNSET:
            field_dict["user"] = user
        if deal is not UNSET:
            field_dict["deal"] = deal
        if contact is not UNSET:
            field_dict["contact"] = contact
        if message is not UNSET:
            field_dict["message"] = message
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_email = cls.__new__(cls)
            d = dict(src_dict)
            contact_email.id = d.pop("id")

            contact_email.messageid = d.pop("messageid", UNSET)

            contact_email.seriesid = d.pop("seriesid", UNSET)

            contact_email.messageheader = d.pop("messageheader", UNSET)

            contact_email.userid = d.pop("userid", UNSET)

            contact_email.d_id = d.pop("d_id", UNSET)

            contact_email.subscriberid = d.pop("subscriberid", UNSET)

            contact_email.account = d.pop("account", UNSET)

            contact_email.ip = d.pop("ip", UNSET)

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

            contact_email.sdate = sdate

            contact_email.source = d.pop("source", UNSET)

            contact_email.user = d.pop("user", UNSET)

            contact_email.deal = d.pop("deal", UNSET)

            contact_email.contact = d.pop("contact", UNSET)

            contact_email.message = d.pop("message", UNSET)

            def _parse_links(data: object) -> Links | list[str] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_links_or_empty_type_0 = Links.from_dict(data)

                    return componentsschemas_links_or_empty_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_links_or_empty_type_1 = cast(list[str], data)

                return componentsschemas_links_or_empty_type_1

            links = _parse_links(d.pop("links", UNSET))

            contact_email.links = links

            contact_email.additional_properties = d
            return contact_email
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
