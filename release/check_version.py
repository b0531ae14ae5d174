"""Fail when the version numbers of a release disagree.

The spec's `info.version` is the one source of truth (pyproject reads it);
this checks that the bundle, the installed distribution's metadata and the
newest CHANGELOG entry all say the same.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def versions() -> dict[str, str]:
    changelog = re.search(r"^## \[(\d[^\]]*)\]", (ROOT / "CHANGELOG.md").read_text(), re.MULTILINE)
    return {
        "openapi/openapi.yaml info.version": yaml.safe_load((ROOT / "openapi" / "openapi.yaml").read_text())["info"][
            "version"
        ],
        "openapi/activecampaign.yaml info.version": yaml.safe_load(
            (ROOT / "openapi" / "activecampaign.yaml").read_text()
        )["info"]["version"],
        "installed activecampaign-sdk": importlib.metadata.version("activecampaign-sdk"),
        "newest CHANGELOG.md entry": changelog.group(1) if changelog else "(none)",
    }


def main() -> None:
    found = versions()
    if len(set(found.values())) != 1:
        listing = "\n".join(f"  {where}: {version}" for where, version in found.items())
        sys.exit(f"versions disagree (reinstall with `make setup` after changing info.version):\n{listing}")
    print(f"version {next(iter(found.values()))} agrees everywhere")


if __name__ == "__main__":
    main()
