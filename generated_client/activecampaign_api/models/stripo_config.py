from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="StripoConfig")


@_attrs_define
class StripoConfig:
    """What the Stripo email editor needs to start."""

    stripo_script_src: str | Unset = UNSET
    stripo_api_base_url: str | Unset = UNSET
    locale_code: str | Unset = UNSET
    allowed_script_source_domains: list[str] | Unset = UNSET
    content_api_url: str | Unset = UNSET
    hosted_mounter_js_url: str | Unset = UNSET
    color_picker_brand_kits: list[StripoBrandKit] | Unset = UNSET
    branding_footer_html_content: str | Unset | None = UNSET
    all_messages_arr: list[StripoMessageSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stripo_script_src = self.stripo_script_src

        stripo_api_base_url = self.stripo_api_base_url

        locale_code = self.locale_code

        allowed_script_source_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_script_source_domains, Unset):
            allowed_script_source_domains = self.allowed_script_source_domains

        content_api_url = self.content_api_url

        hosted_mounter_js_url = self.hosted_mounter_js_url

        color_picker_brand_kits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.color_picker_brand_kits, Unset):
            color_picker_brand_kits = []
            for color_picker_brand_kits_item_data in self.color_picker_brand_kits:
                color_picker_brand_kits_item = color_picker_brand_kits_item_data.to_dict()
                color_picker_brand_kits.append(color_picker_brand_kits_item)

        branding_footer_html_content: str | Unset | None
        if isinstance(self.branding_footer_html_content, Unset):
            branding_footer_html_content = UNSET
        else:
            branding_footer_html_content = self.branding_footer_html_content

        all_messages_arr: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.all_messages_arr, Unset):
            all_messages_arr = []
            for all_messages_arr_item_data in self.all_messages_arr:
                all_messages_arr_item = all_messages_arr_item_data.to_dict()
                all_messages_arr.append(all_messages_arr_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stripo_script_src is not UNSET:
            field_dict["stripoScriptSrc"] = stripo_script_src
        if stripo_api_base_url is not UNSET:
            field_dict["stripoApiBaseUrl"] = stripo_api_base_url
        if locale_code is not UNSET:
            field_dict["localeCode"] = locale_code
        if allowed_script_source_domains is not UNSET:
            field_dict["allowedScriptSourceDomains"] = allowed_script_source_domains
        if content_api_url is not UNSET:
            field_dict["contentApiUrl"] = content_api_url
        if hosted_mounter_js_url is not UNSET:
            field_dict["hostedMounterJsUrl"] = hosted_mounter_js_url
        if color_picker_brand_kits is not UNSET:
            field_dict["colorPickerBrandKits"] = color_picker_brand_kits
        if branding_footer_html_content is not UNSET:
            field_dict["brandingFooterHtmlContent"] = branding_footer_html_content
        if all_messages_arr is not UNSET:
            field_dict["allMessagesArr"] = all_messages_arr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            stripo_config = cls.__new__(cls)
            d = dict(src_dict)
            stripo_config.stripo_script_src = d.pop("stripoScriptSrc", UNSET)

            stripo_config.stripo_api_base_url = d.pop("stripoApiBaseUrl", UNSET)

            stripo_config.locale_code = d.pop("localeCode", UNSET)

            stripo_config.allowed_script_source_domains = d.pop("allowedScriptSourceDomains", UNSET)

            stripo_config.content_api_url = d.pop("contentApiUrl", UNSET)

            stripo_config.hosted_mounter_js_url = d.pop("hostedMounterJsUrl", UNSET)

            _color_picker_brand_kits = d.pop("colorPickerBrandKits", UNSET)
            color_picker_brand_kits: list[StripoBrandKit] | Unset = UNSET
            if _color_picker_brand_kits is not UNSET:
                color_picker_brand_kits = []
                for color_picker_brand_kits_item_data in _color_picker_brand_kits:
                    color_picker_brand_kits_item = StripoBrandKit.from_dict(color_picker_brand_kits_item_data)

                    color_picker_brand_kits.append(color_picker_brand_kits_item)

            stripo_config.color_picker_brand_kits = color_picker_brand_kits

            stripo_config.branding_footer_html_content = d.pop("brandingFooterHtmlContent", UNSET)

            _all_messages_arr = d.pop("allMessagesArr", UNSET)
            all_messages_arr: list[StripoMessageSummary] | Unset = UNSET
            if _all_messages_arr is not UNSET:
                all_messages_arr = []
                for all_messages_arr_item_data in _all_messages_arr:
                    all_messages_arr_item = StripoMessageSummary.from_dict(all_messages_arr_item_data)

                    all_messages_arr.append(all_messages_arr_item)

            stripo_config.all_messages_arr = all_messages_arr

            stripo_config.additional_properties = d
            return stripo_config
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


from ..models.stripo_brand_kit import StripoBrandKit  # noqa: E402
from ..models.stripo_message_summary import StripoMessageSummary  # noqa: E402
