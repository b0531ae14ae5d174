"""The SDK's logger: silent unless the application configures logging, or `ACTIVECAMPAIGN_LOG` asks.

Importing the package installs a `NullHandler` on the `activecampaign_sdk` logger, so its records never
reach Python's last-resort handler (which prints WARNING and above to stderr when nothing is configured).
`ACTIVECAMPAIGN_LOG=debug` (or `info`) adds a stderr handler at that level, for a quick look without
touching the application's logging. Query strings can hold personal data (`?email=...`): a URL the SDK
logs goes through `redact_url` first.

httpx logs each request at INFO on its own `httpx` logger with the full URL, query included. The SDK
leaves that logger alone (it belongs to the application, which may use httpx elsewhere); applications
that log INFO should raise it to WARNING, or add `RedactQueryFilter` to it.
"""

from __future__ import annotations

import logging
import os
import sys

import httpx

LOGGER_NAME = "activecampaign_sdk"
ENV_VAR = "ACTIVECAMPAIGN_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}

logger = logging.getLogger(LOGGER_NAME)


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler `ACTIVECAMPAIGN_LOG` adds (its own class, so it is added once)."""


def configure(environ: dict[str, str] | None = None) -> None:
    """Install the `NullHandler`, and the stderr handler when `ACTIVECAMPAIGN_LOG` is `debug` or `info`.

    Runs on import; idempotent. Any other value of the variable is ignored, as an unset one.
    """
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())
    level = _LEVELS.get((os.environ if environ is None else environ).get(ENV_VAR, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(isinstance(h, _EnvHandler) for h in logger.handlers):
        handler = _EnvHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
        logger.addHandler(handler)


def redact_url(url: str | httpx.URL) -> str:
    """`url` without its query, fragment and user info: scheme, host, port and path only.

    Text that does not parse as a URL is cut at its first `?` or `#` instead.
    """
    try:
        parsed = httpx.URL(url) if isinstance(url, str) else url
        return str(parsed.copy_with(query=None, fragment=None, userinfo=b""))
    except (httpx.InvalidURL, TypeError, ValueError):
        text = str(url)
        for mark in ("?", "#"):
            text = text.split(mark, 1)[0]
        return text


class RedactQueryFilter(logging.Filter):
    """Rewrites URLs among a record's arguments to `redact_url` form; for httpx's own logger:

    `logging.getLogger("httpx").addFilter(RedactQueryFilter())`
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) for a in record.args):
            record.args = tuple(redact_url(a) if isinstance(a, httpx.URL) else a for a in record.args)
        return True


configure()
