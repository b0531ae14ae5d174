from __future__ import annotations

import json

import pytest
from activecampaign_api.models import (
    EventTrackingEnvelope,
    EventTrackingEvent,
    EventTrackingEventEnvelope,
    EventTrackingEventList,
    EventTrackingUpdateRequest,
    LocalEventCreateRequest,
    LocalEventCreateRequestLocalEvent,
    PageMeta,
    TrackedEventRequest,
    TrackedEventResult,
    TrackingSwitch,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import EVENT_ACTID, EVENT_KEY, call, expect
from .maps import expect_map


@pytest.mark.operation("getEventTracking")
def test_get_event_tracking(ac: ActiveCampaign) -> None:
    status = expect(call(ac, ac.event_tracking.get_event_tracking), EventTrackingEnvelope, 200)
    assert status.event_tracking.enabled is True


@pytest.mark.operation("updateEventTracking")
def test_disable_event_tracking(ac: ActiveCampaign) -> None:
    body = EventTrackingUpdateRequest(event_tracking=TrackingSwitch(enabled=False))
    status = expect(call(ac, ac.event_tracking.update_event_tracking, body=body), EventTrackingEnvelope, 200)
    assert status.event_tracking.enabled is False


@pytest.mark.operation("listEventTrackingEvents")
def test_list_event_tracking_events(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.event_tracking.list_event_tracking_events), EventTrackingEventList, 200)
    assert [e.name for e in page.event_tracking_events] == ["__pagevisit", "__redir"]
    assert isinstance(page.meta, PageMeta) and page.meta.total == 2


@pytest.mark.operation("createEventTrackingEvent")
def test_create_event_tracking_event(ac: ActiveCampaign) -> None:
    body = EventTrackingEventEnvelope(event_tracking_event=EventTrackingEvent(name="my new fab event"))
    created = expect(
        call(ac, ac.event_tracking.create_event_tracking_event, body=body), EventTrackingEventEnvelope, 201
    )
    assert created.event_tracking_event.name == "my new fab event"


@pytest.mark.operation("deleteEventTrackingEvent")
def test_delete_event_tracking_event_with_spaces(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.event_tracking.delete_event_tracking_event, "my fab event"), 200)


@pytest.mark.operation("createLocalEvent")
def test_create_local_page_visit(ac: ActiveCampaign) -> None:
    body = LocalEventCreateRequest(
        local_event=LocalEventCreateRequestLocalEvent(
            email="johndoe@example.com",
            tstamp="2024-01-03T17:19:36-06:00",
            input_=json.dumps({"event": "__pagevisit", "url": "www.url.com"}, separators=(",", ":")),
        )
    )
    expect_map(call(ac, ac.event_tracking.create_local_event, body=body), 201)


@pytest.mark.operation("trackEvent")
def test_track_event_on_trackcmp(ac: ActiveCampaign) -> None:
    # POST /event is served by trackcmp.net and authenticated by the event key in the form body: the SDK
    # sends it there, without the Api-Token (tests/sdk/test_event_tracking.py checks the headers).
    body = TrackedEventRequest(
        actid=EVENT_ACTID,
        key=EVENT_KEY,
        event="purchase",
        eventdata="order #1042, 2 items",
        visit=json.dumps({"email": "jdoe@example.com"}, separators=(",", ":")),
    )
    result = expect(call(ac, ac.event_tracking.track_event, body=body), TrackedEventResult, 200)
    assert (result.success, result.message) == (True, "Event spawned")
