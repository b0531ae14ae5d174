from __future__ import annotations

from ..decoding import Model as _Model


class CampaignMessage(_Model, kw_only=True):
    """One message of a campaign (split tests have several) with its counts, all strings of digits."""

    id: str
    campaignid: str | None = None
    messageid: str | None = None
    percentage: str | None = None
    """ Share of the split test this message gets. """
    sourcesize: str | None = None
    send_amt: str | None = None
    total_amt: str | None = None
    opens: str | None = None
    uniqueopens: str | None = None
    linkclicks: str | None = None
    uniquelinkclicks: str | None = None
    subscriberclicks: str | None = None
    forwards: str | None = None
    uniqueforwards: str | None = None
    hardbounces: str | None = None
    softbounces: str | None = None
    unsubscribes: str | None = None
    unsubreasons: str | None = None
    updates: str | None = None
    socialshares: str | None = None
    replies: str | None = None
    uniquereplies: str | None = None
    spamcheck_score: str | None = None
    spamcheck_max: str | None = None
    initial_split_percentage: str | None = None
    screenshot: str | None = None
    subject: str | None = None
    campaign: str | None = None
    message: str | None = None
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
