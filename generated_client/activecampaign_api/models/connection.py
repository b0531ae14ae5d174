from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """A connection as the API returns it."""

    id: str
    service: str | Unset = UNSET
    """ Name of the external service. """
    service_name: str | Unset | None = UNSET
    connection_type: str | Unset | None = UNSET
    """ Kind of integration, for example `ecommerce`. """
    externalid: str | Unset = UNSET
    """ Id of the account in the external service. """
    name: str | Unset | None = UNSET
    """ Name of the account in the external service, often a company name. """
    is_internal: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    status: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    sync_status: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    last_sync: str | Unset | None = UNSET
    """ When the last sync happened; null before the first one. """
    sync_request_time: str | Unset | None = UNSET
    sync_start_time: str | Unset | None = UNSET
    credential_expiration: str | Unset | None = UNSET
    logo_url: str | Unset | None = UNSET
    link_url: str | Unset | None = UNSET
    list_id: int | str | Unset | None = UNSET
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    cdate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        service = self.service

        service_name: str | Unset | None
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        connection_type: str | Unset | None
        if isinstance(self.connection_type, Unset):
            connection_type = UNSET
        else:
            connection_type = self.connection_type

        externalid = self.externalid

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_internal: int | str | Unset
        if isinstance(self.is_internal, Unset):
            is_internal = UNSET
        else:
            is_internal = self.is_internal

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        sync_status: int | str | Unset
        if isinstance(self.sync_status, Unset):
            sync_status = UNSET
        else:
            sync_status = self.sync_status

        last_sync: str | Unset | None
        if isinstance(self.last_sync, Unset):
            last_sync = UNSET
        else:
            last_sync = self.last_sync

        sync_request_time: str | Unset | None
        if isinstance(self.sync_request_time, Unset):
            sync_request_time = UNSET
        else:
            sync_request_time = self.sync_request_time

        sync_start_time: str | Unset | None
        if isinstance(self.sync_start_time, Unset):
            sync_start_time = UNSET
        else:
            sync_start_time = self.sync_start_time

        credential_expiration: str | Unset | None
        if isinstance(self.credential_expiration, Unset):
            credential_expiration = UNSET
        else:
            credential_expiration = self.credential_expiration

        logo_url: str | Unset | None
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        link_url: str | Unset | None
        if isinstance(self.link_url, Unset):
            link_url = UNSET
        else:
            link_url = self.link_url

        list_id: int | str | Unset | None
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

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
        if service is not UNSET:
            field_dict["service"] = service
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if connection_type is not UNSET:
            field_dict["connectionType"] = connection_type
        if externalid is not UNSET:
            field_dict["externalid"] = externalid
        if name is not UNSET:
            field_dict["name"] = name
        if is_internal is not UNSET:
            field_dict["isInternal"] = is_internal
        if status is not UNSET:
            field_dict["status"] = status
        if sync_status is not UNSET:
            field_dict["syncStatus"] = sync_status
        if last_sync is not UNSET:
            field_dict["lastSync"] = last_sync
        if sync_request_time is not UNSET:
            field_dict["sync_request_time"] = sync_request_time
        if sync_start_time is not UNSET:
            field_dict["sync_start_time"] = sync_start_time
        if credential_expiration is not UNSET:
            field_dict["credentialExpiration"] = credential_expiration
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if link_url is not UNSET:
            field_dict["linkUrl"] = link_url
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if cdate is not UNSET:
            field_dict["cdate"] = cdate
        if udate is not UNSET:
            field_dict["udate"] = udate
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            connection = cls.__new__(cls)
            d = dict(src_dict)
            connection.id = d.pop("id")

            connection.service = d.pop("service", UNSET)

            connection.service_name = d.pop("serviceName", UNSET)

            connection.connection_type = d.pop("connectionType", UNSET)

            connection.externalid = d.pop("externalid", UNSET)

            connection.name = d.pop("name", UNSET)

            connection.is_internal = d.pop("isInternal", UNSET)

            connection.status = d.pop("status", UNSET)

            connection.sync_status = d.pop("syncStatus", UNSET)

            connection.last_sync = d.pop("lastSync", UNSET)

            connection.sync_request_time = d.pop("sync_request_time", UNSET)

            connection.sync_start_time = d.pop("sync_start_time", UNSET)

            connection.credential_expiration = d.pop("credentialExpiration", UNSET)

            connection.logo_url = d.pop("logoUrl", UNSET)

            connection.link_url = d.pop("linkUrl", UNSET)

            connection.list_id = d.pop("listId", UNSET)

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

            connection.cdate = cdate

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

            connection.udate = udate

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            connection.links = links

            connection.additional_properties = d
            return connection
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
