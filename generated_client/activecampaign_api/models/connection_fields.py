from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ConnectionFields")


@_attrs_define
class ConnectionFields:
    """The writable attributes of a connection."""

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            connection_fields = cls.__new__(cls)
            d = dict(src_dict)
            connection_fields.service = d.pop("service", UNSET)

            connection_fields.externalid = d.pop("externalid", UNSET)

            connection_fields.name = d.pop("name", UNSET)

            connection_fields.logo_url = d.pop("logoUrl", UNSET)

            connection_fields.link_url = d.pop("linkUrl", UNSET)

            connection_fields.additional_properties = d
            return connection_fields
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
