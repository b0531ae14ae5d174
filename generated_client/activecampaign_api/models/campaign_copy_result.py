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

    succeeded: int | None = None
    """ 1 when the copy was made. """
    message: str | None = None
    new_campaign_id: int | None = None
    """ Id of the new draft, as a number. """
