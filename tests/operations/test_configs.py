from __future__ import annotations

import pytest
from activecampaign_api.api.configs import update_config
from activecampaign_api.models import ConfigEnvelope, ConfigUpdateRequest, ConfigUpdateRequestConfig, ErrorResponse
from activecampaign_sdk import ActiveCampaign

from ..replay import expect


@pytest.mark.operation("updateConfig")
def test_update_config(ac: ActiveCampaign) -> None:
    body = ConfigUpdateRequest(config=ConfigUpdateRequestConfig(val="20"))
    config = expect(update_config.sync_detailed("6", client=ac.api, body=body), ConfigEnvelope, 200).config
    assert (config.keyname, config.val, config.owner) == ("pagination.users_index", "20", "1")


@pytest.mark.operation("updateConfig", cassette="updateConfig_not_found")
def test_update_missing_config(ac: ActiveCampaign) -> None:
    body = ConfigUpdateRequest(config=ConfigUpdateRequestConfig(val="20"))
    error = expect(update_config.sync_detailed("100", client=ac.api, body=body), ErrorResponse, 404)
    assert error.message == "No Result found for ConfigResult with id 100"
