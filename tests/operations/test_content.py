from __future__ import annotations

import json

import pytest
from activecampaign_api.models import EditorMarkup, ErrorResponse, PersonalizationTagCategory, StripoConfig
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from ..truthful import truth_problems


@pytest.mark.operation("getStripoConfig")
def test_get_stripo_config(ac: ActiveCampaign) -> None:
    config = expect(call(ac, ac.content.get_stripo_config, campaign_id=5), StripoConfig, 200)
    assert config.locale_code == "en"
    assert isinstance(config.all_messages_arr, list) and config.all_messages_arr[0].id == "5"
    assert isinstance(config.color_picker_brand_kits, list) and config.color_picker_brand_kits[0].founded_year == 0


@pytest.mark.operation("getStripoConfig", cassette="getStripoConfig_unknown_campaign")
def test_get_stripo_config_for_unknown_campaign(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.content.get_stripo_config, campaign_id=177), ErrorResponse, 422)
    assert isinstance(error.errors, list) and error.errors[0].status == 422


@pytest.mark.operation("listStripoPersonalizationTags")
def test_list_stripo_personalization_tags(ac: ActiveCampaign) -> None:
    scope = "contacts,message,messageVariables,accounts,social,deals,ecom,surveymonkey,dropbox,customobjects"
    response = ac.raw(ac.content.list_stripo_personalization_tags, scope=scope)
    # A bare JSON array: check each parsed category against its own JSON.
    assert response.status_code == 200 and isinstance(response.parsed, list)
    raw = json.loads(response.content)
    assert len(response.parsed) == len(raw) == 10
    for category, item in zip(response.parsed, raw, strict=True):
        assert isinstance(category, PersonalizationTagCategory)
        assert not truth_problems(category, item), truth_problems(category, item)
    assert [c.id for c in response.parsed][:2] == ["contacts", "message"]


@pytest.mark.operation("getEditorMarkup")
def test_get_editor_markup(ac: ActiveCampaign) -> None:
    markup = expect(call(ac, ac.content.get_editor_markup, "5"), EditorMarkup, 200)
    assert (markup.html, markup.css) == ("<p>Test html</p>", "p { color: red; }")


@pytest.mark.operation("getEditorMarkup", cassette="getEditorMarkup_not_found")
def test_get_missing_editor_markup(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.content.get_editor_markup, "6"), ErrorResponse, 404)
    assert error.message == "No markup for message"
