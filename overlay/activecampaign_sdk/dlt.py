"""A dlt source for ActiveCampaign: every exportable collection as a table, loaded incrementally where the API allows.

    pip install 'activecampaign-sdk[dlt]'

    import dlt
    from activecampaign_sdk.dlt import activecampaign_source

    pipeline = dlt.pipeline("activecampaign", destination="duckdb", dataset_name="activecampaign")
    pipeline.run(activecampaign_source())           # AC_API_URL / AC_API_TOKEN, or dlt's secrets

One resource per exportable collection (`activecampaign_sdk.feeds`), named like it
(``contacts``, ``contact_tags``, ``deal_groups`` for pipelines, ...), primary key ``id``,
write disposition ``merge``: a record loaded again replaces its row. The core collections are
selected by default (`CORE`); the others are in the source too, to pick with
`source.with_resources(...)` or `activecampaign_source(collections=[...])`.

Incremental loading: each resource keeps the walk's `UpdateCursor` (`ac.updated_since`) in dlt's
resource state, which dlt saves with the load itself, so a load that fails leaves the state
where it was. A later run asks the API only for what changed (contacts and deals by
`filters[updated_after]`, activities by `after`, automations, campaigns and email activities
newest first, custom objects by `updatedTimestamp`), with the overlap window and the `(id, update
time)` tie-break of `activecampaign_sdk.changes`; collections the API cannot be asked that are
loaded whole each run (merged, so unchanged rows stay as they are). A collection the account
answers with 403, 404 or 405 on its first page (a feature its plan lacks) is skipped with a warning. dlt's own
`dlt.sources.incremental` is not used: it compares the raw time strings (which carry different
offsets) and has no notion of the server's clock at the start of a walk.

Every request goes through the SDK's client: rate limit, retries, typed errors. Destinations
other than DuckDB (BigQuery, Snowflake, Postgres, Parquet files on a filesystem or bucket, ...)
are dlt's: name one in `dlt.pipeline(destination=...)` and configure it as dlt documents.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Any

import dlt
from dlt.sources import DltResource

from ._sync.client import ActiveCampaign
from .base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ENV_TOKEN, ENV_URL
from .changes import DEFAULT_OVERLAP, UpdateCursor
from .errors import APIStatusError, InvalidInputError
from .feeds import Feed, feeds
from .rate_limit import DEFAULT_RATE

# Loaded by default: the collections most accounts have and most warehouses want.
CORE = (
    "contacts",
    "contact_tags",
    "contact_lists",
    "field_values",
    "fields",
    "tags",
    "lists",
    "deals",
    "deal_stages",
    "deal_groups",
    "accounts",
    "account_contacts",
    "users",
    "automations",
    "campaigns",
)
STATE_KEY = "update_cursor"
# A first page answered so means the account does not have the collection (403: not in its plan).
SKIPPED_STATUSES = frozenset({403, 404, 405})
logger = logging.getLogger("activecampaign_sdk")


def exportable() -> dict[str, Feed]:
    """The collections the source can load: every list operation without path parameters."""
    return {name: feed for name, feed in feeds().items() if not feed.path_params}


def _credential(given: str | None, variable: str, what: str) -> str:
    value = given or os.environ.get(variable)
    if not value:
        raise InvalidInputError(
            f"activecampaign_source needs the account's {what}: pass it, set it in dlt's secrets "
            f"(sources.activecampaign.{what}), or set {variable}"
        )
    return value


def _resource(feed: Feed, client: dict[str, Any], overlap: timedelta, selected: bool) -> DltResource:
    def records() -> Iterator[list[dict[str, Any]]]:
        state = dlt.current.resource_state()
        saved = state.get(STATE_KEY)
        cursor = UpdateCursor.from_json(saved) if saved else None
        with ActiveCampaign(**client) as ac:
            walk = ac.updated_since(feed.name, cursor, overlap=overlap)
            pages = walk.pages()
            try:
                first = next(pages)
            except APIStatusError as refused:
                if refused.status not in SKIPPED_STATUSES:
                    raise
                # A feature the account's plan lacks (or a server without the route): nothing to load.
                logger.warning("activecampaign_source: %s skipped (%s %s)", feed.name, refused.status, refused)
                return
            for page in itertools.chain([first], pages):
                if page.records:
                    yield page.records
            # Only now, the walk complete; dlt saves the state with the load it belongs to.
            state[STATE_KEY] = walk.cursor.to_json()

    resource = dlt.resource(records, name=feed.name, primary_key="id", write_disposition="merge", selected=selected)
    return resource()


@dlt.source(name="activecampaign", max_table_nesting=1)
def activecampaign_source(
    base_url: str | None = dlt.config.value,
    api_token: str | None = dlt.secrets.value,
    collections: Sequence[str] | None = None,
    overlap_seconds: float = DEFAULT_OVERLAP.total_seconds(),
    rate_limit: float = DEFAULT_RATE,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
) -> list[DltResource]:
    """The account's collections as dlt resources (see the module's documentation).

    `base_url` and `api_token` come from the arguments, else dlt's config and secrets
    (`sources.activecampaign.base_url`, `sources.activecampaign.api_token`), else `AC_API_URL`
    and `AC_API_TOKEN`. `collections` selects resources by name (default: `CORE`);
    `overlap_seconds` is the window asked again before each cursor.
    """
    client: dict[str, Any] = {
        "base_url": _credential(base_url, ENV_URL, "base_url"),
        "api_token": _credential(api_token, ENV_TOKEN, "api_token"),
        "rate_limit": rate_limit,
        "timeout": timeout,
        "max_retries": max_retries,
    }
    table = exportable()
    wanted = list(collections) if collections else list(CORE)
    unknown = sorted(set(wanted) - set(table))
    if unknown:
        raise InvalidInputError(f"no exportable collection named {unknown}; one of: {', '.join(sorted(table))}")
    overlap = timedelta(seconds=overlap_seconds)
    return [_resource(feed, client, overlap, name in wanted) for name, feed in table.items()]
