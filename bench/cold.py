"""Cold start: importing the SDK (and building a client, reaching a tag) against the same with httpx alone.

Each figure is the median of ROUNDS fresh interpreters, timed inside the interpreter from just before
the statement to just after it (the interpreter's own start-up is the same for both and left out).
The modules are compiled to bytecode first, as pip compiles an installed wheel. click and rich
(which httpx imports for its command line when they are installed, and this project installs
them for its own) are blocked in every run, as on a machine that has only the SDK's dependencies.

    .venv/bin/python -m bench.cold
"""

from __future__ import annotations

import compileall
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 15

# Makes `import click` / `import rich` fail as if they were not installed.
_BLOCK = """
import sys, time
class _Blocked:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("click", "rich"):
            raise ImportError(name)
        return None
sys.meta_path.insert(0, _Blocked())
"""

STATEMENTS = {
    "import httpx": "import httpx",
    "import activecampaign_sdk": "import activecampaign_sdk",
    "from activecampaign_sdk import ActiveCampaign": "from activecampaign_sdk import ActiveCampaign",
    "import httpx; httpx.Client()": "import httpx; httpx.Client()",
    "import activecampaign_sdk; client; first ac.contacts": (
        "import activecampaign_sdk; ac = activecampaign_sdk.ActiveCampaign('https://bench.api-us1.com', 't');"
        " ac.contacts"
    ),
    "import activecampaign_sdk; client; first ac.tags": (
        "import activecampaign_sdk; ac = activecampaign_sdk.ActiveCampaign('https://bench.api-us1.com', 't'); ac.tags"
    ),
}


def compile_tree() -> None:
    """Bytecode for the editable tree (this machine may set PYTHONDONTWRITEBYTECODE)."""
    for folder in (ROOT / "overlay", ROOT / "generated_client"):
        compileall.compile_dir(str(folder), quiet=1)


def _once(statement: str) -> float:
    code = (
        _BLOCK
        + "started = time.perf_counter()\n"
        + statement
        + "\nprint(time.perf_counter() - started)\n"
        + "assert 'click' not in sys.modules and 'rich' not in sys.modules\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True)
    return float(out.stdout.strip())


def measure(rounds: int = ROUNDS) -> dict[str, float]:
    """Median seconds per statement; the statements take turns, so noise hits all alike."""
    compile_tree()
    for statement in STATEMENTS.values():
        _once(statement)  # warm the file cache
    timed: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(rounds):
        for name, statement in STATEMENTS.items():
            timed[name].append(_once(statement))
    return {name: statistics.median(values) for name, values in timed.items()}


def rows(figures: dict[str, float]) -> list[tuple[str, str]]:
    """(measure, result) rows, each SDK figure beside its httpx peer from the same run."""
    httpx_import = figures["import httpx"]
    httpx_client = figures["import httpx; httpx.Client()"]
    out = [("Cold `import httpx` (peer)", f"{httpx_import * 1e3:.1f} ms")]
    sdk = figures["import activecampaign_sdk"]
    out.append(("Cold `import activecampaign_sdk`", f"{sdk * 1e3:.1f} ms = {sdk / httpx_import:.2f}x httpx"))
    named = figures["from activecampaign_sdk import ActiveCampaign"]
    out.append(
        (
            "Cold `from activecampaign_sdk import ActiveCampaign`",
            f"{named * 1e3:.1f} ms = {named / httpx_import:.2f}x httpx",
        )
    )
    out.append(("Cold `import httpx; httpx.Client()` (peer)", f"{httpx_client * 1e3:.1f} ms"))
    for tag in ("contacts", "tags"):
        value = figures[f"import activecampaign_sdk; client; first ac.{tag}"]
        out.append(
            (
                f"Cold import + `ActiveCampaign(...)` + first `ac.{tag}`",
                f"{value * 1e3:.1f} ms = {value / httpx_client:.2f}x httpx + client",
            )
        )
    return out


if __name__ == "__main__":
    result = measure()
    print(json.dumps({name: round(value * 1e3, 2) for name, value in result.items()}, indent=2))
    for name, value in rows(result):
        print(f"{name}: {value}")
