from __future__ import annotations

from ..decoding import Model as _Model


class SmsSnapshotEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    snapshot: SmsSnapshot
    """ Totals over a set of broadcasts. """


from .sms_snapshot import SmsSnapshot  # noqa: E402
