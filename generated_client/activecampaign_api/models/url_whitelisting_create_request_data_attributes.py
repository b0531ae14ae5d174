from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.boolean_input_type_1 import BooleanInputType1, check_boolean_input_type_1
from ..models.boolean_input_type_2 import BooleanInputType2, check_boolean_input_type_2
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UrlWhitelistingCreateRequestDataAttributes")


@_attrs_define
class UrlWhitelistingCreateRequestDataAttributes:
    whitelisted_domain: str
    """ The domain, e.g. `example.com`. """
    whitelisted_page: str
    """ Page path under the domain (`website` for example.com/website), or `*` for all pages. """
    tracking_enabled: bool | BooleanInputType1 | BooleanInputType2
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    conversations_enabled: bool | BooleanInputType1 | BooleanInputType2
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    wp_enabled: bool | BooleanInputType1 | BooleanInputType2
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        whitelisted_domain = self.whitelisted_domain

        whitelisted_page = self.whitelisted_page

        tracking_enabled: bool | int | str
        if isinstance(self.tracking_enabled, int) or isinstance(self.tracking_enabled, str):
            tracking_enabled = self.tracking_enabled
        else:
            tracking_enabled = self.tracking_enabled

        conversations_enabled: bool | int | str
        if isinstance(self.conversations_enabled, int) or isinstance(self.conversations_enabled, str):
            conversations_enabled = self.conversations_enabled
        else:
            conversations_enabled = self.conversations_enabled

        wp_enabled: bool | int | str
        if isinstance(self.wp_enabled, int) or isinstance(self.wp_enabled, str):
            wp_enabled = self.wp_enabled
        else:
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

            def _parse_tracking_enabled(data: object) -> bool | BooleanInputType1 | BooleanInputType2:
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2, data)

            tracking_enabled = _parse_tracking_enabled(d.pop("tracking_enabled"))

            url_whitelisting_create_request_data_attributes.tracking_enabled = tracking_enabled

            def _parse_conversations_enabled(data: object) -> bool | BooleanInputType1 | BooleanInputType2:
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2, data)

            conversations_enabled = _parse_conversations_enabled(d.pop("conversations_enabled"))

            url_whitelisting_create_request_data_attributes.conversations_enabled = conversations_enabled

            def _parse_wp_enabled(data: object) -> bool | BooleanInputType1 | BooleanInputType2:
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2, data)

            wp_enabled = _parse_wp_enabled(d.pop("wp_enabled"))

            url_whitelisting_create_request_data_attributes.wp_enabled = wp_enabled

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
