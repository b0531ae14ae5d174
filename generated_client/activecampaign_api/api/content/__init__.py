"""The `content` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.editor_markup import EditorMarkup
    from ...models.error_response import ErrorResponse
    from ...models.personalization_tag_category import PersonalizationTagCategory
    from ...models.stripo_config import StripoConfig
    from .. import AsyncCaller, Caller


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
        from . import get_stripo_config as _operation

        request = _operation._get_kwargs(
            campaign_id=campaign_id,
        )
        return cast("StripoConfig", self._caller.call(_operation.ROUTE, request))

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
        from . import list_stripo_personalization_tags as _operation

        request = _operation._get_kwargs(
            scope=scope,
            campaign_id=campaign_id,
        )
        return cast("list[PersonalizationTagCategory]", self._caller.call(_operation.ROUTE, request))

    def get_editor_markup(
        self,
        message_id: str,
    ) -> EditorMarkup:
        """Retrieve the HTML and CSS the email editor stored for a message

        `GET /content/editorMarkup/{message_id}`

        Args:
            message_id: Id of the message.

        """
        from . import get_editor_markup as _operation

        request = _operation._get_kwargs(
            message_id=message_id,
        )
        return cast("EditorMarkup", self._caller.call(_operation.ROUTE, request))


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
        from . import get_stripo_config as _operation

        request = _operation._get_kwargs(
            campaign_id=campaign_id,
        )
        return cast("StripoConfig", await self._caller.call(_operation.ROUTE, request))

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
        from . import list_stripo_personalization_tags as _operation

        request = _operation._get_kwargs(
            scope=scope,
            campaign_id=campaign_id,
        )
        return cast("list[PersonalizationTagCategory]", await self._caller.call(_operation.ROUTE, request))

    async def get_editor_markup(
        self,
        message_id: str,
    ) -> EditorMarkup:
        """Retrieve the HTML and CSS the email editor stored for a message

        `GET /content/editorMarkup/{message_id}`

        Args:
            message_id: Id of the message.

        """
        from . import get_editor_markup as _operation

        request = _operation._get_kwargs(
            message_id=message_id,
        )
        return cast("EditorMarkup", await self._caller.call(_operation.ROUTE, request))
