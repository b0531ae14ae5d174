from __future__ import annotations

import datetime

import pytest
from activecampaign_api.models import (
    PageMeta,
    SmsAiDraftRequest,
    SmsAiRequestAccepted,
    SmsAiRequestStatus,
    SmsAiRewriteRequest,
    SmsBroadcast,
    SmsBroadcastCreateRequest,
    SmsBroadcastFailureList,
    SmsBroadcastIds,
    SmsBroadcastList,
    SmsBroadcastMetricsList,
    SmsBroadcastRecipientList,
    SmsBroadcastUpdateRequest,
    SmsCreditsEnvelope,
    SmsListList,
    SmsMessageList,
    SmsRecipientExportRequest,
    SmsRecipientPageMeta,
    SmsSnapshotEnvelope,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect

SALE_TEXT = "%FIRSTNAME%, our spring sale starts today: 20% off everything. Reply STOP to opt out."


@pytest.mark.operation("listSmsBroadcasts")
def test_list_sent_sms_broadcasts(ac: ActiveCampaign) -> None:
    page = expect(
        call(ac, ac.sms_broadcasts.list_sms_broadcasts, limit=20, offset=0, filters_status="sent"),
        SmsBroadcastList,
        200,
    )
    [broadcast] = page.broadcasts
    assert (broadcast.id, broadcast.status, broadcast.sent_to_count) == ("9", "sent", 1840)
    assert broadcast.sent_date == datetime.datetime(2025, 1, 14, 17, 0, 2, tzinfo=datetime.UTC)
    assert isinstance(page.meta, PageMeta) and page.meta.total == 1


@pytest.mark.operation("createSmsBroadcast")
def test_create_sms_broadcast_draft(ac: ActiveCampaign) -> None:
    body = SmsBroadcastCreateRequest(
        name="Spring sale", body=SALE_TEXT, list_ids=[3], shorten_track_links_enabled=True, status="draft"
    )
    created = expect(call(ac, ac.sms_broadcasts.create_sms_broadcast, body=body), SmsBroadcast, 201)
    assert (created.id, created.status, created.list_ids) == ("12", "draft", ["3"])
    assert created.sent_date is None and created.deleted_at is None


@pytest.mark.operation("getSmsBroadcast")
def test_get_sms_broadcast(ac: ActiveCampaign) -> None:
    broadcast = expect(call(ac, ac.sms_broadcasts.get_sms_broadcast, 9), SmsBroadcast, 200)
    assert (broadcast.name, broadcast.sift_approved, broadcast.label_ids) == ("Winter clearance", True, ["2"])


@pytest.mark.operation("updateSmsBroadcast")
def test_submit_sms_broadcast_for_review(ac: ActiveCampaign) -> None:
    body = SmsBroadcastUpdateRequest(
        scheduled_date=datetime.datetime(2025, 3, 10, 16, 0, tzinfo=datetime.UTC), status="pending_review"
    )
    updated = expect(call(ac, ac.sms_broadcasts.update_sms_broadcast, 12, body=body), SmsBroadcast, 200)
    assert updated.status == "pending_review"
    assert updated.scheduled_date == datetime.datetime(2025, 3, 10, 16, 0, tzinfo=datetime.UTC)


@pytest.mark.operation("deleteSmsBroadcast")
def test_delete_sms_broadcast(ac: ActiveCampaign) -> None:
    deleted = expect(call(ac, ac.sms_broadcasts.delete_sms_broadcast, 12), SmsBroadcast, 200)
    assert deleted.deleted_at == datetime.datetime(2025, 3, 5, 8, 0, tzinfo=datetime.UTC)


@pytest.mark.operation("createSmsBroadcastWithAi")
def test_ask_ai_for_an_sms_draft(ac: ActiveCampaign) -> None:
    body = SmsAiDraftRequest(source="sms_index", prompt="Announce our spring sale, 20% off", tone="friendly")
    accepted = expect(call(ac, ac.sms_broadcasts.create_sms_broadcast_with_ai, body=body), SmsAiRequestAccepted, 200)
    assert accepted.request_id == "2f1c7a52-94d1-4a53-9f0e-3b7b1c2de901"


@pytest.mark.operation("updateSmsBroadcastWithAi")
def test_ask_ai_to_rewrite_an_sms_broadcast(ac: ActiveCampaign) -> None:
    body = SmsAiRewriteRequest(
        source="ai_builder", prompt="Shorter, and mention free shipping", tone="playful", broadcast_id=12
    )
    accepted = expect(call(ac, ac.sms_broadcasts.update_sms_broadcast_with_ai, body=body), SmsAiRequestAccepted, 200)
    assert accepted.request_id == "7d0b8e1e-1c55-4f3a-8a7e-5c9f2b6e4a10"


@pytest.mark.operation("getSmsBroadcastAiRequest")
def test_poll_ai_sms_request(ac: ActiveCampaign) -> None:
    status = expect(
        call(ac, ac.sms_broadcasts.get_sms_broadcast_ai_request, "2f1c7a52-94d1-4a53-9f0e-3b7b1c2de901"),
        SmsAiRequestStatus,
        200,
    )
    assert (status.status, status.broadcast_id) == ("success", "13")


@pytest.mark.operation("listSmsBroadcastMetrics")
def test_sms_broadcast_metrics(ac: ActiveCampaign) -> None:
    response = call(
        ac,
        ac.sms_broadcasts.list_sms_broadcast_metrics,
        body=SmsBroadcastIds(ids=[9]),
        start_date=datetime.date(2025, 1, 1),
        end_date=datetime.date(2025, 1, 31),
    )
    [metrics] = expect(response, SmsBroadcastMetricsList, 200).metrics
    assert (metrics.id, metrics.deliveries, metrics.opt_outs, metrics.clicks) == ("9", 1791, 12, 402)


@pytest.mark.operation("getSmsBroadcastSnapshot")
def test_sms_snapshot_of_a_quarter(ac: ActiveCampaign) -> None:
    response = call(
        ac,
        ac.sms_broadcasts.get_sms_broadcast_snapshot,
        start_date=datetime.date(2025, 1, 1),
        end_date=datetime.date(2025, 3, 31),
    )
    snapshot = expect(response, SmsSnapshotEnvelope, 200).snapshot
    assert (snapshot.campaigns, snapshot.sends, snapshot.failures) == (4, 6120, 133)


@pytest.mark.operation("getSmsBroadcastSnapshotForIds")
def test_sms_snapshot_of_one_broadcast(ac: ActiveCampaign) -> None:
    response = call(ac, ac.sms_broadcasts.get_sms_broadcast_snapshot_for_ids, body=SmsBroadcastIds(ids=[9]))
    snapshot = expect(response, SmsSnapshotEnvelope, 200).snapshot
    assert (snapshot.campaigns, snapshot.replies) == (1, 37)


@pytest.mark.operation("listSmsBroadcastFailures")
def test_sms_broadcast_failures(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.sms_broadcasts.list_sms_broadcast_failures, 9), SmsBroadcastFailureList, 200)
    assert [(f.error_code, f.error_source, f.count) for f in page.failures] == [
        ("30003", "twilio", 31),
        ("quiet_hours", "ac", 18),
    ]


