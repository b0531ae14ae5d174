from __future__ import annotations

from ..decoding import Model as _Model


class GroupLimit(
    _Model,
    kw_only=True,
    rename={
        "limit_mail": "limitMail",
        "limit_mail_type": "limitMailType",
        "limit_contact": "limitContact",
        "limit_list": "limitList",
        "limit_campaign": "limitCampaign",
        "limit_campaign_type": "limitCampaignType",
        "limit_attachment": "limitAttachment",
        "limit_user": "limitUser",
        "abuse_ratio": "abuseRatio",
        "force_sender_info": "forceSenderInfo",
    },
):
    """The limits of one user group; `0` means unlimited, `-1` disabled."""

    id: str
    groupid: str | None = None
    group: str | None = None
    limit_mail: str | None = None
    """ Emails the group may send per `limitMailType` period. """
    limit_mail_type: str | None = None
    """ Period of `limitMail`, e.g. `month`. """
    limit_contact: str | None = None
    limit_list: str | None = None
    limit_campaign: str | None = None
    """ Campaigns per `limitCampaignType` period. """
    limit_campaign_type: str | None = None
    limit_attachment: str | None = None
    limit_user: str | None = None
    abuse_ratio: str | None = None
    """ Abuse-complaint ratio (percent) that suspends sending. """
    force_sender_info: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
