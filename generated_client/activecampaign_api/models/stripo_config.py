from __future__ import annotations

from ..decoding import Model as _Model


class StripoConfig(
    _Model,
    kw_only=True,
    rename={
        "stripo_script_src": "stripoScriptSrc",
        "stripo_api_base_url": "stripoApiBaseUrl",
        "locale_code": "localeCode",
        "allowed_script_source_domains": "allowedScriptSourceDomains",
        "content_api_url": "contentApiUrl",
        "hosted_mounter_js_url": "hostedMounterJsUrl",
        "color_picker_brand_kits": "colorPickerBrandKits",
        "branding_footer_html_content": "brandingFooterHtmlContent",
        "all_messages_arr": "allMessagesArr",
    },
):
    """What the Stripo email editor needs to start."""

    stripo_script_src: str | None = None
    stripo_api_base_url: str | None = None
    locale_code: str | None = None
    allowed_script_source_domains: list[str] | None = None
    content_api_url: str | None = None
    hosted_mounter_js_url: str | None = None
    color_picker_brand_kits: list[StripoBrandKit] | None = None
    branding_footer_html_content: str | None = None
    all_messages_arr: list[StripoMessageSummary] | None = None


from .stripo_brand_kit import StripoBrandKit  # noqa: E402
from .stripo_message_summary import StripoMessageSummary  # noqa: E402
