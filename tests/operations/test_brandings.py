from __future__ import annotations

import pytest
from activecampaign_api.models import BrandingEnvelope, BrandingFields, BrandingList, BrandingUpdateRequest
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("listBrandings")
def test_list_brandings(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.brandings.list_brandings), BrandingList, 200)
    assert [(b.id, b.groupid, b.links) for b in page.brandings] == [("1", "3", True)]


@pytest.mark.operation("getBranding")
def test_get_branding(ac: ActiveCampaign) -> None:
    branding = expect(call(ac, ac.brandings.get_branding, "1"), BrandingEnvelope, 200).branding
    assert (branding.site_logo, branding.favicon) == ("http://mysite.com/logo.jpg", None)


@pytest.mark.operation("updateBranding")
def test_update_branding_header_and_footer(ac: ActiveCampaign) -> None:
    body = BrandingUpdateRequest(
        branding=BrandingFields(
            groupid=3,
            site_name="ActiveCampaign Email Marketing",
            header_text_value="my custom text header",
            header_html_value="<p>my custom HTML header</p>",
            footer_text_value="my custom text footer",
            footer_html_value="<p>my custom HTML footer</p>",
        )
    )
    branding = expect(call(ac, ac.brandings.update_branding, "1", body=body), BrandingEnvelope, 200).branding
    assert branding.footer_html_value == "<p>my custom HTML footer</p>"
