from __future__ import annotations

from ..decoding import Model as _Model


class CampaignCopyResult(
    _Model,
    kw_only=True,
    rename={
        "new_campaign_id": "newCampaignId",
    },
):
    """A model of the API's answers."""

    succeeded: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    message: str | None = None
    new_campaign_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
