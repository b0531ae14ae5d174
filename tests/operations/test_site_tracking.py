from __future__ import annotations

import pytest
from activecampaign_api.models import (
    SiteTrackingDomain,
    SiteTrackingDomainEnvelope,
    SiteTrackingDomainList,
    SiteTrackingEnvelope,
    SiteTrackingUpdateRequest,
    TrackingSwitch,
    UrlWhitelistingAttributes,
    UrlWhitelistingCreateRequest,
    UrlWhitelistingCreateRequestData,
    UrlWhitelistingCreateRequestDataAttributes,
    UrlWhitelistingEnvelope,
    UrlWhitelistingList,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("getSiteTracking")
def test_get_site_tracking(ac: ActiveCampaign) -> None:
    status = expect(call(ac, ac.site_tracking.get_site_tracking), SiteTrackingEnvelope, 200)
    assert status.site_tracking.enabled is True


@pytest.mark.operation("updateSiteTracking")
def test_enable_site_tracking(ac: ActiveCampaign) -> None:
    body = SiteTrackingUpdateRequest(site_tracking=TrackingSwitch(enabled=True))
    status = expect(call(ac, ac.site_tracking.update_site_tracking, body=body), SiteTrackingEnvelope, 200)
    assert status.site_tracking.enabled is True


@pytest.mark.operation("getSiteTrackingCode")
def test_get_site_tracking_code(ac: ActiveCampaign) -> None:
    # A text/plain answer: nothing to check for truthfulness beyond the text itself.
    response = ac.raw(ac.site_tracking.get_site_tracking_code)
    assert response.status_code == 200
    assert response.parsed == response.content.decode()
    assert response.parsed.startswith('<script type="text/javascript">')


@pytest.mark.operation("listSiteTrackingDomains")
def test_list_site_tracking_domains(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.site_tracking.list_site_tracking_domains), SiteTrackingDomainList, 200)
    assert [d.name for d in page.site_tracking_domains] == ["example.com", "shop.example.com"]


@pytest.mark.operation("createSiteTrackingDomain")
def test_create_site_tracking_domain(ac: ActiveCampaign) -> None:
    body = SiteTrackingDomainEnvelope(site_tracking_domain=SiteTrackingDomain(name="example.com"))
    created = expect(call(ac, ac.site_tracking.create_site_tracking_domain, body=body), SiteTrackingDomainEnvelope, 200)
    assert created.site_tracking_domain.name == "example.com"


@pytest.mark.operation("deleteSiteTrackingDomain")
def test_delete_site_tracking_domain(ac: ActiveCampaign) -> None:
    # Other clients' docs give 204 with no body (shape inferred, not recorded).
    response = ac.raw(ac.site_tracking.delete_site_tracking_domain, "example.com")
    assert (response.status_code, response.content) == (204, b"")


@pytest.mark.operation("listUrlWhitelistings")
def test_list_url_whitelistings(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.site_tracking.list_url_whitelistings), UrlWhitelistingList, 200)
    attributes = page.data[0].attributes
    assert isinstance(attributes, UrlWhitelistingAttributes)
    assert (attributes.whitelisted_domain, attributes.tracking_enabled) == ("example.com", True)


@pytest.mark.operation("createUrlWhitelisting")
def test_create_url_whitelisting(ac: ActiveCampaign) -> None:
    body = UrlWhitelistingCreateRequest(
        data=UrlWhitelistingCreateRequestData(
            type_="urlWhitelistings",
            attributes=UrlWhitelistingCreateRequestDataAttributes(
                whitelisted_domain="example.com",
                whitelisted_page="*",
                tracking_enabled=True,
                conversations_enabled=False,
                wp_enabled=False,
            ),
        )
    )
    created = expect(call(ac, ac.site_tracking.create_url_whitelisting, body=body), UrlWhitelistingEnvelope, 201)
    assert created.data.id == "534756"
    assert isinstance(created.data.attributes, UrlWhitelistingAttributes)
    assert created.data.attributes.tracking_enabled is True


@pytest.mark.operation("deleteUrlWhitelisting")
def test_delete_url_whitelisting(ac: ActiveCampaign) -> None:
    response = ac.raw(ac.site_tracking.delete_url_whitelisting, "534756")
    assert (response.status_code, response.content) == (204, b"")
