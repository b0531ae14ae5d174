from typing import Any, cast

import httpx

from ... import errors
from ...types import path_segment


def _get_kwargs(
    domain_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/prism/urlWhitelistings/{domain_id}".format(
            domain_id=path_segment(domain_id, "domain_id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    raise errors.UnexpectedStatus(response.status_code, response.content)
