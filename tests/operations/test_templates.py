from __future__ import annotations

import datetime

import pytest
from activecampaign_api.models import ErrorResponse, TemplateEnvelope, TemplateList
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("listTemplates")
def test_list_templates(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.templates.list_templates, limit=20, offset=0), TemplateList, 200)
    assert [t.name for t in page.templates] == ["Test 2"]
    assert page.templates[0].links == []


@pytest.mark.operation("getTemplate")
def test_get_template(ac: ActiveCampaign) -> None:
    template = expect(call(ac, ac.templates.get_template, "2"), TemplateEnvelope, 200).template
    assert (template.id, template.subject, template.mdate) == ("2", None, datetime.datetime(2018, 8, 28, 11, 54, 54))


@pytest.mark.operation("getTemplate", cassette="getTemplate_not_found")
def test_get_missing_template(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.templates.get_template, "10"), ErrorResponse, 404)
    assert error.message == "No Result found for Template with id 10"


@pytest.mark.operation("deleteTemplate")
def test_delete_template(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.templates.delete_template, "2"), 200)
