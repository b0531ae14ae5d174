from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.editor_markup import EditorMarkup
from ...types import path_segment


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


def _parse_response(response: httpx.Response) -> EditorMarkup:
    if response.status_code == 200:
        response_200 = EditorMarkup.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
