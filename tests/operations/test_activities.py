from __future__ import annotations

import datetime

import pytest
from activecampaign_api.models import ActivityList, EmailActivityList
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("listActivities")
def test_list_contact_activities(ac: ActiveCampaign) -> None:
    page = expect(
        call(
            ac,
            ac.activities.list_activities,
            contact="4",
            after="2019-01-01",
            include="notes,recipients,reference",
            orders_tstamp="DESC",
            emails=False,
        ),
        ActivityList,
        200,
    )
    activity = page.activities[0]
    assert (activity.id, activity.json_data, activity.recipients) == ("865", None, ["1496"])
    assert page.contacts and page.contacts[0].created_timestamp == datetime.datetime(2019, 11, 13, 16, 18)


@pytest.mark.operation("listEmailActivities")
def test_list_email_activities_of_contact_and_deal(ac: ActiveCampaign) -> None:
    page = expect(
        call(ac, ac.email_activities.list_email_activities, filters_subscriberid="4", filters_deal_id="12"),
        EmailActivityList,
        200,
    )
    assert [(e.id, e.subject) for e in page.email_activities] == [("7", "Following up")]
