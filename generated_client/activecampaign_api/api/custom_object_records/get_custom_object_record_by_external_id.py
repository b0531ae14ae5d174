from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...models.custom_object_record_envelope import CustomObjectRecordEnvelope


def _get_kwargs(
    schema_id: str,
    external_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customObjects/records/{schema_id}/external/{external_id}".format(
            schema_id=quote(str(schema_id), safe=""),
            external_id=quote(str(external_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CustomObjectRecordEnvelope:
    if response.status_code == 200:
        response_200 = CustomObjectRecordEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
