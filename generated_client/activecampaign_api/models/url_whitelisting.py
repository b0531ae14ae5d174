from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UrlWhitelisting")


@_attrs_define
class UrlWhitelisting:
    """A JSON:API resource object of an allowed domain."""

    id: str
    type_: str | Unset = UNSET
    """ Always `urlWhitelistings`. """
    attributes: UrlWhitelistingAttributes | Unset = UNSET
    """ An allowed domain's attributes as the API returns them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            url_whitelisting = cls.__new__(cls)
            d = dict(src_dict)
            url_whitelisting.id = d.pop("id")

            url_whitelisting.type_ = d.pop("type", UNSET)

            _attributes = d.pop("attributes", UNSET)
            attributes: UrlWhitelistingAttributes | Unset
            if isinstance(_attributes, Unset):
                attributes = UNSET
            else:
                attributes = UrlWhitelistingAttributes.from_dict(_attributes)

            url_whitelisting.attributes = attributes

            url_whitelisting.additional_properties = d
            return url_whitelisting
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


from ..models.url_whitelisting_attributes import UrlWhitelistingAttributes  # noqa: E402
