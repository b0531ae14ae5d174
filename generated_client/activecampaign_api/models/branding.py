from __future__ import annotations

from ..decoding import Model as _Model


class Branding(
    _Model,
    kw_only=True,
    rename={
        "site_name": "siteName",
        "site_logo": "siteLogo",
        "site_logo_small": "siteLogoSmall",
        "header_text_value": "headerTextValue",
        "header_html_value": "headerHtmlValue",
        "footer_text_value": "footerTextValue",
        "footer_html_value": "footerHtmlValue",
        "copyright_": "copyright",
        "license_": "license",
        "help_": "help",
        "admin_template_htm": "adminTemplateHtm",
        "admin_template_css": "adminTemplateCss",
        "public_template_htm": "publicTemplateHtm",
        "public_template_css": "publicTemplateCss",
    },
):
    """A branding as the API returns it. Note that `links` here is a 0/1 flag (show links to ActiveCampaign), not the
    usual map of related URLs."""

    id: str
    groupid: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    site_name: str | None = None
    site_logo: str | None = None
    """ URL of the logo. """
    site_logo_small: str | None = None
    """ URL of the small logo shown in the app header. """
    header_text_value: str | None = None
    header_html_value: str | None = None
    footer_text_value: str | None = None
    footer_html_value: str | None = None
    copyright_: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    version: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    license_: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    links: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    help_: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    admin_template_htm: str | None = None
    admin_template_css: str | None = None
    public_template_htm: str | None = None
    public_template_css: str | None = None
    favicon: str | None = None
    """ URL of the favicon. """
