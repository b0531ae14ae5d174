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
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    groupid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    site_name: str | None = None
    site_logo: str | None = None
    """ URL of the logo. """
    site_logo_small: str | None = None
    """ URL of the small logo shown in the app header. """
    header_text_value: str | None = None
    header_html_value: str | None = None
    footer_text_value: str | None = None
    footer_html_value: str | None = None
    copyright_: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    version: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    license_: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    links: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    help_: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    admin_template_htm: str | None = None
    admin_template_css: str | None = None
    public_template_htm: str | None = None
    public_template_css: str | None = None
    favicon: str | None = None
    """ URL of the favicon. """
