"""Generate the `activecampaign_api` package from the bundled spec.

    python generator/generate.py [--output DIR]

Runs the pinned openapi-python-client on `openapi/activecampaign.yaml`, then
formats the result with the pinned ruff. Without `--output` the committed
tree `generated_client/activecampaign_api` is replaced.

Additions to the generator's output, all verified by check_generated.py: custom
templates (`templates/`, each change marked "Changed from upstream") give each tag
package typed `<Tag>Operations` classes, parse responses faster (msgspec
decoding, `from_dict` without a second pass through `__init__`) and raise one
`ParseError` on a body that does not fit, and
`operations.py` (see that module) gathers the operations for the SDK.

The one change made here to the generator's behaviour: ActiveCampaign's query parameters use
bracketed names (`filters[created_after]`, `orders[cdate]`). The generator's
identifier sanitiser deletes the brackets and fuses the words
(`filterscreated_after`). Here brackets count as word separators, so the
Python name is `filters_created_after` while the wire name stays untouched.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import strings
from openapi_python_client.cli import app
from operations import write as write_operations

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "activecampaign.yaml"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE = "activecampaign_api"
DEFAULT_OUTPUT = ROOT / "generated_client" / PACKAGE

_original_sanitize = strings.sanitize


def _sanitize_brackets_as_separators(value: str) -> str:
    return _original_sanitize(value.replace("[", "_").replace("]", "_"))


def _with_parameter_descriptions(spec: Path, destination: Path) -> Path:
    """The spec with each parameter's description copied onto its schema.

    The generator documents a parameter from its schema's description and drops the parameter's
    own, which is where the spec says what a parameter means and what limits it has.
    """
    document: dict[str, Any] = yaml.safe_load(spec.read_text())
    parameters = [*document.get("components", {}).get("parameters", {}).values()]
    for item in document.get("paths", {}).values():
        parameters += item.get("parameters", [])
        parameters += [p for op in item.values() if isinstance(op, dict) for p in op.get("parameters", [])]
    for parameter in parameters:
        schema = parameter.get("schema")
        if parameter.get("description") and isinstance(schema, dict) and "$ref" not in schema:
            schema.setdefault("description", parameter["description"])
    destination.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))
    return destination


def generate(output: Path, spec: Path = SPEC) -> None:
    strings.sanitize = _sanitize_brackets_as_separators
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / PACKAGE
        spec = _with_parameter_descriptions(spec, Path(tmp) / "spec.yaml")
        try:
            app(
                [
                    "generate",
                    "--path",
                    str(spec),
                    "--config",
                    str(CONFIG),
                    "--custom-template-path",
                    str(TEMPLATES),
                    "--meta",
                    "none",
                    "--output-path",
                    str(staging),
                    "--fail-on-warning",
                ],
                standalone_mode=False,
            )
        finally:
            strings.sanitize = _original_sanitize
        # PEP 561 marker: without it, type checkers ignore the installed package's annotations.
        # The generator only writes it when it also writes project metadata, which we do not use.
        (staging / "py.typed").write_text("")
        # Requests are sent by the SDK's `Caller` (see templates/api_init.py.jinja), not by upstream's `Client`.
        (staging / "client.py").unlink()
        write_operations(staging, spec)
        ruff = [sys.executable, "-m", "ruff"]
        settings = ["--config", str(ROOT / "pyproject.toml")]
        subprocess.run([*ruff, "check", "--fix-only", "--quiet", *settings, str(staging)], check=True)
        subprocess.run([*ruff, "format", "--quiet", *settings, str(staging)], check=True)
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="package directory to write")
    args = parser.parse_args()
    generate(args.output.resolve())


if __name__ == "__main__":
    main()
