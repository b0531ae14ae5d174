from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UrlWhitelistingCreateRequestDataAttributes")


@_attrs_define
class UrlWhitelistingCreateRequestDataAttributes:
    whitelisted_domain: str
    """ The domain, e.g. `example.com`. """
    whitelisted_page: str
    """ Page path under the domain (`website` for example.com/website), or `*` for all pages. """
    tracking_enabled: bool
    conversations_enabled: bool
    wp_enabled: bool
    """ Enable web personalization. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        whitelisted_domain = self.whitelisted_domain

        whitelisted_page = self.whitelisted_page

        tracking_enabled = self.tracking_enabled

        conversations_enabled = self.conversations_enabled

        wp_enabled = self.wp_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "whitelisted_domain": whitelisted_domain,
                "whitelisted_page": whitelisted_page,
                "tracking_enabled": tracking_enabled,
                "conversations_enabled": conversations_enabled,
                "wp_enabled": wp_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            url_whitelisting_create_request_data_attributes = cls.__new__(cls)
            d = dict(src_dict)
            url_whitelisting_create_request_data_attributes.whitelisted_domain = d.pop("whitelisted_domain")

            url_whitelisting_create_request_data_attributes.whitelisted_page = d.pop("whitelisted_page")

            url_whitelisting_create_request_data_attributes.tracking_enabled = d.pop("tracking_enabled")

            url_whitelisting_create_request_data_attributes.conversations_enabled = d.pop("conversations_enabled")

            url_whitelisting_create_request_data_attributes.wp_enabled = d.pop("wp_enabled")

            url_whitelisting_create_request_data_attributes.additional_properties = d
            return url_whitelisting_create_request_data_attributes
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
