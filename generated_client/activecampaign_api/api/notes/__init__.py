"""The `notes` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.note_envelope import NoteEnvelope
    from ...models.note_list import NoteList
    from ...models.note_write_request import NoteWriteRequest
    from .. import AsyncCaller, Caller


class NotesOperations:
    """The `notes` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_notes(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> NoteList:
        """List notes of every kind of owner

        `GET /notes`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_notes as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("NoteList", self._caller.call(_operation.ROUTE, request))

    def create_note(
        self,
        *,
        body: NoteWriteRequest,
    ) -> NoteEnvelope:
        """Add a note to a contact, deal, task, account or activity

        `POST /notes`

        Answers with the note and, for a contact's note, the contact side-loaded in `contacts`. In that
        answer `relid` and `owner.id` are numbers, not strings.

        Args:
            body:

        """
        from . import create_note as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("NoteEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_note(
        self,
        id: str,
    ) -> NoteEnvelope:
        """Retrieve a note

        `GET /notes/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_note as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("NoteEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_note(
        self,
        id: str,
        *,
        body: NoteWriteRequest,
    ) -> NoteEnvelope:
        """Change a note's text or owner

        `PUT /notes/{id}`

        Answers 403 with a `message` when the owner named in the body does not exist.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_note as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("NoteEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_note(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a note

        `DELETE /notes/{id}`

        Answers 403 with a `message` (not 404) when no note has that id.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_note as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncNotesOperations:
    """The `notes` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_notes(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> NoteList:
        """List notes of every kind of owner

        `GET /notes`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_notes as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("NoteList", await self._caller.call(_operation.ROUTE, request))

    async def create_note(
        self,
        *,
        body: NoteWriteRequest,
    ) -> NoteEnvelope:
        """Add a note to a contact, deal, task, account or activity

        `POST /notes`

        Answers with the note and, for a contact's note, the contact side-loaded in `contacts`. In that
        answer `relid` and `owner.id` are numbers, not strings.

        Args:
            body:

        """
        from . import create_note as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("NoteEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_note(
        self,
        id: str,
    ) -> NoteEnvelope:
        """Retrieve a note

        `GET /notes/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_note as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("NoteEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_note(
        self,
        id: str,
        *,
        body: NoteWriteRequest,
    ) -> NoteEnvelope:
        """Change a note's text or owner

        `PUT /notes/{id}`

        Answers 403 with a `message` when the owner named in the body does not exist.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_note as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("NoteEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_note(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a note

        `DELETE /notes/{id}`

        Answers 403 with a `message` (not 404) when no note has that id.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_note as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
