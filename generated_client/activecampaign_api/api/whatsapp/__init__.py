"""The `whatsapp` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.error_response import ErrorResponse
    from ...models.whatsapp_conversation import WhatsappConversation
    from ...models.whatsapp_conversation_fields import WhatsappConversationFields
    from ...models.whatsapp_conversation_page import WhatsappConversationPage
    from ...models.whatsapp_conversation_replace_request import WhatsappConversationReplaceRequest
    from ...models.whatsapp_flow_execution import WhatsappFlowExecution
    from ...models.whatsapp_flow_execution_contact import WhatsappFlowExecutionContact
    from ...models.whatsapp_flow_execution_contact_page import WhatsappFlowExecutionContactPage
    from ...models.whatsapp_flow_execution_page import WhatsappFlowExecutionPage
    from ...models.whatsapp_flow_run_request import WhatsappFlowRunRequest
    from ...models.whatsapp_template import WhatsappTemplate
    from ...models.whatsapp_template_fields import WhatsappTemplateFields
    from ...models.whatsapp_template_page import WhatsappTemplatePage
    from ...models.whatsapp_template_send_request import WhatsappTemplateSendRequest
    from ...models.whatsapp_template_sent import WhatsappTemplateSent
    from .. import AsyncCaller, Caller


class WhatsappOperations:
    """The `whatsapp` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_whatsapp_templates(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        category: str | Unset = UNSET,
        status: str | Unset = UNSET,
        channel: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
    ) -> WhatsappTemplatePage:
        """List WhatsApp message templates

        `GET /channel/whatsapp/channels/whatsapp/template`

        Args:
            page: Page number, from 1.
            page_size: Items per page.
            search: Free-text filter; the API matches it as "contains".
            category: Only templates of this category (for example `MARKETING`).
            status: Only templates in this review state (for example `approved`).
            channel: Only templates of this WhatsApp channel.
            ordering: Attribute to sort by, `-` in front for descending.

        """
        from . import list_whatsapp_templates as _operation

        request = _operation._get_kwargs(
            page=page,
            page_size=page_size,
            search=search,
            category=category,
            status=status,
            channel=channel,
            ordering=ordering,
        )
        return cast("WhatsappTemplatePage", self._caller.call(_operation.ROUTE, request))

    def get_whatsapp_template(
        self,
        id: str,
    ) -> WhatsappTemplate:
        """Retrieve a WhatsApp message template

        `GET /channel/whatsapp/channels/whatsapp/template/{id}`

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).

        """
        from . import get_whatsapp_template as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("WhatsappTemplate", self._caller.call(_operation.ROUTE, request))

    def update_whatsapp_template(
        self,
        id: str,
        *,
        body: WhatsappTemplateFields,
    ) -> WhatsappTemplate:
        """Update a WhatsApp message template

        `PUT /channel/whatsapp/channels/whatsapp/template/{id}`

        A changed template goes back to WhatsApp's review.

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).
            body: The writable attributes of a template.

        """
        from . import update_whatsapp_template as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("WhatsappTemplate", self._caller.call(_operation.ROUTE, request))

    def delete_whatsapp_template(
        self,
        id: str,
    ) -> None:
        """Delete a WhatsApp message template

        `DELETE /channel/whatsapp/channels/whatsapp/template/{id}`

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).

        """
        from . import delete_whatsapp_template as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("None", self._caller.call(_operation.ROUTE, request))

    def send_whatsapp_template(
        self,
        id: str,
        *,
        body: WhatsappTemplateSendRequest,
    ) -> WhatsappTemplateSent:
        """Send a template message to a phone number

        `POST /channel/whatsapp/channels/whatsapp/template/{id}/send`

        Starts (or continues) the conversation with that number.

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).
            body:

        """
        from . import send_whatsapp_template as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("WhatsappTemplateSent", self._caller.call(_operation.ROUTE, request))

    def run_whatsapp_flow(
        self,
        id: str,
        *,
        body: WhatsappFlowRunRequest,
    ) -> WhatsappFlowExecution:
        """Run a flow for a list of phone contacts

        `POST /channel/whatsapp/flow/{id}/run`

        Creates a flow execution; its per-contact progress is read with the flow-execution-contact
        operations.

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).
            body:

        """
        from . import run_whatsapp_flow as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("WhatsappFlowExecution", self._caller.call(_operation.ROUTE, request))

    def list_whatsapp_flow_executions(
        self,
        *,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        flow: str | Unset = UNSET,
        flow_version: str | Unset = UNSET,
    ) -> WhatsappFlowExecutionPage:
        """List flow executions

        `GET /channel/whatsapp/flow-execution`

        Args:
            page: Page number, from 1.
            search: Free-text filter; the API matches it as "contains".
            flow: Only executions of this flow.
            flow_version: Only executions of this flow version.

        """
        from . import list_whatsapp_flow_executions as _operation

        request = _operation._get_kwargs(
            page=page,
            search=search,
            flow=flow,
            flow_version=flow_version,
        )
        return cast("WhatsappFlowExecutionPage", self._caller.call(_operation.ROUTE, request))

    def get_whatsapp_flow_execution(
        self,
        id: str,
    ) -> WhatsappFlowExecution:
        """Retrieve a flow execution with its counts

        `GET /channel/whatsapp/flow-execution/{id}`

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).

        """
        from . import get_whatsapp_flow_execution as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("WhatsappFlowExecution", self._caller.call(_operation.ROUTE, request))

    def list_whatsapp_flow_execution_contacts(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        contact: str | Unset = UNSET,
        flow: str | Unset = UNSET,
        flow_execution: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> WhatsappFlowExecutionContactPage:
        """List contacts' runs through flows

        `GET /channel/whatsapp/flow-execution-contact`

        Args:
            page: Page number, from 1.
            page_size: Items per page.
            search: Free-text filter; the API matches it as "contains".
            contact: Only runs of this WhatsApp contact.
            flow: Only runs of this flow.
            flow_execution: Only runs of this execution.
            is_active: Only runs still going (true) or finished (false).

        """
        from . import list_whatsapp_flow_execution_contacts as _operation

        request = _operation._get_kwargs(
            page=page,
            page_size=page_size,
            search=search,
            contact=contact,
            flow=flow,
            flow_execution=flow_execution,
            is_active=is_active,
        )
        return cast("WhatsappFlowExecutionContactPage", self._caller.call(_operation.ROUTE, request))

    def get_whatsapp_flow_execution_contact(
        self,
        id: str,
    ) -> WhatsappFlowExecutionContact:
        """Retrieve one contact's run through a flow, step by step

        `GET /channel/whatsapp/flow-execution-contact/{id}`

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).

        """
        from . import get_whatsapp_flow_execution_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("WhatsappFlowExecutionContact", self._caller.call(_operation.ROUTE, request))

    def list_whatsapp_conversations(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        contact: str | Unset = UNSET,
    ) -> WhatsappConversationPage:
        """List inbox conversations

        `GET /channel/whatsapp/inbox/conversation`

        Args:
            page: Page number, from 1.
            page_size: Items per page.
            search: Free-text filter; the API matches it as "contains".
            contact: Only conversations with this WhatsApp contact.

        """
        from . import list_whatsapp_conversations as _operation

        request = _operation._get_kwargs(
            page=page,
            page_size=page_size,
            search=search,
            contact=contact,
        )
        return cast("WhatsappConversationPage", self._caller.call(_operation.ROUTE, request))

    def replace_whatsapp_conversation(
        self,
        id: str,
        *,
        body: WhatsappConversationReplaceRequest,
    ) -> WhatsappConversation:
        """Update a conversation (status, assignees, tags), sending every writable attribute

        `PUT /channel/whatsapp/inbox/conversation/{id}/update`

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).
            body: Every writable attribute; those left out are cleared.

        """
        from . import replace_whatsapp_conversation as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("WhatsappConversation", self._caller.call(_operation.ROUTE, request))

    def update_whatsapp_conversation(
        self,
        id: str,
        *,
        body: WhatsappConversationFields,
    ) -> WhatsappConversation:
        """Change some attributes of a conversation (status, assignees, tags)

        `PATCH /channel/whatsapp/inbox/conversation/{id}/update`

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).
            body: The writable attributes of a conversation.

        """
        from . import update_whatsapp_conversation as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("WhatsappConversation", self._caller.call(_operation.ROUTE, request))


class AsyncWhatsappOperations:
    """The `whatsapp` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_whatsapp_templates(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        category: str | Unset = UNSET,
        status: str | Unset = UNSET,
        channel: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
    ) -> WhatsappTemplatePage:
        """List WhatsApp message templates

        `GET /channel/whatsapp/channels/whatsapp/template`

        Args:
            page: Page number, from 1.
            page_size: Items per page.
            search: Free-text filter; the API matches it as "contains".
            category: Only templates of this category (for example `MARKETING`).
            status: Only templates in this review state (for example `approved`).
            channel: Only templates of this WhatsApp channel.
            ordering: Attribute to sort by, `-` in front for descending.

        """
        from . import list_whatsapp_templates as _operation

        request = _operation._get_kwargs(
            page=page,
            page_size=page_size,
            search=search,
            category=category,
            status=status,
            channel=channel,
            ordering=ordering,
        )
        return cast("WhatsappTemplatePage", await self._caller.call(_operation.ROUTE, request))

    async def get_whatsapp_template(
        self,
        id: str,
    ) -> WhatsappTemplate:
        """Retrieve a WhatsApp message template

        `GET /channel/whatsapp/channels/whatsapp/template/{id}`

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).

        """
        from . import get_whatsapp_template as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("WhatsappTemplate", await self._caller.call(_operation.ROUTE, request))

    async def update_whatsapp_template(
        self,
        id: str,
        *,
        body: WhatsappTemplateFields,
    ) -> WhatsappTemplate:
        """Update a WhatsApp message template

        `PUT /channel/whatsapp/channels/whatsapp/template/{id}`

        A changed template goes back to WhatsApp's review.

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).
            body: The writable attributes of a template.

        """
        from . import update_whatsapp_template as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("WhatsappTemplate", await self._caller.call(_operation.ROUTE, request))

    async def delete_whatsapp_template(
        self,
        id: str,
    ) -> None:
        """Delete a WhatsApp message template

        `DELETE /channel/whatsapp/channels/whatsapp/template/{id}`

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).

        """
        from . import delete_whatsapp_template as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("None", await self._caller.call(_operation.ROUTE, request))

    async def send_whatsapp_template(
        self,
        id: str,
        *,
        body: WhatsappTemplateSendRequest,
    ) -> WhatsappTemplateSent:
        """Send a template message to a phone number

        `POST /channel/whatsapp/channels/whatsapp/template/{id}/send`

        Starts (or continues) the conversation with that number.

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).
            body:

        """
        from . import send_whatsapp_template as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("WhatsappTemplateSent", await self._caller.call(_operation.ROUTE, request))

    async def run_whatsapp_flow(
        self,
        id: str,
        *,
        body: WhatsappFlowRunRequest,
    ) -> WhatsappFlowExecution:
        """Run a flow for a list of phone contacts

        `POST /channel/whatsapp/flow/{id}/run`

        Creates a flow execution; its per-contact progress is read with the flow-execution-contact
        operations.

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).
            body:

        """
        from . import run_whatsapp_flow as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("WhatsappFlowExecution", await self._caller.call(_operation.ROUTE, request))

    async def list_whatsapp_flow_executions(
        self,
        *,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        flow: str | Unset = UNSET,
        flow_version: str | Unset = UNSET,
    ) -> WhatsappFlowExecutionPage:
        """List flow executions

        `GET /channel/whatsapp/flow-execution`

        Args:
            page: Page number, from 1.
            search: Free-text filter; the API matches it as "contains".
            flow: Only executions of this flow.
            flow_version: Only executions of this flow version.

        """
        from . import list_whatsapp_flow_executions as _operation

        request = _operation._get_kwargs(
            page=page,
            search=search,
            flow=flow,
            flow_version=flow_version,
        )
        return cast("WhatsappFlowExecutionPage", await self._caller.call(_operation.ROUTE, request))

    async def get_whatsapp_flow_execution(
        self,
        id: str,
    ) -> WhatsappFlowExecution:
        """Retrieve a flow execution with its counts

        `GET /channel/whatsapp/flow-execution/{id}`

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).

        """
        from . import get_whatsapp_flow_execution as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("WhatsappFlowExecution", await self._caller.call(_operation.ROUTE, request))

    async def list_whatsapp_flow_execution_contacts(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        contact: str | Unset = UNSET,
        flow: str | Unset = UNSET,
        flow_execution: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> WhatsappFlowExecutionContactPage:
        """List contacts' runs through flows

        `GET /channel/whatsapp/flow-execution-contact`

        Args:
            page: Page number, from 1.
            page_size: Items per page.
            search: Free-text filter; the API matches it as "contains".
            contact: Only runs of this WhatsApp contact.
            flow: Only runs of this flow.
            flow_execution: Only runs of this execution.
            is_active: Only runs still going (true) or finished (false).

        """
        from . import list_whatsapp_flow_execution_contacts as _operation

        request = _operation._get_kwargs(
            page=page,
            page_size=page_size,
            search=search,
            contact=contact,
            flow=flow,
            flow_execution=flow_execution,
            is_active=is_active,
        )
        return cast("WhatsappFlowExecutionContactPage", await self._caller.call(_operation.ROUTE, request))

    async def get_whatsapp_flow_execution_contact(
        self,
        id: str,
    ) -> WhatsappFlowExecutionContact:
        """Retrieve one contact's run through a flow, step by step

        `GET /channel/whatsapp/flow-execution-contact/{id}`

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).

        """
        from . import get_whatsapp_flow_execution_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("WhatsappFlowExecutionContact", await self._caller.call(_operation.ROUTE, request))

    async def list_whatsapp_conversations(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        contact: str | Unset = UNSET,
    ) -> WhatsappConversationPage:
        """List inbox conversations

        `GET /channel/whatsapp/inbox/conversation`

        Args:
            page: Page number, from 1.
            page_size: Items per page.
            search: Free-text filter; the API matches it as "contains".
            contact: Only conversations with this WhatsApp contact.

        """
        from . import list_whatsapp_conversations as _operation

        request = _operation._get_kwargs(
            page=page,
            page_size=page_size,
            search=search,
            contact=contact,
        )
        return cast("WhatsappConversationPage", await self._caller.call(_operation.ROUTE, request))

    async def replace_whatsapp_conversation(
        self,
        id: str,
        *,
        body: WhatsappConversationReplaceRequest,
    ) -> WhatsappConversation:
        """Update a conversation (status, assignees, tags), sending every writable attribute

        `PUT /channel/whatsapp/inbox/conversation/{id}/update`

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).
            body: Every writable attribute; those left out are cleared.

        """
        from . import replace_whatsapp_conversation as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("WhatsappConversation", await self._caller.call(_operation.ROUTE, request))

    async def update_whatsapp_conversation(
        self,
        id: str,
        *,
        body: WhatsappConversationFields,
    ) -> WhatsappConversation:
        """Change some attributes of a conversation (status, assignees, tags)

        `PATCH /channel/whatsapp/inbox/conversation/{id}/update`

        Args:
            id: Id of the record (a UUID; conversations use their own string ids).
            body: The writable attributes of a conversation.

        """
        from . import update_whatsapp_conversation as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("WhatsappConversation", await self._caller.call(_operation.ROUTE, request))
