from __future__ import annotations

from ..decoding import Model as _Model


class WhatsappUser(_Model, kw_only=True):
    """A user of the account, as this service nests it."""

    id: int
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    profile_image: str | None = None
    role: int | None = None
