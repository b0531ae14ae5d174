from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UrlWhitelistingAttributes")


@_attrs_define
class UrlWhitelistingAttributes:
    """An allowed domain's attributes as the API returns them."""

    whitelisted_domain: str | Unset = UNSET
    whitelisted_page: str | Unset = UNSET
    """ Allowed page path under the domain, `*` for every page. """
    url_regex: str | Unset = UNSET
    """ PHP-style regular expression of the allowed URLs. """
    tracking_enabled: bool | int | Unset = UNSET
    """ A feature switch; true/false after a write, 1/0 when listed. """
    conversations_enabled: bool | int | Unset = UNSET
    """ A feature switch; true/false after a write, 1/0 when listed. """
    wp_enabled: bool | int | Unset = UNSET
    """ A feature switch; true/false after a write, 1/0 when listed. """
    created_at: str | Unset | None = UNSET
    """ Creation time in UTC (`...Z`). """
    updated_at: str | Unset | None = UNSET
    """ Last change in UTC (`...Z`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        whitelisted_domain = self.whitelisted_domain

        whitelisted_page = self.whitelisted_page

        url_regex = self.url_regex

        tracking_enabled: bool | int | Unset
        if isinstance(self.tracking_enabled, Unset):
            tracking_enabled = UNSET
        else:
            tracking_enabled = self.tracking_enabled

        conversations_enabled: bool | int | Unset
        if isinstance(self.conversations_enabled, Unset):
            conversations_enabled = UNSET
        else:
            conversations_enabled = self.conversations_enabled

        wp_enabled: bool | int | Unset
        if isinstance(self.wp_enabled, Unset):
            wp_enabled = UNSET
        else:
            wp_enabled = self.wp_enabled

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if whitelisted_domain is not UNSET:
            field_dict["whitelisted_domain"] = whitelisted_domain
        if whitelisted_page is not UNSET:
            field_dict["whitelisted_page"] = whitelisted_page
        if url_regex is not UNSET:
            field_dict["url_regex"] = url_regex
        if tracking_enabled is not UNSET:
            field_dict["tracking_enabled"] = tracking_enabled
        if conversations_enabled is not UNSET:
            field_dict["conversations_enabled"] = conversations_enabled
        if wp_enabled is not UNSET:
            field_dict["wp_enabled"] = wp_enabled
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            url_whitelisting_attributes = cls.__new__(cls)
            d = dict(src_dict)
            url_whitelisting_attributes.whitelisted_domain = d.pop("whitelisted_domain", UNSET)

            url_whitelisting_attributes.whitelisted_page = d.pop("whitelisted_page", UNSET)

            url_whitelisting_attributes.url_regex = d.pop("url_regex", UNSET)

            url_whitelisting_attributes.tracking_enabled = d.pop("tracking_enabled", UNSET)

            url_whitelisting_attributes.conversations_enabled = d.pop("conversations_enabled", UNSET)

            url_whitelisting_attributes.wp_enabled = d.pop("wp_enabled", UNSET)

            url_whitelisting_attributes.created_at = d.pop("created_at", UNSET)

            url_whitelisting_attributes.updated_at = d.pop("updated_at", UNSET)

            url_whitelisting_attributes.additional_properties = d
            return url_whitelisting_attributes
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
