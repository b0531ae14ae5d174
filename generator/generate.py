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


def generate(output: Path, spec: Path = SPEC) -> None:
    strings.sanitize = _sanitize_brackets_as_separators
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / PACKAGE
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
