from __future__ import annotations

from ..decoding import Model as _Model


class AccountBulkDeleteResult(_Model, kw_only=True):
    """A model of the API's answers."""

    meta: AccountBulkDeleteResultMeta | None = None


from .account_bulk_delete_result_meta import AccountBulkDeleteResultMeta  # noqa: E402
