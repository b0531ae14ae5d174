from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact as the API returns it. Counters and flags arrive as strings of digits."""

    id: str
    email: str | Unset | None = UNSET
    """ Null or empty for phone-only contacts. """
    email_empty: bool | Unset = UNSET
    phone: str | Unset | None = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    orgid: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    orgname: str | Unset | None = UNSET
    organization: str | Unset | None = UNSET
    """ Deprecated organization id; null or empty when none. """
    segmentio_id: str | Unset | None = UNSET
    bounced_hard: str | Unset | None = UNSET
    bounced_soft: str | Unset | None = UNSET
    bounced_date: str | Unset | None = UNSET
    """ Date of the last bounce; `0000-00-00` when never bounced. """
    ip: str | Unset | None = UNSET
    """ IPv4 address as an unsigned integer in a string. """
    ua: str | Unset | None = UNSET
    hash_: str | Unset | None = UNSET
    socialdata_lastcheck: str | Unset | None = UNSET
    """ Timestamp, or `0000-00-00 00:00:00` when never checked. """
    email_local: str | Unset | None = UNSET
    email_domain: str | Unset | None = UNSET
    sentcnt: str | Unset | None = UNSET
    rating_tstamp: str | Unset | None = UNSET
    gravatar: str | Unset | None = UNSET
    deleted: str | Unset | None = UNSET
    anonymized: str | Unset | None = UNSET
    adate: str | Unset | None = UNSET
    """ Last activity timestamp. """
    edate: str | Unset | None = UNSET
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    deleted_at: str | Unset | None = UNSET
    """ Deletion timestamp, or `0000-00-00 00:00:00` when not deleted. """
    created_utc_timestamp: str | Unset | None = UNSET
    """ Creation time in UTC as `YYYY-MM-DD hh:mm:ss`. """
    updated_utc_timestamp: str | Unset | None = UNSET
    """ Update time in UTC as `YYYY-MM-DD hh:mm:ss`. """
    created_timestamp: str | Unset | None = UNSET
    """ Creation time as `YYYY-MM-DD hh:mm:ss`; sent in views and write responses. """
    updated_timestamp: str | Unset | None = UNSET
    """ Update time as `YYYY-MM-DD hh:mm:ss`; sent in views and write responses. """
    created_by: str | Unset | None = UNSET
    updated_by: str | Unset | None = UNSET
    mpp_tracking: str | Unset | None = UNSET
    """ 1 when Apple Mail Privacy Protection opens are tracked for the contact. """
    score_values: list[str] | Unset = UNSET
    """ Ids of related records, as strings. """
    contact_automations: list[str] | Unset = UNSET
    """ Ids of related records, as strings. """
    contact_lists: list[str] | Unset = UNSET
    """ Ids of related records, as strings. """
    field_values: list[str] | Unset = UNSET
    """ Ids of related records, as strings. """
    geo_ips: list[str] | Unset = UNSET
    """ Ids of related records, as strings. """
    deals: list[str] | Unset = UNSET
    """ Ids of related records, as strings. """
    account_contacts: list[str] | Unset = UNSET
    """ Ids of related records, as strings. """
    contact_tags: list[str] | Unset = UNSET
    """ Ids of related records, as strings. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_empty = self.email_empty

        phone: str | Unset | None
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

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

        orgid: int | str | Unset | None
        if isinstance(self.orgid, Unset):
            orgid = UNSET
        else:
            orgid = self.orgid

        orgname: str | Unset | None
        if isinstance(self.orgname, Unset):
            orgname = UNSET
        else:
            orgname = self.orgname

        organization: str | Unset | None
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        segmentio_id: str | Unset | None
        if isinstance(self.segmentio_id, Unset):
            segmentio_id = UNSET
        else:
            segmentio_id = self.segmentio_id

        bounced_hard: str | Unset | None
        if isinstance(self.bounced_hard, Unset):
            bounced_hard = UNSET
        else:
            bounced_hard = self.bounced_hard

        bounced_soft: str | Unset | None
        if isinstance(self.bounced_soft, Unset):
            bounced_soft = UNSET
        else:
            bounced_soft = self.bounced_soft

        bounced_date: str | Unset | None
        if isinstance(self.bounced_date, Unset):
            bounced_date = UNSET
        else:
            bounced_date = self.bounced_date

        ip: str | Unset | None
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        ua: str | Unset | None
        if isinstance(self.ua, Unset):
            ua = UNSET
        else:
            ua = self.ua

        hash_: str | Unset | None
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        socialdata_lastcheck: str | Unset | None
        if isinstance(self.socialdata_lastcheck, Unset):
            socialdata_lastcheck = UNSET
        else:
            socialdata_lastcheck = self.socialdata_lastcheck

        email_local: str | Unset | None
        if isinstance(self.email_local, Unset):
            email_local = UNSET
        else:
            email_local = self.email_local

        email_domain: str | Unset | None
        if isinstance(self.email_domain, Unset):
            email_domain = UNSET
        else:
            email_domain = self.email_domain

        sentcnt: str | Unset | None
        if isinstance(self.sentcnt, Unset):
            sentcnt = UNSET
        else:
            sentcnt = self.sentcnt

        rating_tstamp: str | Unset | None
        if isinstance(self.rating_tstamp, Unset):
            rating_tstamp = UNSET
        else:
            rating_tstamp = self.rating_tstamp

        gravatar: str | Unset | None
        if isinstance(self.gravatar, Unset):
            gravatar = UNSET
        else:
            gravatar = self.gravatar

        deleted: str | Unset | None
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        anonymized: str | Unset | None
        if isinstance(self.anonymized, Unset):
            anonymized = UNSET
        else:
            anonymized = self.anonymized

        adate: str | Unset | None
        if isinstance(self.adate, Unset):
            adate = UNSET
        else:
            adate = self.adate

        edate: str | Unset | None
        if isinstance(self.edate, Unset):
            edate = UNSET
        else:
            edate = self.edate

        cdate: str | Unset | None
        if isinstance(self.cdate, Unset):
            cdate = UNSET
        elif isinstance(self.cdate, datetime.datetime):
            cdate = self.cdate.isoformat()
        else:
            cdate = self.cdate

        udate: str | Unset | None
        if isinstance(self.udate, Unset):
            udate = UNSET
        elif isinstance(self.udate, datetime.datetime):
            udate = self.udate.isoformat()
        else:
            udate = self.udate

        deleted_at: str | Unset | None
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        created_utc_timestamp: str | Unset | None
        if isinstance(self.created_utc_timestamp, Unset):
            created_utc_timestamp = UNSET
        else:
            created_utc_timestamp = self.created_utc_timestamp

        updated_utc_timestamp: str | Unset | None
        if isinstance(self.updated_utc_timestamp, Unset):
            updated_utc_timestamp = UNSET
        else:
            updated_utc_timestamp = self.updated_utc_timestamp

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

        mpp_tracking: str | Unset | None
        if isinstance(self.mpp_tracking, Unset):
            mpp_tracking = UNSET
        else:
            mpp_tracking = self.mpp_tracking

        score_values: list[str] | Unset = UNSET
        if not isinstance(self.score_values, Unset):
            score_values = self.score_values

        contact_automations: list[str] | Unset = UNSET
        if not isinstance(self.contact_automations, Unset):
            contact_automations = self.contact_automations

        contact_lists: list[str] | Unset = UNSET
        if not isinstance(self.contact_lists, Unset):
            contact_lists = self.contact_lists

        field_values: list[str] | Unset = UNSET
        if not isinstance(self.field_values, Unset):
            field_values = self.field_values

        geo_ips: list[str] | Unset = UNSET
        if not isinstance(self.geo_ips, Unset):
            geo_ips = self.geo_ips

        deals: list[str] | Unset = UNSET
        if not isinstance(self.deals, Unset):
            deals = self.deals

        account_contacts: list[str] | Unset = UNSET
        if not isinstance(self.account_contacts, Unset):
            account_contacts = self.account_contacts

        contact_tags: list[str] | Unset = UNSET
        if not isinstance(self.contact_tags, Unset):
            contact_tags = self.contact_tags

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
        if email is not UNSET:
            field_dict["email"] = email
        if email_empty is not UNSET:
            field_dict["email_empty"] = email_empty
        if phone is not UNSET:
            field_dict["phone"] = phone
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if orgid is not UNSET:
            field_dict["orgid"] = orgid
        if orgname is not UNSET:
            field_dict["orgname"] = orgname
        if organization is not UNSET:
            field_dict["organization"] = organization
        if segmentio_id is not UNSET:
            field_dict["segmentio_id"] = segmentio_id
        if bounced_hard is not UNSET:
            field_dict["bounced_hard"] = bounced_hard
        if bounced_soft is not UNSET:
            field_dict["bounced_soft"] = bounced_soft
        if bounced_date is not UNSET:
            field_dict["bounced_date"] = bounced_date
        if ip is not UNSET:
            field_dict["ip"] = ip
        if ua is not UNSET:
            field_dict["ua"] = ua
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if socialdata_lastcheck is not UNSET:
            field_dict["socialdata_lastcheck"] = socialdata_lastcheck
        if email_local is not UNSET:
            field_dict["email_local"] = email_local
        if email_domain is not UNSET:
            field_dict["email_domain"] = email_domain
        if sentcnt is not UNSET:
            field_dict["sentcnt"] = sentcnt
        if rating_tstamp is not UNSET:
            field_dict["rating_tstamp"] = rating_tstamp
        if gravatar is not UNSET:
            field_dict["gravatar"] = gravatar
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if anonymized is not UNSET:
            field_dict["anonymized"] = anonymized
        if adate is not UNSET:
            field_dict["adate"] = adate
        if edate is not UNSET:
            field_dict["edate"] = edate
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if udate is not UNSET:
            field_dict["udate"] = udate
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if created_utc_timestamp is not UNSET:
            field_dict["created_utc_timestamp"] = created_utc_timestamp
        if updated_utc_timestamp is not UNSET:
            field_dict["updated_utc_timestamp"] = updated_utc_timestamp
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if mpp_tracking is not UNSET:
            field_dict["mpp_tracking"] = mpp_tracking
        if score_values is not UNSET:
            field_dict["scoreValues"] = score_values
        if contact_automations is not UNSET:
            field_dict["contactAutomations"] = contact_automations
        if contact_lists is not UNSET:
            field_dict["contactLists"] = contact_lists
        if field_values is not UNSET:
            field_dict["fieldValues"] = field_values
        if geo_ips is not UNSET:
            field_dict["geoIps"] = geo_ips
        if deals is not UNSET:
            field_dict["deals"] = deals
        if account_contacts is not UNSET:
            field_dict["accountContacts"] = account_contacts
        if contact_tags is not UNSET:
            field_dict["contactTags"] = contact_tags
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact = cls.__new__(cls)
            d = dict(src_dict)
            contact.id = d.pop("id")

            contact.email = d.pop("email", UNSET)

            contact.email_empty = d.pop("email_empty", UNSET)

            contact.phone = d.pop("phone", UNSET)

            contact.first_name = d.pop("firstName", UNSET)

            contact.last_name = d.pop("lastName", UNSET)

            contact.orgid = d.pop("orgid", UNSET)

            contact.orgname = d.pop("orgname", UNSET)

            contact.organization = d.pop("organization", UNSET)

            contact.segmentio_id = d.pop("segmentio_id", UNSET)

            contact.bounced_hard = d.pop("bounced_hard", UNSET)

            contact.bounced_soft = d.pop("bounced_soft", UNSET)

            contact.bounced_date = d.pop("bounced_date", UNSET)

            contact.ip = d.pop("ip", UNSET)

            contact.ua = d.pop("ua", UNSET)

            contact.hash_ = d.pop("hash", UNSET)

            contact.socialdata_lastcheck = d.pop("socialdata_lastcheck", UNSET)

            contact.email_local = d.pop("email_local", UNSET)

            contact.email_domain = d.pop("email_domain", UNSET)

            contact.sentcnt = d.pop("sentcnt", UNSET)

            contact.rating_tstamp = d.pop("rating_tstamp", UNSET)

            contact.gravatar = d.pop("gravatar", UNSET)

            contact.deleted = d.pop("deleted", UNSET)

            contact.anonymized = d.pop("anonymized", UNSET)

            contact.adate = d.pop("adate", UNSET)

            contact.edate = d.pop("edate", UNSET)

            def _parse_cdate(data: object) -> datetime.datetime | str | Unset | None:
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

            cdate = _parse_cdate(d.pop("cdate", UNSET))

            contact.cdate = cdate

            def _parse_udate(data: object) -> datetime.datetime | str | Unset | None:
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

            udate = _parse_udate(d.pop("udate", UNSET))

            contact.udate = udate

            contact.deleted_at = d.pop("deleted_at", UNSET)

            contact.created_utc_timestamp = d.pop("created_utc_timestamp", UNSET)

            contact.updated_utc_timestamp = d.pop("updated_utc_timestamp", UNSET)

            contact.created_timestamp = d.pop("created_timestamp", UNSET)

            contact.updated_timestamp = d.pop("updated_timestamp", UNSET)

            contact.created_by = d.pop("created_by", UNSET)

            contact.updated_by = d.pop("updated_by", UNSET)

            contact.mpp_tracking = d.pop("mpp_tracking", UNSET)

            contact.score_values = d.pop("scoreValues", UNSET)

            contact.contact_automations = d.pop("contactAutomations", UNSET)

            contact.contact_lists = d.pop("contactLists", UNSET)

            contact.field_values = d.pop("fieldValues", UNSET)

            contact.geo_ips = d.pop("geoIps", UNSET)

            contact.deals = d.pop("deals", UNSET)

            contact.account_contacts = d.pop("accountContacts", UNSET)

            contact.contact_tags = d.pop("contactTags", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            contact.links = links

            contact.additional_properties = d
            return contact
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
