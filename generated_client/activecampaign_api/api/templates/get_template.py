from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.template_envelope import TemplateEnvelope
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/templates/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> TemplateEnvelope:
    if status == 200:
        return cast(TemplateEnvelope, _decode(content, TemplateEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getTemplate",
    method="GET",
    path="/templates/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
