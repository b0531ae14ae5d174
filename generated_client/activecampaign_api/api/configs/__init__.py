"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.config_envelope import ConfigEnvelope
from ...models.config_list import ConfigList
from ...models.config_update_request import ConfigUpdateRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import list_configs as _list_configs
from . import update_config as _update_config


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
        request = _update_config._get_kwargs(
            id=id,
            body=body,
        )
        return cast(ConfigEnvelope, self._caller.call(request, _update_config._parse_response, (200,)))

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
        request = _list_configs._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(ConfigList, self._caller.call(request, _list_configs._parse_response, (200,)))


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
        request = _update_config._get_kwargs(
            id=id,
            body=body,
        )
        return cast(ConfigEnvelope, await self._caller.call(request, _update_config._parse_response, (200,)))

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
        request = _list_configs._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(ConfigList, await self._caller.call(request, _list_configs._parse_response, (200,)))
