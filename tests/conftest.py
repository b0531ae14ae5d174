"""How the suite spreads over pytest-xdist workers (`make test` runs `pytest -n 4 --dist loadfile`).

`--dist loadfile` keeps each test module on one worker, so what a module builds once (a module-scoped
fixture: the docs site, the published wheel, Prism, the spec validator) is built once, not once per
worker. (`--dist loadgroup` would let the other modules' tests spread one by one, but pytest-xdist
3.8 cannot tag pytest 9's node ids with a group, so it does not group.) Modules are handed out in
collection order: the ones known to take long are moved to the front here, so no worker is left
with one of them at the end while the other idles.

Without xdist (a plain `pytest tests/x.py`) the order is all that changes. Services a test needs
(the local ActiveCampaign, redis-server, Prism) bind port 0 or a probed free port, and temp paths
come from `tmp_path`, so each worker has its own.
"""

from __future__ import annotations

import pytest

# Slowest first (measured with --durations): each of these holds a worker for 10 s or more.
SLOW_MODULES = (
    "tests/test_docs.py",
    "tests/test_publish.py",
    "tests/testing/test_reliability.py",
    "tests/test_consumer_types.py",
    "tests/test_prism_validates_cassettes.py",
    "tests/testing/test_bulk_import_reliability.py",
    "tests/sdk/test_redis_limiter.py",
    "tests/test_record_truth.py",
    "tests/cli/test_export.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        module = item.nodeid.split("::", 1)[0]
        return SLOW_MODULES.index(module) if module in SLOW_MODULES else len(SLOW_MODULES)

    items.sort(key=rank)  # stable: the order within a module stays as written
