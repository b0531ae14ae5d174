from __future__ import annotations

from ..decoding import Model as _Model


class WebhookEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    webhook: Webhook
    """ A webhook as the API returns it. """


from .webhook import Webhook  # noqa: E402
