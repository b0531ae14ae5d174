from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.custom_object_record_envelope import CustomObjectRecordEnvelope
from ...types import path_segment


def _get_kwargs(
    schema_id: str,
    external_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customObjects/records/{schema_id}/external/{external_id}".format(
            schema_id=path_segment(schema_id, "schema_id", numeric=False),
            external_id=path_segment(external_id, "external_id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CustomObjectRecordEnvelope:
    if response.status_code == 200:
        response_200 = CustomObjectRecordEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
