"""The bundled spec, loaded once, and look-ups the tests share."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "openapi" / "activecampaign.yaml"
# AC_CASSETTES moves them elsewhere: the record-truth test records into a temporary folder.
CASSETTES = Path(os.environ.get("AC_CASSETTES") or Path(__file__).resolve().parent / "cassettes")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str

    @property
    def cassette_dir(self) -> Path:
        return CASSETTES / re.sub(r"\s+", "-", self.tag.strip().lower())

    def matches(self, method: str, path: str) -> bool:
        """Whether a request (`path` relative to /api/3) is a call of this operation."""
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(self.path)) + "$"
        return method.lower() == self.method and re.match(pattern, path) is not None


@cache
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(BUNDLE.read_bytes(), Loader=yaml.CSafeLoader)
    return loaded


@cache
def operations() -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for path, item in document()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                found[op["operationId"]] = Operation(op["operationId"], method, path, op["tags"][0])
    return found
