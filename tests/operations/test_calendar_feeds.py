from __future__ import annotations

import pytest
from activecampaign_api.api.calendar_feeds import (
    create_calendar_feed,
    delete_calendar_feed,
    get_calendar_feed,
    list_calendar_feeds,
    update_calendar_feed,
)
from activecampaign_api.models import (
    CalendarFeedCreateRequest,
    CalendarFeedCreateRequestCalendar,
    CalendarFeedEnvelope,
    CalendarFeedFields,
    CalendarFeedList,
    CalendarFeedUpdateRequest,
    EmptyObject,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import expect


@pytest.mark.operation("createCalendarFeed")
def test_create_calendar_feed(ac: ActiveCampaign) -> None:
    body = CalendarFeedCreateRequest(
        calendar=CalendarFeedCreateRequestCalendar(title="Calendar Title", type_="All", notification=1)
    )
    feed = expect(create_calendar_feed.sync_detailed(client=ac.api, body=body), CalendarFeedEnvelope, 200).calendar
    assert (feed.id, feed.notification, feed.token) == ("1", 1, "5540950ac4ed4f11591db934b701aff8")


@pytest.mark.operation("listCalendarFeeds")
def test_list_calendar_feeds(ac: ActiveCampaign) -> None:
    page = expect(list_calendar_feeds.sync_detailed(client=ac.api), CalendarFeedList, 200)
    assert [(c.id, c.notification) for c in page.calendars] == [("2", "0")]


@pytest.mark.operation("getCalendarFeed")
def test_get_calendar_feed(ac: ActiveCampaign) -> None:
    feed = expect(get_calendar_feed.sync_detailed("1", client=ac.api), CalendarFeedEnvelope, 200).calendar
    assert (feed.type_, feed.userid) == ("All", "1")


@pytest.mark.operation("getCalendarFeed", cassette="getCalendarFeed_not_found")
def test_get_missing_calendar_feed(ac: ActiveCampaign) -> None:
    error = expect(get_calendar_feed.sync_detailed("1", client=ac.api), ErrorResponse, 404)
    assert error.message == "No Result found for Calendar with id 1"


@pytest.mark.operation("updateCalendarFeed")
def test_update_calendar_feed(ac: ActiveCampaign) -> None:
    body = CalendarFeedUpdateRequest(calendar=CalendarFeedFields(title="Calendar Title", type_="Deals", notification=0))
    feed = expect(update_calendar_feed.sync_detailed("1", client=ac.api, body=body), CalendarFeedEnvelope, 200).calendar
    assert (feed.type_, feed.notification) == ("Deals", 0)


@pytest.mark.operation("deleteCalendarFeed")
def test_delete_calendar_feed(ac: ActiveCampaign) -> None:
    expect(delete_calendar_feed.sync_detailed("1", client=ac.api), EmptyObject, 200)
