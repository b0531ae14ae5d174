"""The assertion for answers the spec types as a bare JSON object (a map, e.g. the `{}` of a deletion).

The SDK parses such an answer into a plain `dict`, not a model: `replay.expect` checks a model's
truthfulness through its `to_dict()`, which a dict does not have. Here the dict must be the JSON
itself, key for key and value for value.
"""

from __future__ import annotations

import json
from typing import Any

from ..replay import Outcome


def expect_map(outcome: Outcome[Any], status: int) -> dict[str, Any]:
    """Assert the status, that the answer parsed into a plain dict, and that the dict is the JSON; return it."""
    assert outcome.status == status, f"HTTP {outcome.status}: {outcome.content!r:.300}"
    assert outcome.response is not None, f"HTTP {status} raised {outcome.error!r}"
    parsed: object = outcome.response.parsed
    assert type(parsed) is dict, f"parsed as {type(parsed).__name__}, expected dict"
    assert parsed == json.loads(outcome.content), f"{parsed!r:.300} is not the JSON {outcome.content!r:.300}"
    return parsed
