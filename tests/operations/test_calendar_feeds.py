from __future__ import annotations

import pytest
from activecampaign_api.models import (
    CalendarFeedCreateRequest,
    CalendarFeedCreateRequestCalendar,
    CalendarFeedEnvelope,
    CalendarFeedFields,
    CalendarFeedList,
    CalendarFeedUpdateRequest,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createCalendarFeed")
def test_create_calendar_feed(ac: ActiveCampaign) -> None:
    body = CalendarFeedCreateRequest(
        calendar=CalendarFeedCreateRequestCalendar(title="Calendar Title", type_="All", notification=1)
    )
    feed = expect(call(ac, ac.calendar_feeds.create_calendar_feed, body=body), CalendarFeedEnvelope, 200).calendar
    assert (feed.id, feed.notification, feed.token) == ("1", True, "5540950ac4ed4f11591db934b701aff8")


@pytest.mark.operation("listCalendarFeeds")
def test_list_calendar_feeds(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.calendar_feeds.list_calendar_feeds), CalendarFeedList, 200)
    assert [(c.id, c.notification) for c in page.calendars] == [("2", False)]


@pytest.mark.operation("getCalendarFeed")
def test_get_calendar_feed(ac: ActiveCampaign) -> None:
    feed = expect(call(ac, ac.calendar_feeds.get_calendar_feed, "1"), CalendarFeedEnvelope, 200).calendar
    assert (feed.type_, feed.userid) == ("All", "1")


@pytest.mark.operation("getCalendarFeed", cassette="getCalendarFeed_not_found")
def test_get_missing_calendar_feed(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.calendar_feeds.get_calendar_feed, "1"), ErrorResponse, 404)
    assert error.message == "No Result found for Calendar with id 1"


@pytest.mark.operation("updateCalendarFeed")
def test_update_calendar_feed(ac: ActiveCampaign) -> None:
    body = CalendarFeedUpdateRequest(calendar=CalendarFeedFields(title="Calendar Title", type_="Deals", notification=0))
    feed = expect(call(ac, ac.calendar_feeds.update_calendar_feed, "1", body=body), CalendarFeedEnvelope, 200).calendar
    assert (feed.type_, feed.notification) == ("Deals", False)


@pytest.mark.operation("deleteCalendarFeed")
def test_delete_calendar_feed(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.calendar_feeds.delete_calendar_feed, "1"), 200)
