from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Branding")


@_attrs_define
class Branding:
    """A branding as the API returns it. Note that `links` here is a 0/1 flag (show links to ActiveCampaign), not the usual
    map of related URLs.

    """

    id: str
    groupid: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    site_name: str | Unset | None = UNSET
    site_logo: str | Unset | None = UNSET
    """ URL of the logo. """
    site_logo_small: str | Unset | None = UNSET
    """ URL of the small logo shown in the app header. """
    header_text_value: str | Unset | None = UNSET
    header_html_value: str | Unset | None = UNSET
    footer_text_value: str | Unset | None = UNSET
    footer_html_value: str | Unset | None = UNSET
    copyright_: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    version: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    license_: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    links: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    help_: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    admin_template_htm: str | Unset | None = UNSET
    admin_template_css: str | Unset | None = UNSET
    public_template_htm: str | Unset | None = UNSET
    public_template_css: str | Unset | None = UNSET
    favicon: str | Unset | None = UNSET
    """ URL of the favicon. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        groupid: int | str | Unset
        if isinstance(self.groupid, Unset):
            groupid = UNSET
        else:
            groupid = self.groupid

        site_name: str | Unset | None
        if isinstance(self.site_name, Unset):
            site_name = UNSET
        else:
            site_name = self.site_name

        site_logo: str | Unset | None
        if isinstance(self.site_logo, Unset):
            site_logo = UNSET
        else:
            site_logo = self.site_logo

        site_logo_small: str | Unset | None
        if isinstance(self.site_logo_small, Unset):
            site_logo_small = UNSET
        else:
            site_logo_small = self.site_logo_small

        header_text_value: str | Unset | None
        if isinstance(self.header_text_value, Unset):
            header_text_value = UNSET
        else:
            header_text_value = self.header_text_value

        header_html_value: str | Unset | None
        if isinstance(self.header_html_value, Unset):
            header_html_value = UNSET
        else:
            header_html_value = self.header_html_value

        footer_text_value: str | Unset | None
        if isinstance(self.footer_text_value, Unset):
            footer_text_value = UNSET
        else:
            footer_text_value = self.footer_text_value

        footer_html_value: str | Unset | None
        if isinstance(self.footer_html_value, Unset):
            footer_html_value = UNSET
        else:
            footer_html_value = self.footer_html_value

        copyright_: int | str | Unset
        if isinstance(self.copyright_, Unset):
            copyright_ = UNSET
        else:
            copyright_ = self.copyright_

        version: int | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        license_: int | str | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        else:
            license_ = self.license_

        links: int | str | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        else:
            links = self.links

        help_: int | str | Unset
        if isinstance(self.help_, Unset):
            help_ = UNSET
        else:
            help_ = self.help_

        admin_template_htm: str | Unset | None
        if isinstance(self.admin_template_htm, Unset):
            admin_template_htm = UNSET
        else:
            admin_template_htm = self.admin_template_htm

        admin_template_css: str | Unset | None
        if isinstance(self.admin_template_css, Unset):
            admin_template_css = UNSET
        else:
            admin_template_css = self.admin_template_css

        public_template_htm: str | Unset | None
        if isinstance(self.public_template_htm, Unset):
            public_template_htm = UNSET
        else:
            public_template_htm = self.public_template_htm

        public_template_css: str | Unset | None
        if isinstance(self.public_template_css, Unset):
            public_template_css = UNSET
        else:
            public_template_css = self.public_template_css

        favicon: str | Unset | None
        if isinstance(self.favicon, Unset):
            favicon = UNSET
        else:
            favicon = self.favicon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
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
            branding = cls.__new__(cls)
            d = dict(src_dict)
            branding.id = d.pop("id")

            branding.groupid = d.pop("groupid", UNSET)

            branding.site_name = d.pop("siteName", UNSET)

            branding.site_logo = d.pop("siteLogo", UNSET)

            branding.site_logo_small = d.pop("siteLogoSmall", UNSET)

            branding.header_text_value = d.pop("headerTextValue", UNSET)

            branding.header_html_value = d.pop("headerHtmlValue", UNSET)

            branding.footer_text_value = d.pop("footerTextValue", UNSET)

            branding.footer_html_value = d.pop("footerHtmlValue", UNSET)

            branding.copyright_ = d.pop("copyright", UNSET)

            branding.version = d.pop("version", UNSET)

            branding.license_ = d.pop("license", UNSET)

            branding.links = d.pop("links", UNSET)

            branding.help_ = d.pop("help", UNSET)

            branding.admin_template_htm = d.pop("adminTemplateHtm", UNSET)

            branding.admin_template_css = d.pop("adminTemplateCss", UNSET)

            branding.public_template_htm = d.pop("publicTemplateHtm", UNSET)

            branding.public_template_css = d.pop("publicTemplateCss", UNSET)

            branding.favicon = d.pop("favicon", UNSET)

            branding.additional_properties = d
            return branding
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
