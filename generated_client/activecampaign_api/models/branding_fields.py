from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="BrandingFields")


@_attrs_define
class BrandingFields:
    """The writable attributes of a branding. Template attributes only work on plans with custom branding."""

    groupid: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    site_name: str | Unset = UNSET
    site_logo: str | Unset = UNSET
    site_logo_small: str | Unset = UNSET
    header_text_value: str | Unset = UNSET
    header_html_value: str | Unset = UNSET
    footer_text_value: str | Unset = UNSET
    footer_html_value: str | Unset = UNSET
    copyright_: bool | int | str | Unset = UNSET
    """ A 0/1 flag, as a number, a string of digits or a boolean. """
    version: bool | int | str | Unset = UNSET
    """ A 0/1 flag, as a number, a string of digits or a boolean. """
    license_: bool | int | str | Unset = UNSET
    """ A 0/1 flag, as a number, a string of digits or a boolean. """
    links: bool | int | str | Unset = UNSET
    """ A 0/1 flag, as a number, a string of digits or a boolean. """
    help_: bool | int | str | Unset = UNSET
    """ A 0/1 flag, as a number, a string of digits or a boolean. """
    admin_template_htm: str | Unset = UNSET
    admin_template_css: str | Unset = UNSET
    public_template_htm: str | Unset = UNSET
    public_template_css: str | Unset = UNSET
    favicon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groupid: int | str | Unset
        if isinstance(self.groupid, Unset):
            groupid = UNSET
        else:
            groupid = self.groupid

        site_name = self.site_name

        site_logo = self.site_logo

        site_logo_small = self.site_logo_small

        header_text_value = self.header_text_value

        header_html_value = self.header_html_value

        footer_text_value = self.footer_text_value

        footer_html_value = self.footer_html_value

        copyright_: bool | int | str | Unset
        if isinstance(self.copyright_, Unset):
            copyright_ = UNSET
        else:
            copyright_ = self.copyright_

        version: bool | int | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        license_: bool | int | str | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        else:
            license_ = self.license_

        links: bool | int | str | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        else:
            links = self.links

        help_: bool | int | str | Unset
        if isinstance(self.help_, Unset):
            help_ = UNSET
        else:
            help_ = self.help_

        admin_template_htm = self.admin_template_htm

        admin_template_css = self.admin_template_css

        public_template_htm = self.public_template_htm

        public_template_css = self.public_template_css

        favicon = self.favicon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if groupid is not UNSET:
            field_dict["groupid"] = groupid
        if site_name is not UNSET:
            field_dict["siteName"] = site_name
        if site_logo is not UNSET:
            field_dict["siteLogo"] = site_logo
        if site_logo_small is not UNSET:
            field_dict["siteLogoSmall"] = site_logo_small
        if header_text_value is not UNSET:
            field_dict["headerTextValue"] = header_text_value
        if header_html_value is not UNSET:
            field_dict["headerHtmlValue"] = header_html_value
        if footer_text_value is not UNSET:
            field_dict["footerTextValue"] = footer_text_value
        if footer_html_value is not UNSET:
            field_dict["footerHtmlValue"] = footer_html_value
        if copyright_ is not UNSET:
            field_dict["copyright"] = copyright_
        if version is not UNSET:
            field_dict["version"] = version
        if license_ is not UNSET:
            field_dict["license"] = license_
        if links is not UNSET:
            field_dict["links"] = links
        if help_ is not UNSET:
            field_dict["help"] = help_
        if admin_template_htm is not UNSET:
            field_dict["adminTemplateHtm"] = admin_template_htm
        if admin_template_css is not UNSET:
            field_dict["adminTemplateCss"] = admin_template_css
        if public_template_htm is not UNSET:
            field_dict["publicTemplateHtm"] = public_template_htm
        if public_template_css is not UNSET:
            field_dict["publicTemplateCss"] = public_template_css
        if favicon is not UNSET:
            field_dict["favicon"] = favicon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            branding_fields = cls.__new__(cls)
            d = dict(src_dict)
            branding_fields.groupid = d.pop("groupid", UNSET)

            branding_fields.site_name = d.pop("siteName", UNSET)

            branding_fields.site_logo = d.pop("siteLogo", UNSET)

            branding_fields.site_logo_small = d.pop("siteLogoSmall", UNSET)

            branding_fields.header_text_value = d.pop("headerTextValue", UNSET)

            branding_fields.header_html_value = d.pop("headerHtmlValue", UNSET)

            branding_fields.footer_text_value = d.pop("footerTextValue", UNSET)

            branding_fields.footer_html_value = d.pop("footerHtmlValue", UNSET)

            branding_fields.copyright_ = d.pop("copyright", UNSET)

            branding_fields.version = d.pop("version", UNSET)

            branding_fields.license_ = d.pop("license", UNSET)

            branding_fields.links = d.pop("links", UNSET)

            branding_fields.help_ = d.pop("help", UNSET)

            branding_fields.admin_template_htm = d.pop("adminTemplateHtm", UNSET)

            branding_fields.admin_template_css = d.pop("adminTemplateCss", UNSET)

            branding_fields.public_template_htm = d.pop("publicTemplateHtm", UNSET)

            branding_fields.public_template_css = d.pop("publicTemplateCss", UNSET)

            branding_fields.favicon = d.pop("favicon", UNSET)

            branding_fields.additional_properties = d
            return branding_fields
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
