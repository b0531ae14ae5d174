"""Compare the public operations of two bundled specs and flag breaking changes.

    python release/api_diff.py OLD.yaml NEW.yaml
    python release/api_diff.py --since-last-release      # OLD = spec at the newest v* tag

Breaking: an operation removed, an operationId renamed (the Python function
name changes), a parameter removed, a parameter's type changed, a parameter
newly required. Additions are listed but never break. Breaking changes fail
the check unless the new version allows them: a major bump, or a minor bump
while the major version is 0.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "openapi" / "activecampaign.yaml"
METHODS = ("get", "put", "post", "delete", "patch")


@dataclass
class Report:
    breaking: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _type_of(document: dict[str, Any], schema: dict[str, Any]) -> str:
    schema = _resolve(document, schema)
    arms = schema.get("oneOf") or schema.get("anyOf")
    if arms:
        return " | ".join(sorted(_type_of(document, arm) for arm in arms))
    kind = str(schema.get("type", "any"))
    if kind == "array":
        kind = f"array<{_type_of(document, schema.get('items', {}))}>"
    if "format" in schema:
        kind += f"({schema['format']})"
    if "enum" in schema:
        kind += "{" + ",".join(map(str, schema["enum"])) + "}"
    return kind + ("?" if schema.get("nullable") else "")


def operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """`METHOD /path` -> operationId and parameters (`in:name` -> (type, required))."""
    found = {}
    for path, item in document.get("paths", {}).items():
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            parameters = {}
            for raw in item.get("parameters", []) + op.get("parameters", []):
                p = _resolve(document, raw)
                parameters[f"{p['in']}:{p['name']}"] = (
                    _type_of(document, p.get("schema", {})),
                    bool(p.get("required")),
                )
            found[f"{method.upper()} {path}"] = {"operationId": op.get("operationId"), "parameters": parameters}
    return found


def compare(old: dict[str, Any], new: dict[str, Any]) -> Report:
    report = Report()
    before, after = operations(old), operations(new)
    for key in sorted(before.keys() - after.keys()):
        report.breaking.append(f"removed operation {key} ({before[key]['operationId']})")
    for key in sorted(after.keys() - before.keys()):
        report.added.append(f"added operation {key} ({after[key]['operationId']})")
    for key in sorted(before.keys() & after.keys()):
        was, now = before[key], after[key]
        if was["operationId"] != now["operationId"]:
            report.breaking.append(f"{key}: operationId {was['operationId']} renamed to {now['operationId']}")
        for name, (kind, required) in sorted(was["parameters"].items()):
            if name not in now["parameters"]:
                report.breaking.append(f"{key}: parameter {name} removed")
                continue
            new_kind, new_required = now["parameters"][name]
            if new_kind != kind:
                report.breaking.append(f"{key}: parameter {name} changed type {kind} -> {new_kind}")
            if new_required and not required:
                report.breaking.append(f"{key}: parameter {name} became required")
        for name, (kind, required) in sorted(now["parameters"].items()):
            if name not in was["parameters"]:
                if required:
                    report.breaking.append(f"{key}: new required parameter {name}")
                else:
                    report.added.append(f"{key}: new parameter {name} ({kind})")
    return report


def allows_breaking(old_version: str, new_version: str) -> bool:
    old_major, old_minor = (int(x) for x in old_version.split(".")[:2])
    new_major, new_minor = (int(x) for x in new_version.split(".")[:2])
    if new_major > old_major:
        return True
    return old_major == 0 and new_major == 0 and new_minor > old_minor


def _last_release_spec() -> tuple[str, dict[str, Any]] | None:
    tags = subprocess.run(
        ["git", "tag", "--list", "v*", "--sort=-v:refname"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    if not tags:
        return None
    shown = subprocess.run(
        ["git", "show", f"{tags[0]}:openapi/activecampaign.yaml"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return tags[0], yaml.safe_load(shown.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description="Flag breaking changes between two bundled specs.")
    parser.add_argument("old", nargs="?", type=Path)
    parser.add_argument("new", nargs="?", type=Path, default=BUNDLE)
    parser.add_argument("--since-last-release", action="store_true")
    args = parser.parse_args()
    new = yaml.safe_load(args.new.read_text())
    if args.since_last_release:
        last = _last_release_spec()
        if last is None:
            print("api-diff: no v* release tag yet; nothing to compare against")
            return
        label, old = last
    else:
        if args.old is None:
            parser.error("give OLD and NEW specs, or --since-last-release")
        label, old = str(args.old), yaml.safe_load(args.old.read_text())
    report = compare(old, new)
    old_version, new_version = old["info"]["version"], new["info"]["version"]
    print(f"api-diff {label} ({old_version}) -> {new_version}: {len(report.added)} addition(s)")
    for line in report.added:
        print(f"  + {line}")
    for line in report.breaking:
        print(f"  ! BREAKING {line}")
    if report.breaking and not allows_breaking(old_version, new_version):
        sys.exit(f"{len(report.breaking)} breaking change(s) need a major (or, before 1.0, a minor) version bump")


if __name__ == "__main__":
    main()
