from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactListMembership")


@_attrs_define
class ContactListMembership:
    """A contact's membership of one list."""

    id: str
    contact: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    list_: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    form: str | Unset | None = UNSET
    seriesid: str | Unset | None = UNSET
    sdate: str | Unset | None = UNSET
    """ When the contact subscribed. """
    udate: str | Unset | None = UNSET
    status: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    responder: str | Unset | None = UNSET
    sync: str | Unset | None = UNSET
    unsubreason: str | Unset | None = UNSET
    campaign: str | Unset | None = UNSET
    message: str | Unset | None = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    ip_4_sub: str | Unset | None = UNSET
    sourceid: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    autosync_log: str | Unset | None = UNSET
    ip4_last: str | Unset | None = UNSET
    ip_4_unsub: str | Unset | None = UNSET
    unsubscribe_automation: str | Unset | None = UNSET
    automation: str | Unset | None = UNSET
    created_timestamp: str | Unset | None = UNSET
    updated_timestamp: str | Unset | None = UNSET
    created_by: str | Unset | None = UNSET
    updated_by: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact: int | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        list_: int | str | Unset
        if isinstance(self.list_, Unset):
            list_ = UNSET
        else:
            list_ = self.list_

        form: str | Unset | None
        if isinstance(self.form, Unset):
            form = UNSET
        else:
            form = self.form

        seriesid: str | Unset | None
        if isinstance(self.seriesid, Unset):
            seriesid = UNSET
        else:
            seriesid = self.seriesid

        sdate: str | Unset | None
        if isinstance(self.sdate, Unset):
            sdate = UNSET
        else:
            sdate = self.sdate

        udate: str | Unset | None
        if isinstance(self.udate, Unset):
            udate = UNSET
        else:
            udate = self.udate

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        responder: str | Unset | None
        if isinstance(self.responder, Unset):
            responder = UNSET
        else:
            responder = self.responder

        sync: str | Unset | None
        if isinstance(self.sync, Unset):
            sync = UNSET
        else:
            sync = self.sync

        unsubreason: str | Unset | None
        if isinstance(self.unsubreason, Unset):
            unsubreason = UNSET
        else:
            unsubreason = self.unsubreason

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

        first_name: str | Unset | None
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: str | Unset | None
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        ip_4_sub: str | Unset | None
        if isinstance(self.ip_4_sub, Unset):
            ip_4_sub = UNSET
        else:
            ip_4_sub = self.ip_4_sub

        sourceid: int | str | Unset | None
        if isinstance(self.sourceid, Unset):
            sourceid = UNSET
        else:
            sourceid = self.sourceid

        autosync_log: str | Unset | None
        if isinstance(self.autosync_log, Unset):
            autosync_log = UNSET
        else:
            autosync_log = self.autosync_log

        ip4_last: str | Unset | None
        if isinstance(self.ip4_last, Unset):
            ip4_last = UNSET
        else:
            ip4_last = self.ip4_last

        ip_4_unsub: str | Unset | None
        if isinstance(self.ip_4_unsub, Unset):
            ip_4_unsub = UNSET
        else:
            ip_4_unsub = self.ip_4_unsub

        unsubscribe_automation: str | Unset | None
        if isinstance(self.unsubscribe_automation, Unset):
            unsubscribe_automation = UNSET
        else:
            unsubscribe_automation = self.unsubscribe_automation

        automation: str | Unset | None
        if isinstance(self.automation, Unset):
            automation = UNSET
        else:
            automation = self.automation

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
        if contact is not UNSET:
            field_dict["contact"] = contact
        if list_ is not UNSET:
            field_dict["list"] = list_
        if form is not UNSET:
            field_dict["form"] = form
        if seriesid is not UNSET:
            field_dict["seriesid"] = seriesid
        if sdate is not UNSET:
            field_dict["sdate"] = sdate
        if udate is not UNSET:
            field_dict["udate"] = udate
        if status is not UNSET:
            field_dict["status"] = status
        if responder is not UNSET:
            field_dict["responder"] = responder
        if sync is not UNSET:
            field_dict["sync"] = sync
        if unsubreason is not UNSET:
            field_dict["unsubreason"] = unsubreason
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if message is not UNSET:
            field_dict["message"] = message
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if ip_4_sub is not UNSET:
            field_dict["ip4Sub"] = ip_4_sub
        if sourceid is not UNSET:
            field_dict["sourceid"] = sourceid
        if autosync_log is not UNSET:
            field_dict["autosyncLog"] = autosync_log
        if ip4_last is not UNSET:
            field_dict["ip4_last"] = ip4_last
        if ip_4_unsub is not UNSET:
            field_dict["ip4Unsub"] = ip_4_unsub
        if unsubscribe_automation is not UNSET:
            field_dict["unsubscribeAutomation"] = unsubscribe_automation
        if automation is not UNSET:
            field_dict["automation"] = automation
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_list_membership = cls.__new__(cls)
            d = dict(src_dict)
            contact_list_membership.id = d.pop("id")

            contact_list_membership.contact = d.pop("contact", UNSET)

            contact_list_membership.list_ = d.pop("list", UNSET)

            contact_list_membership.form = d.pop("form", UNSET)

            contact_list_membership.seriesid = d.pop("seriesid", UNSET)

            contact_list_membership.sdate = d.pop("sdate", UNSET)

            contact_list_membership.udate = d.pop("udate", UNSET)

            contact_list_membership.status = d.pop("status", UNSET)

            contact_list_membership.responder = d.pop("responder", UNSET)

            contact_list_membership.sync = d.pop("sync", UNSET)

            contact_list_membership.unsubreason = d.pop("unsubreason", UNSET)

            contact_list_membership.campaign = d.pop("campaign", UNSET)

            contact_list_membership.message = d.pop("message", UNSET)

            contact_list_membership.first_name = d.pop("first_name", UNSET)

            contact_list_membership.last_name = d.pop("last_name", UNSET)

            contact_list_membership.ip_4_sub = d.pop("ip4Sub", UNSET)

            contact_list_membership.sourceid = d.pop("sourceid", UNSET)

            contact_list_membership.autosync_log = d.pop("autosyncLog", UNSET)

            contact_list_membership.ip4_last = d.pop("ip4_last", UNSET)

            contact_list_membership.ip_4_unsub = d.pop("ip4Unsub", UNSET)

            contact_list_membership.unsubscribe_automation = d.pop("unsubscribeAutomation", UNSET)

            contact_list_membership.automation = d.pop("automation", UNSET)

            contact_list_membership.created_timestamp = d.pop("created_timestamp", UNSET)

            contact_list_membership.updated_timestamp = d.pop("updated_timestamp", UNSET)

            contact_list_membership.created_by = d.pop("created_by", UNSET)

            contact_list_membership.updated_by = d.pop("updated_by", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            contact_list_membership.links = links

            contact_list_membership.additional_properties = d
            return contact_list_membership
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
