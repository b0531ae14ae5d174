"""Fail when the committed bundle, generated package or sync SDK differs from a fresh run.

    python generator/check_generated.py

Bundles and generates into a temporary folder and compares byte for byte, so
both hand edits to generated files and output left stale by a spec change
are caught. Nothing in the working tree is touched.
"""

from __future__ import annotations

import difflib
import filecmp
import sys
import tempfile
from pathlib import Path

from bundle import DEFAULT_OUTPUT as COMMITTED_BUNDLE
from bundle import bundle
from generate import DEFAULT_OUTPUT as COMMITTED_PACKAGE
from generate import generate
from sync_from_async import DEFAULT_OUTPUT as COMMITTED_SYNC
from sync_from_async import unasync_tree

ROOT = Path(__file__).resolve().parent.parent


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def _differences(fresh: Path, committed: Path) -> list[str]:
    if fresh.is_file():
        if committed.is_file() and filecmp.cmp(fresh, committed, shallow=False):
            return []
        return [str(committed.relative_to(ROOT))]
    fresh_files, committed_files = _files(fresh), _files(committed) if committed.exists() else set()
    problems = [f"missing: {name}" for name in sorted(fresh_files - committed_files)]
    problems += [f"not generated: {name}" for name in sorted(committed_files - fresh_files)]
    for name in sorted(fresh_files & committed_files):
        if not filecmp.cmp(fresh / name, committed / name, shallow=False):
            problems.append(f"differs: {name}")
            diff = difflib.unified_diff(
                (committed / name).read_text().splitlines(),
                (fresh / name).read_text().splitlines(),
                "committed",
                "fresh",
                lineterm="",
                n=1,
            )
            problems.extend(f"    {line}" for line in list(diff)[:12])
    return problems


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        fresh_bundle = Path(tmp) / "activecampaign.yaml"
        fresh_package = Path(tmp) / COMMITTED_PACKAGE.name
        fresh_sync = Path(tmp) / COMMITTED_SYNC.name
        bundle(fresh_bundle)
        generate(fresh_package, spec=fresh_bundle)
        unasync_tree(fresh_sync)
        problems = _differences(fresh_bundle, COMMITTED_BUNDLE) + _differences(fresh_package, COMMITTED_PACKAGE)
        problems += _differences(fresh_sync, COMMITTED_SYNC)
    if problems:
        print("generated files are out of date or edited by hand; run `make generate`:", file=sys.stderr)
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print("openapi/activecampaign.yaml, generated_client/ and overlay/activecampaign_sdk/_sync/ match a fresh run")


if __name__ == "__main__":
    main()
