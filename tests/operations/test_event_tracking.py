from __future__ import annotations

import json

import pytest
from activecampaign_api.api.event_tracking import (
    create_event_tracking_event,
    create_local_event,
    delete_event_tracking_event,
    get_event_tracking,
    list_event_tracking_events,
    track_event,
    update_event_tracking,
)
from activecampaign_api.client import Client
from activecampaign_api.models import (
    EmptyObject,
    EventTrackingEnvelope,
    EventTrackingEvent,
    EventTrackingEventEnvelope,
    EventTrackingEventList,
    EventTrackingUpdateRequest,
    FlexiblePageMeta,
    LocalEventCreateRequest,
    LocalEventCreateRequestLocalEvent,
    TrackedEventRequest,
    TrackedEventResult,
    TrackingSwitch,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import expect


@pytest.mark.operation("getEventTracking")
def test_get_event_tracking(ac: ActiveCampaign) -> None:
    status = expect(get_event_tracking.sync_detailed(client=ac.api), EventTrackingEnvelope, 200)
    assert status.event_tracking.enabled is True


@pytest.mark.operation("updateEventTracking")
def test_disable_event_tracking(ac: ActiveCampaign) -> None:
    body = EventTrackingUpdateRequest(event_tracking=TrackingSwitch(enabled=False))
    status = expect(update_event_tracking.sync_detailed(client=ac.api, body=body), EventTrackingEnvelope, 200)
    assert status.event_tracking.enabled is False


@pytest.mark.operation("listEventTrackingEvents")
def test_list_event_tracking_events(ac: ActiveCampaign) -> None:
    page = expect(list_event_tracking_events.sync_detailed(client=ac.api), EventTrackingEventList, 200)
    assert [e.name for e in page.event_tracking_events] == ["__pagevisit", "__redir"]
    assert isinstance(page.meta, FlexiblePageMeta) and page.meta.total == 2


@pytest.mark.operation("createEventTrackingEvent")
def test_create_event_tracking_event(ac: ActiveCampaign) -> None:
    body = EventTrackingEventEnvelope(event_tracking_event=EventTrackingEvent(name="my new fab event"))
    created = expect(
        create_event_tracking_event.sync_detailed(client=ac.api, body=body), EventTrackingEventEnvelope, 201
    )
    assert created.event_tracking_event.name == "my new fab event"


@pytest.mark.operation("deleteEventTrackingEvent")
def test_delete_event_tracking_event_with_spaces(ac: ActiveCampaign) -> None:
    expect(delete_event_tracking_event.sync_detailed("my fab event", client=ac.api), EmptyObject, 200)


@pytest.mark.operation("createLocalEvent")
def test_create_local_page_visit(ac: ActiveCampaign) -> None:
    body = LocalEventCreateRequest(
        local_event=LocalEventCreateRequestLocalEvent(
            email="johndoe@example.com",
            tstamp="2024-01-03T17:19:36-06:00",
            input_=json.dumps({"event": "__pagevisit", "url": "www.url.com"}, separators=(",", ":")),
        )
    )
    expect(create_local_event.sync_detailed(client=ac.api, body=body), EmptyObject, 201)


@pytest.mark.operation("trackEvent")
def test_track_event_on_trackcmp(ac: ActiveCampaign) -> None:
    # POST /event is served by trackcmp.net and authenticated by the event key in the form body, so it
    # goes through a client for that host that carries no Api-Token.
    tracker = Client(base_url="https://trackcmp.net")
    body = TrackedEventRequest(
        actid="223344",
        key="event-key-not-a-secret",
        event="purchase",
        eventdata="order #1042, 2 items",
        visit=json.dumps({"email": "jdoe@example.com"}, separators=(",", ":")),
    )
    result = expect(track_event.sync_detailed(client=tracker, body=body), TrackedEventResult, 200)
    assert (result.success, result.message) == (1, "Event spawned")
