from __future__ import annotations

import pytest
from activecampaign_api.models import ContactConversionList, ConversionList, ConversionTriggerList, GoalList
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("listConversions")
def test_list_conversions(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.conversions.list_conversions, limit=20, offset=0), ConversionList, 200)
    assert [(c.name, c.value, c.currency) for c in page.conversions] == [("Purchase", 4999.0, "usd")]


@pytest.mark.operation("listConversionTriggers")
def test_list_conversion_triggers(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.conversions.list_conversion_triggers, limit=20, offset=0), ConversionTriggerList, 200)
    [trigger] = page.conversion_triggers
    assert (trigger.trigger_type, trigger.value, trigger.udate) == ("pageview", "/thank-you", None)


@pytest.mark.operation("listContactConversions")
def test_list_contact_conversions(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.conversions.list_contact_conversions, limit=20, offset=0), ContactConversionList, 200)
    [conversion] = page.contact_conversions
    assert (conversion.contact, conversion.conversion, conversion.converted_by_type) == ("4", "1", "automation")


@pytest.mark.operation("listGoals")
def test_list_automation_goals(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.conversions.list_goals, limit=20, offset=0), GoalList, 200)
    assert [(g.name, g.automation) for g in page.goals] == [("Made a purchase", "2")]
