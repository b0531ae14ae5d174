from __future__ import annotations

import pytest
from activecampaign_api.models import ConfigEnvelope, ConfigUpdateRequest, ConfigUpdateRequestConfig, ErrorResponse
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("updateConfig")
def test_update_config(ac: ActiveCampaign) -> None:
    body = ConfigUpdateRequest(config=ConfigUpdateRequestConfig(val="20"))
    config = expect(call(ac, ac.configs.update_config, "6", body=body), ConfigEnvelope, 200).config
    assert (config.keyname, config.val, config.owner) == ("pagination.users_index", "20", "1")


@pytest.mark.operation("updateConfig", cassette="updateConfig_not_found")
def test_update_missing_config(ac: ActiveCampaign) -> None:
    body = ConfigUpdateRequest(config=ConfigUpdateRequestConfig(val="20"))
    error = expect(call(ac, ac.configs.update_config, "100", body=body), ErrorResponse, 404)
    assert error.message == "No Result found for ConfigResult with id 100"
