"""The `configs` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.config_envelope import ConfigEnvelope
    from ...models.config_list import ConfigList
    from ...models.config_update_request import ConfigUpdateRequest
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class ConfigsOperations:
    """The `configs` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def update_config(
        self,
        id: str,
        *,
        body: ConfigUpdateRequest,
    ) -> ConfigEnvelope:
        """Change the value of a setting

        `PUT /configs/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_config as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("ConfigEnvelope", self._caller.call(_operation.ROUTE, request))

    def list_configs(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ConfigList:
        """List the users' settings

        `GET /configs`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `configs`). Items are shaped like the `config` of `PUT /configs/{id}`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_configs as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ConfigList", self._caller.call(_operation.ROUTE, request))


class AsyncConfigsOperations:
    """The `configs` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def update_config(
        self,
        id: str,
        *,
        body: ConfigUpdateRequest,
    ) -> ConfigEnvelope:
        """Change the value of a setting

        `PUT /configs/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_config as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("ConfigEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def list_configs(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ConfigList:
        """List the users' settings

        `GET /configs`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `configs`). Items are shaped like the `config` of `PUT /configs/{id}`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_configs as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ConfigList", await self._caller.call(_operation.ROUTE, request))
