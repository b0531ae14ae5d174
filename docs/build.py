"""Builds the documentation site (mkdocs-material + mkdocstrings) into a folder.

    python docs/build.py --output site

The hand-written pages (docs/*.md, docs/guides/) are copied into a staging folder next to
pages written here from the packages themselves: one page per tag of the spec listing its
operations with every parameter (from the generated `<Tag>Operations` docstrings), and the
models grouped by the tag whose operations use them, so no page grows past about a megabyte.
The navigation is written here too, so a new tag or model needs no edit to the docs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
API = ROOT / "generated_client" / "activecampaign_api"
CONFIG = DOCS / "mkdocs.yml"

# The hand-written pages, in the order of the navigation.
GUIDES = [
    ("Pagination", "guides/pagination.md"),
    ("Getting your data out: exports and warehouses", "guides/exporting.md"),
    ("Syncing contacts: one by one or in bulk", "guides/syncing-contacts.md"),
    ("Errors", "guides/errors.md"),
    ("Rate limits and retries", "guides/rate-limits.md"),
    ("Async", "guides/async.md"),
    ("Processes, threads and event loops", "guides/concurrency.md"),
    ("Webhooks", "guides/webhooks.md"),
    ("Testing with the local ActiveCampaign", "guides/testing.md"),
    ("Security and logging", "guides/security.md"),
    ("The activecampaign command", "guides/command-line.md"),
    ("Checking an account against the spec", "guides/verify.md"),
]
SDK_REFERENCE = [
    ("Clients", "reference/clients.md"),
    ("Helpers", "reference/helpers.md"),
    ("Pagination and raw responses", "reference/pagination.md"),
    ("Results of batch helpers", "reference/results.md"),
    ("Errors", "reference/errors.md"),
    ("Rate limiters", "reference/rate-limiters.md"),
    ("Webhook events", "reference/webhook-events.md"),
    ("Logging", "reference/logging.md"),
    ("Local ActiveCampaign", "reference/testing.md"),
    ("Checking against the spec", "reference/verify.md"),
]

# A models page holds at most this many model modules: the largest group (contacts) would
# otherwise make a page of about 1 MB; parts of 20 stay under half of that.
MODELS_PER_PAGE = 20
_TAG_MODEL_IMPORT = re.compile(r"^from \.\.\.models\.(\w+) import", re.MULTILINE)
_MODEL_IMPORT = re.compile(r"^from (?:\.\.models\.|\.)(\w+) import", re.MULTILINE)
_DEFINED = re.compile(r"^(?:class (\w+)\b|(\w+) = (?:Literal|TypeVar))", re.MULTILINE)


@dataclass(frozen=True)
class Tag:
    module: str  # the tag's attribute on a client and its package under activecampaign_api.api
    operations_class: str

    @property
    def title(self) -> str:
        return self.module.replace("_", " ").capitalize()


def tags() -> list[Tag]:
    """Every tag package with its `<Tag>Operations` class, read from the source (nothing imported)."""
    found = []
    for package in sorted(path for path in (API / "api").iterdir() if (path / "__init__.py").is_file()):
        source = (package / "__init__.py").read_text()
        names = re.findall(r"^class ((?!Async)\w+Operations)\b", source, re.MULTILINE)
        if len(names) != 1:
            raise SystemExit(f"{package.name}: expected one <Tag>Operations class, found {names}")
        found.append(Tag(package.name, names[0]))
    return found


def model_groups(all_tags: Iterable[Tag]) -> dict[str, list[str]]:
    """Model modules by tag: those a tag's operations name, then the models those models use.

    A model used by several tags is documented once, with the first tag (alphabetically) that
    reaches it; models no operation reaches end up in "other"."""
    depends: dict[str, list[str]] = {}
    for path in sorted((API / "models").glob("*.py")):
        if path.stem != "__init__":
            depends[path.stem] = sorted(set(_MODEL_IMPORT.findall(path.read_text())) - {path.stem})
    owner: dict[str, str] = {}
    groups: dict[str, list[str]] = {}
    for tag in all_tags:
        direct = sorted(set(_TAG_MODEL_IMPORT.findall((API / "api" / tag.module / "__init__.py").read_text())))
        pending = [module for module in direct if module in depends]
        group = groups.setdefault(tag.module, [])
        while pending:
            module = pending.pop(0)
            if module in owner:
                continue
            owner[module] = tag.module
            group.append(module)
            pending.extend(depends[module])
    rest = [module for module in depends if module not in owner]
    if rest:
        groups["other"] = rest
    return {tag: sorted(modules) for tag, modules in groups.items() if modules}


def model_pages(groups: dict[str, list[str]]) -> list[tuple[str, str, str, list[str]]]:
    """(group, file stem, title, model modules) per models page: a large group is cut into parts."""
    pages = []
    for group, modules in groups.items():
        title = "Models used by no operation" if group == "other" else f"{group.replace('_', ' ').capitalize()} models"
        parts = [modules[start : start + MODELS_PER_PAGE] for start in range(0, len(modules), MODELS_PER_PAGE)]
        for number, part in enumerate(parts, 1):
            if len(parts) == 1:
                pages.append((group, group, title, part))
            else:
                pages.append((group, f"{group}-{number}", f"{title} ({number} of {len(parts)})", part))
    return pages


def _defined_names(module: str) -> list[str]:
    source = (API / "models" / f"{module}.py").read_text()
    return [klass or alias for klass, alias in _DEFINED.findall(source) if (klass or alias) not in ("T",)]


def tag_page(tag: Tag, model_page: str | None) -> str:
    models_link = f"Models used here: [{tag.title} models](../models/{model_page}.md).\n\n" if model_page else ""
    return f"""# {tag.title}

