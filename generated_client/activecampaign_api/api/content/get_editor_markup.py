from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.editor_markup import EditorMarkup
from ...types import path_segment
from .. import Route


def _get_kwargs(
    message_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/content/editorMarkup/{message_id}".format(
            message_id=path_segment(message_id, "message_id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> EditorMarkup:
    if status == 200:
        return cast(EditorMarkup, _decode(content, EditorMarkup))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getEditorMarkup",
    method="GET",
    path="/content/editorMarkup/{messageId}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
