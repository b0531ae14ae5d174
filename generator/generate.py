"""Generate the `activecampaign_api` package from the bundled spec.

    python generator/generate.py [--output DIR]

Runs the pinned openapi-python-client on `openapi/activecampaign.yaml`, then
formats the result with the pinned ruff. Without `--output` the committed
tree `generated_client/activecampaign_api` is replaced.

Additions to the generator's output, all verified by check_generated.py: custom
templates (`templates/`, each change marked "Changed from upstream") give each tag
package typed `<Tag>Operations` classes whose operations load when first called,
give each operation a `ROUTE` (what the spec says of it: operationId, method, path,
server, idempotency, comma-separated parameters, success statuses, parser), and make
every response model a msgspec Struct decoded straight from the body's bytes, its
attribute types set by the wire-tolerance policy (`wire_policy.py`, decided per
attribute in `shapes.py`). Templates of our own write `decoding.py` (the decoder),
`operations.py` (every tag on one object) and `routes.py` (the route table behind
`ac.request()`); `wire_policy.py` is copied as `wire.py`.

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
from openapi_python_client import Project, strings
from openapi_python_client.cli import app
from shapes import Shapes

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "activecampaign.yaml"
CONFIG = Path(__file__).resolve().parent / "config.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE = "activecampaign_api"
DEFAULT_OUTPUT = ROOT / "generated_client" / PACKAGE
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_original_sanitize = strings.sanitize
_original_project_init = Project.__init__
_original_build_api = Project._build_api
# Written by templates of our own, beside upstream's files, into the package.
OWN_TEMPLATES = {
    "decoding.py": "decoding.py.jinja",
    "operations.py": "operations.py.jinja",
    "routes.py": "routes.py.jinja",
}


def _project_init_with_shapes(self: Project, **kwargs: Any) -> None:
    _original_project_init(self, **kwargs)
    document = yaml.load(Path(str(self.config.document_source)).read_text(), Loader=_LOADER)
    self.env.globals["shapes"] = Shapes(self.openapi, document)


def _build_api_and_our_modules(self: Project) -> None:
    _original_build_api(self)
    for name, template in OWN_TEMPLATES.items():
        (self.package_dir / name).write_text(self.env.get_template(template).render(), encoding="utf-8")
    shutil.copyfile(Path(__file__).resolve().parent / "wire_policy.py", self.package_dir / "wire.py")


def _sanitize_brackets_as_separators(value: str) -> str:
    return _original_sanitize(value.replace("[", "_").replace("]", "_"))


def _with_parameter_descriptions(spec: Path, destination: Path) -> Path:
    """The spec with each parameter's description copied onto its schema.

    The generator documents a parameter from its schema's description and drops the parameter's
    own, which is where the spec says what a parameter means and what limits it has.
    """
    document: dict[str, Any] = yaml.load(spec.read_text(), Loader=_LOADER)
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
    Project.__init__ = _project_init_with_shapes  # type: ignore[method-assign]
    Project._build_api = _build_api_and_our_modules  # type: ignore[method-assign]
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
            Project.__init__ = _original_project_init  # type: ignore[method-assign]
            Project._build_api = _original_build_api  # type: ignore[method-assign]
        # PEP 561 marker: without it, type checkers ignore the installed package's annotations.
        # The generator only writes it when it also writes project metadata, which we do not use.
        (staging / "py.typed").write_text("")
        # Requests are sent by the SDK's `Caller` (see templates/api_init.py.jinja), not by upstream's `Client`.
        (staging / "client.py").unlink()
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
