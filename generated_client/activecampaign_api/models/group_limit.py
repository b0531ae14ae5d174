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
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    groupid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    group: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    limit_mail: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    limit_mail_type: str | None = None
    """ Period of `limitMail`, e.g. `month`. """
    limit_contact: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    limit_list: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    limit_campaign: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    limit_campaign_type: str | None = None
    limit_attachment: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    limit_user: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    abuse_ratio: str | None = None
    """ Abuse-complaint ratio (percent) that suspends sending. """
    force_sender_info: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
