"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.note_envelope import NoteEnvelope
from ...models.note_list import NoteList
from ...models.note_write_request import NoteWriteRequest
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_note as _create_note
from . import delete_note as _delete_note
from . import get_note as _get_note
from . import list_notes as _list_notes
from . import update_note as _update_note


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
        request = _list_notes._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(NoteList, self._caller.call(request, _list_notes._parse_response, (200,)))

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
        request = _create_note._get_kwargs(
            body=body,
        )
        return cast(NoteEnvelope, self._caller.call(request, _create_note._parse_response, (200, 201)))

    def get_note(
        self,
        id: str,
    ) -> NoteEnvelope:
        """Retrieve a note

        `GET /notes/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_note._get_kwargs(
            id=id,
        )
        return cast(NoteEnvelope, self._caller.call(request, _get_note._parse_response, (200,)))

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
        request = _update_note._get_kwargs(
            id=id,
            body=body,
        )
        return cast(NoteEnvelope, self._caller.call(request, _update_note._parse_response, (200,)))

    def delete_note(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a note

        `DELETE /notes/{id}`

        Answers 403 with a `message` (not 404) when no note has that id.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_note._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_note._parse_response, (200,)))


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
        request = _list_notes._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(NoteList, await self._caller.call(request, _list_notes._parse_response, (200,)))

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
        request = _create_note._get_kwargs(
            body=body,
        )
        return cast(NoteEnvelope, await self._caller.call(request, _create_note._parse_response, (200, 201)))

    async def get_note(
        self,
        id: str,
    ) -> NoteEnvelope:
        """Retrieve a note

        `GET /notes/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_note._get_kwargs(
            id=id,
        )
        return cast(NoteEnvelope, await self._caller.call(request, _get_note._parse_response, (200,)))

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
        request = _update_note._get_kwargs(
            id=id,
            body=body,
        )
        return cast(NoteEnvelope, await self._caller.call(request, _update_note._parse_response, (200,)))

    async def delete_note(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a note

        `DELETE /notes/{id}`

        Answers 403 with a `message` (not 404) when no note has that id.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_note._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_note._parse_response, (200,)))
