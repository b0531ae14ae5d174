from __future__ import annotations

import pytest
from activecampaign_api.api.templates import delete_template, get_template, list_templates
from activecampaign_api.models import EmptyObject, ErrorResponse, TemplateEnvelope, TemplateList
from activecampaign_sdk import ActiveCampaign

from ..replay import expect


@pytest.mark.operation("listTemplates")
def test_list_templates(ac: ActiveCampaign) -> None:
    page = expect(list_templates.sync_detailed(client=ac.api, limit=20, offset=0), TemplateList, 200)
    assert [t.name for t in page.templates] == ["Test 2"]
    assert page.templates[0].links == []


@pytest.mark.operation("getTemplate")
def test_get_template(ac: ActiveCampaign) -> None:
    template = expect(get_template.sync_detailed("2", client=ac.api), TemplateEnvelope, 200).template
    assert (template.id, template.subject, template.mdate) == ("2", None, "2018-08-28 11:54:54")


@pytest.mark.operation("getTemplate", cassette="getTemplate_not_found")
def test_get_missing_template(ac: ActiveCampaign) -> None:
    error = expect(get_template.sync_detailed("10", client=ac.api), ErrorResponse, 404)
    assert error.message == "No Result found for Template with id 10"


@pytest.mark.operation("deleteTemplate")
def test_delete_template(ac: ActiveCampaign) -> None:
    expect(delete_template.sync_detailed("2", client=ac.api), EmptyObject, 200)
