"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.editor_markup import EditorMarkup
from ...models.error_response import ErrorResponse
from ...models.personalization_tag_category import PersonalizationTagCategory
from ...models.stripo_config import StripoConfig
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import get_editor_markup as _get_editor_markup
from . import get_stripo_config as _get_stripo_config
from . import list_stripo_personalization_tags as _list_stripo_personalization_tags


class ContentOperations:
    """The `content` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_stripo_config(
        self,
        *,
        campaign_id: int | Unset = UNSET,
    ) -> StripoConfig:
        """Retrieve the email editor's configuration for a campaign

        `GET /stripo/config`

        Args:
            campaign_id: Campaign whose messages and brand kit the editor should load.

        """
        request = _get_stripo_config._get_kwargs(
            campaign_id=campaign_id,
        )
        return cast(StripoConfig, self._caller.call(request, _get_stripo_config._parse_response, (200,)))

    def list_stripo_personalization_tags(
        self,
        *,
        scope: str | Unset = UNSET,
        campaign_id: int | Unset = UNSET,
    ) -> list[PersonalizationTagCategory]:
        """List the personalization tags the email editor offers, by category

        `GET /stripo/personalizationTags`

        Args:
            scope: Categories to include, comma-separated: contacts, accounts, deals, customobjects,
                message, messageVariables, social and so on.
            campaign_id: Campaign whose message variables to include.

        """
        request = _list_stripo_personalization_tags._get_kwargs(
            scope=scope,
            campaign_id=campaign_id,
        )
        return cast(
            list[PersonalizationTagCategory],
            self._caller.call(request, _list_stripo_personalization_tags._parse_response, (200,)),
        )

    def get_editor_markup(
        self,
        message_id: str,
    ) -> EditorMarkup:
        """Retrieve the HTML and CSS the email editor stored for a message

        `GET /content/editorMarkup/{message_id}`

        Args:
            message_id: Id of the message.

        """
        request = _get_editor_markup._get_kwargs(
            message_id=message_id,
        )
        return cast(EditorMarkup, self._caller.call(request, _get_editor_markup._parse_response, (200,)))


class AsyncContentOperations:
    """The `content` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_stripo_config(
        self,
        *,
        campaign_id: int | Unset = UNSET,
    ) -> StripoConfig:
        """Retrieve the email editor's configuration for a campaign

        `GET /stripo/config`

        Args:
            campaign_id: Campaign whose messages and brand kit the editor should load.

        """
        request = _get_stripo_config._get_kwargs(
            campaign_id=campaign_id,
        )
        return cast(StripoConfig, await self._caller.call(request, _get_stripo_config._parse_response, (200,)))

    async def list_stripo_personalization_tags(
        self,
        *,
        scope: str | Unset = UNSET,
        campaign_id: int | Unset = UNSET,
    ) -> list[PersonalizationTagCategory]:
        """List the personalization tags the email editor offers, by category

        `GET /stripo/personalizationTags`

        Args:
            scope: Categories to include, comma-separated: contacts, accounts, deals, customobjects,
                message, messageVariables, social and so on.
            campaign_id: Campaign whose message variables to include.

        """
        request = _list_stripo_personalization_tags._get_kwargs(
            scope=scope,
            campaign_id=campaign_id,
        )
        return cast(
            list[PersonalizationTagCategory],
            await self._caller.call(request, _list_stripo_personalization_tags._parse_response, (200,)),
        )

    async def get_editor_markup(
        self,
        message_id: str,
    ) -> EditorMarkup:
        """Retrieve the HTML and CSS the email editor stored for a message

        `GET /content/editorMarkup/{message_id}`

        Args:
            message_id: Id of the message.

        """
        request = _get_editor_markup._get_kwargs(
            message_id=message_id,
        )
        return cast(EditorMarkup, await self._caller.call(request, _get_editor_markup._parse_response, (200,)))