@pytest.mark.operation("listSmsBroadcastRecipients")
def test_list_delivered_sms_recipients(ac: ActiveCampaign) -> None:
    response = call(
        ac, ac.sms_broadcasts.list_sms_broadcast_recipients, 9, limit=2, offset=0, filters_deliverability=["delivered"]
    )
    page = expect(response, SmsBroadcastRecipientList, 200)
    assert [(r.id, r.opt_out) for r in page.recipients] == [("101", "no"), ("102", "yes")]
    replies = page.recipients[0].replies
    assert isinstance(replies, list) and replies[0].message == "Is this in stores too?"
    assert isinstance(page.meta, SmsRecipientPageMeta) and page.meta.total == 1791


@pytest.mark.operation("exportSmsBroadcastRecipients")
def test_export_sms_recipients_as_csv(ac: ActiveCampaign) -> None:
    # A text/csv answer: nothing to check for truthfulness beyond the text itself.
    body = SmsRecipientExportRequest(
        deliverability=["delivered"], start_date=datetime.date(2025, 1, 14), end_date=datetime.date(2025, 1, 31)
    )
    response = ac.raw(ac.sms_broadcasts.export_sms_broadcast_recipients, 9, body=body)
    assert response.status_code == 200
    assert response.parsed == response.content.decode()
    assert response.parsed.splitlines()[1] == "Jane Doe,+15555550101,2025-01-14 17:00:05,delivered,1,no"


@pytest.mark.operation("exportSmsBroadcastMetrics")
def test_export_sms_metrics_as_csv(ac: ActiveCampaign) -> None:
    response = ac.raw(ac.sms_broadcasts.export_sms_broadcast_metrics, body=SmsBroadcastIds(ids=[9]))
    assert response.status_code == 200
    assert response.parsed == response.content.decode()
    assert response.parsed.startswith("Broadcast,Sends,Deliveries")


@pytest.mark.operation("listSmsLists")
def test_list_sms_lists(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.sms_broadcasts.list_sms_lists, limit=20, offset=0), SmsListList, 200)
    assert [(entry.name, entry.subscriber_count) for entry in page.lists] == [
        ("Newsletter", 1840),
        ("VIP customers", 212),
    ]


@pytest.mark.operation("getSmsCredits")
def test_get_sms_credits(ac: ActiveCampaign) -> None:
    credits = expect(call(ac, ac.sms_broadcasts.get_sms_credits), SmsCreditsEnvelope, 200).sms_credits
    assert (credits.period, credits.used_this_period, credits.available) == ("month", 71, 9969)


@pytest.mark.operation("listSmsMessages")
def test_list_automation_sms_messages(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.sms_broadcasts.list_sms_messages, limit=20, offset=0), SmsMessageList, 200)
    [message] = page.sms
    assert (message.id, message.automation, message.sent) == ("2", "6", 418)
