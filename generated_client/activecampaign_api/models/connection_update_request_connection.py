from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.flag_input_type_1 import FlagInputType1, check_flag_input_type_1
from ..models.flag_input_type_2 import FlagInputType2, check_flag_input_type_2
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ConnectionUpdateRequestConnection")


@_attrs_define
class ConnectionUpdateRequestConnection:
    service: str | Unset = UNSET
    """ Name of the external service. """
    externalid: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    name: str | Unset = UNSET
    """ Name of the account in the external service. """
    logo_url: str | Unset = UNSET
    """ URL of the service's logo. """
    link_url: str | Unset = UNSET
    """ URL of the page where the integration is managed. """
    status: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    sync_status: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        externalid: int | str | Unset
        if isinstance(self.externalid, Unset):
            externalid = UNSET
        else:
            externalid = self.externalid

        name = self.name

        logo_url = self.logo_url

        link_url = self.link_url

        status: bool | int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, int) or isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        sync_status: bool | int | str | Unset
        if isinstance(self.sync_status, Unset):
            sync_status = UNSET
        elif isinstance(self.sync_status, int) or isinstance(self.sync_status, str):
            sync_status = self.sync_status
        else:
            sync_status = self.sync_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service is not UNSET:
            field_dict["service"] = service
        if externalid is not UNSET:
            field_dict["externalid"] = externalid
        if name is not UNSET:
            field_dict["name"] = name
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if link_url is not UNSET:
            field_dict["linkUrl"] = link_url
        if status is not UNSET:
            field_dict["status"] = status
        if sync_status is not UNSET:
            field_dict["syncStatus"] = sync_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            connection_update_request_connection = cls.__new__(cls)
            d = dict(src_dict)
            connection_update_request_connection.service = d.pop("service", UNSET)

            connection_update_request_connection.externalid = d.pop("externalid", UNSET)

            connection_update_request_connection.name = d.pop("name", UNSET)

            connection_update_request_connection.logo_url = d.pop("logoUrl", UNSET)

            connection_update_request_connection.link_url = d.pop("linkUrl", UNSET)

            def _parse_status(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_flag_input_type_1 = check_flag_input_type_1(data)

                    return componentsschemas_flag_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_flag_input_type_2 = check_flag_input_type_2(data)

                    return componentsschemas_flag_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | FlagInputType1 | FlagInputType2 | Unset, data)

            status = _parse_status(d.pop("status", UNSET))

            connection_update_request_connection.status = status

            def _parse_sync_status(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_flag_input_type_1 = check_flag_input_type_1(data)

                    return componentsschemas_flag_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_flag_input_type_2 = check_flag_input_type_2(data)

                    return componentsschemas_flag_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | FlagInputType1 | FlagInputType2 | Unset, data)

            sync_status = _parse_sync_status(d.pop("syncStatus", UNSET))

            connection_update_request_connection.sync_status = sync_status

            connection_update_request_connection.additional_properties = d
            return connection_update_request_connection
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
