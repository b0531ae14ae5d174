"""The `activecampaign` command: any operation from the shell, bulk import of a CSV, export of contacts.

    pip install 'activecampaign-sdk[cli]'
    export AC_API_URL=https://youraccount.api-us1.com AC_API_TOKEN=...
    activecampaign contacts list-contacts --email ada@example.com
    activecampaign import contacts.csv --tag VIP --list Newsletter
    activecampaign export contacts --format jsonl --output contacts.jsonl

It is the library driven from the command line: the same client, limiter, retries and
typed errors. Only the command imports this package (it needs click and rich, the `cli`
extra), so `import activecampaign_sdk` stays as cheap as before.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# What the command exits with.
EXIT_OK = 0
EXIT_FAILED = 1  # an API error, or rows that failed to import
EXIT_USAGE = 2  # bad arguments, a bad file, missing AC_API_URL/AC_API_TOKEN
EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports SIGINT


def main(argv: Sequence[str] | None = None) -> None:
    """The console script `activecampaign`."""
    try:
        import click  # noqa: F401
        import rich  # noqa: F401
    except ImportError as missing:
        sys.stderr.write(
            f"activecampaign: the command needs the 'cli' extra ({missing.name} is not installed): "
            "pip install 'activecampaign-sdk[cli]'\n"
        )
        sys.exit(EXIT_USAGE)
    from .app import run

    sys.exit(run(argv))