`ac.{tag.module}` on a client: every operation of the `{tag.module}` tag. Each method sends one request
through the client's pipeline (rate limit, retries when safe, timeouts, typed errors) and returns the
parsed 2xx body. On `AsyncActiveCampaign` the same methods (class `Async{tag.operations_class}`) are
awaitable. From the command line: `activecampaign {tag.module.replace("_", "-")} <operation> --help`.

{models_link}::: activecampaign_api.api.{tag.module}.{tag.operations_class}
    options:
      heading_level: 2
      show_root_heading: true
      show_root_full_path: false
      members_order: source
"""


def models_page(title: str, modules: list[str]) -> str:
    lines = [
        f"# {title}",
        "",
        "Response bodies (msgspec Structs typed by the wire-tolerance policy), request bodies (attrs "
        "classes), both with `from_dict` and `to_dict`, and the literal types of parameters. Import them "
        "from `activecampaign_api.models`.",
        "",
    ]
    for module in modules:
        for name in _defined_names(module):
            lines += [
                f"::: activecampaign_api.models.{module}.{name}",
                "    options:",
                "      heading_level: 2",
                "      show_root_heading: true",
                "      show_root_full_path: false",
                "",
            ]
    return "\n".join(lines)


def stage(target: Path) -> dict[str, Any]:
    """Write every page into `target` (the docs_dir); return the mkdocs configuration."""
    for page in [*DOCS.glob("*.md"), *DOCS.glob("guides/*.md"), *DOCS.glob("reference/*.md")]:
        destination = target / page.relative_to(DOCS)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, destination)
    all_tags = tags()
    pages = model_pages(model_groups(all_tags))
    first_page = {group: stem for group, stem, _, _ in reversed(pages)}
    (target / "operations").mkdir()
    (target / "models").mkdir()
    for tag in all_tags:
        (target / "operations" / f"{tag.module}.md").write_text(tag_page(tag, first_page.get(tag.module)))
    for _, stem, title, modules in pages:
        (target / "models" / f"{stem}.md").write_text(models_page(title, modules))
    index = ["# Operations by tag", "", "| Tag | Client attribute |", "| --- | --- |"]
    index += [f"| [{tag.title}]({tag.module}.md) | `ac.{tag.module}` |" for tag in all_tags]
    (target / "operations" / "index.md").write_text("\n".join(index) + "\n")

    config: dict[str, Any] = yaml.safe_load(CONFIG.read_text())
    config["nav"] = [
        {"Home": "index.md"},
        {"Guides": [{title: path} for title, path in GUIDES]},
        {"SDK reference": [{title: path} for title, path in SDK_REFERENCE]},
        {
            "Operations": [
                {"All tags": "operations/index.md"},
                *({tag.title: f"operations/{tag.module}.md"} for tag in all_tags),
            ]
        },
        {"Models": [{title.removesuffix(" models"): f"models/{stem}.md"} for _, stem, title, _ in pages]},
        {"Contributing": "contributing.md"},
        {"Changelog": "changelog.md"},
    ]
    shutil.copyfile(ROOT / "CHANGELOG.md", target / "changelog.md")
    return config


def build(output: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="activecampaign-docs-") as staging:
        source = Path(staging) / "src"
        source.mkdir()
        config = stage(source)
        config["docs_dir"] = str(source)
        config["site_dir"] = str(output.resolve())
        config_file = Path(staging) / "mkdocs.yml"
        config_file.write_text(yaml.safe_dump(config, sort_keys=False))
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--clean", "--config-file", config_file],
            cwd=ROOT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise SystemExit(f"mkdocs build failed:\n{done.stdout}{done.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=ROOT / "site", help="where the site goes (default: site/)")
    build(parser.parse_args().output)


if __name__ == "__main__":
    main()
