from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ConnectionCreateRequestConnection")


@_attrs_define
class ConnectionCreateRequestConnection:
    service: str
    """ Name of the external service. """
    externalid: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    name: str
    """ Name of the account in the external service. """
    logo_url: str
    """ URL of the service's logo. """
    link_url: str
    """ URL of the page where the integration is managed. """
    list_id: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        externalid: int | str
        externalid = self.externalid

        name = self.name

        logo_url = self.logo_url

        link_url = self.link_url

        list_id: int | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
                "externalid": externalid,
                "name": name,
                "logoUrl": logo_url,
                "linkUrl": link_url,
            }
        )
        if list_id is not UNSET:
            field_dict["listId"] = list_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            connection_create_request_connection = cls.__new__(cls)
            d = dict(src_dict)
            connection_create_request_connection.service = d.pop("service")

            connection_create_request_connection.externalid = d.pop("externalid")

            connection_create_request_connection.name = d.pop("name")

            connection_create_request_connection.logo_url = d.pop("logoUrl")

            connection_create_request_connection.link_url = d.pop("linkUrl")

            connection_create_request_connection.list_id = d.pop("listId", UNSET)

            connection_create_request_connection.additional_properties = d
            return connection_create_request_connection
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
