from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactViewBounceLog")


@_attrs_define
class ContactViewBounceLog:
    """One bounce of an email sent to the contact."""

    id: str
    tstamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    bounceid: str | Unset | None = UNSET
    subscriberid: str | Unset = UNSET
    campaignid: str | Unset | None = UNSET
    messageid: str | Unset | None = UNSET
    codeid: str | Unset | None = UNSET
    email: str | Unset = UNSET
    error: str | Unset | None = UNSET
    source: str | Unset | None = UNSET
    """ Raw headers of the bounce message. """
    created_timestamp: str | Unset | None = UNSET
    updated_timestamp: str | Unset | None = UNSET
    created_by: str | Unset | None = UNSET
    updated_by: str | Unset | None = UNSET
    bounce: str | Unset | None = UNSET
    contact: str | Unset = UNSET
    campaign: str | Unset | None = UNSET
    message: str | Unset | None = UNSET
    code: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tstamp: str | Unset | None
        if isinstance(self.tstamp, Unset):
            tstamp = UNSET
        elif isinstance(self.tstamp, datetime.datetime):
            tstamp = self.tstamp.isoformat()
        else:
            tstamp = self.tstamp

        bounceid: str | Unset | None
        if isinstance(self.bounceid, Unset):
            bounceid = UNSET
        else:
            bounceid = self.bounceid

        subscriberid = self.subscriberid

        campaignid: str | Unset | None
        if isinstance(self.campaignid, Unset):
            campaignid = UNSET
        else:
            campaignid = self.campaignid

        messageid: str | Unset | None
        if isinstance(self.messageid, Unset):
            messageid = UNSET
        else:
            messageid = self.messageid

        codeid: str | Unset | None
        if isinstance(self.codeid, Unset):
            codeid = UNSET
        else:
            codeid = self.codeid

        email = self.email

        error: str | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        source: str | Unset | None
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        created_timestamp: str | Unset | None
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        updated_timestamp: str | Unset | None
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

        created_by: str | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: str | Unset | None
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        bounce: str | Unset | None
        if isinstance(self.bounce, Unset):
            bounce = UNSET
        else:
            bounce = self.bounce

        contact = self.contact

        campaign: str | Unset | None
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        else:
            campaign = self.campaign

        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        code: str | Unset | None
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

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
        if tstamp is not UNSET:
            field_dict["tstamp"] = tstamp
        if bounceid is not UNSET:
            field_dict["bounceid"] = bounceid
        if subscriberid is not UNSET:
            field_dict["subscriberid"] = subscriberid
        if campaignid is not UNSET:
            field_dict["campaignid"] = campaignid
        if messageid is not UNSET:
            field_dict["messageid"] = messageid
        if codeid is not UNSET:
            field_dict["codeid"] = codeid
        if email is not UNSET:
            field_dict["email"] = email
        if error is not UNSET:
            field_dict["error"] = error
        if source is not UNSET:
            field_dict["source"] = source
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if bounce is not UNSET:
            field_dict["bounce"] = bounce
        if contact is not UNSET:
            field_dict["contact"] = contact
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_view_bounce_log = cls.__new__(cls)
            d = dict(src_dict)
            contact_view_bounce_log.id = d.pop("id")

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

            contact_view_bounce_log.tstamp = tstamp

            contact_view_bounce_log.bounceid = d.pop("bounceid", UNSET)

            contact_view_bounce_log.subscriberid = d.pop("subscriberid", UNSET)

            contact_view_bounce_log.campaignid = d.pop("campaignid", UNSET)

            contact_view_bounce_log.messageid = d.pop("messageid", UNSET)

            contact_view_bounce_log.codeid = d.pop("codeid", UNSET)

            contact_view_bounce_log.email = d.pop("email", UNSET)

            contact_view_bounce_log.error = d.pop("error", UNSET)

            contact_view_bounce_log.source = d.pop("source", UNSET)

            contact_view_bounce_log.created_timestamp = d.pop("created_timestamp", UNSET)

            contact_view_bounce_log.updated_timestamp = d.pop("updated_timestamp", UNSET)

            contact_view_bounce_log.created_by = d.pop("created_by", UNSET)

            contact_view_bounce_log.updated_by = d.pop("updated_by", UNSET)

            contact_view_bounce_log.bounce = d.pop("bounce", UNSET)

            contact_view_bounce_log.contact = d.pop("contact", UNSET)

            contact_view_bounce_log.campaign = d.pop("campaign", UNSET)

            contact_view_bounce_log.message = d.pop("message", UNSET)

            contact_view_bounce_log.code = d.pop("code", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            contact_view_bounce_log.links = links

            contact_view_bounce_log.additional_properties = d
            return contact_view_bounce_log
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
