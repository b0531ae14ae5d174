"""`make demo`: serve the bundled spec with Prism on 127.0.0.1, run the quickstart
against it through the SDK, and stop the mock. No account needed."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi" / "activecampaign.yaml"


def _mounted_under_api_path(target: Path) -> Path:
    """Prism serves a spec's paths from the root and ignores the server URL's path; the
    SDK calls /api/3/..., as the real API is laid out, so mount the paths there."""
    document = yaml.safe_load(SPEC.read_text())
    document["paths"] = {f"/api/3{path}": item for path, item in document["paths"].items()}
    target.write_text(yaml.safe_dump(document, sort_keys=False))
    return target


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_serving(url: str, mock: subprocess.Popen[bytes], deadline: float) -> None:
    while time.monotonic() < deadline:
        if mock.poll() is not None:
            raise SystemExit(f"prism exited with status {mock.returncode}")
        try:
            httpx.get(f"{url}/api/3/tags", headers={"Api-Token": "demo"}, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("prism did not start within 60 s")


def main() -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    spec = _mounted_under_api_path(Path(tempfile.mkdtemp()) / "activecampaign.yaml")
    mock = subprocess.Popen(
        [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), "--errors", str(spec)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_until_serving(url, mock, time.monotonic() + 60)
        print(f"Prism is mocking {SPEC.relative_to(ROOT)} at {url}")
        env = {**os.environ, "AC_API_URL": url, "AC_API_TOKEN": "demo-token"}
        subprocess.run([sys.executable, str(ROOT / "examples" / "quickstart.py")], env=env, check=True)
    finally:
        mock.terminate()
        mock.wait(timeout=10)
        shutil.rmtree(spec.parent)


if __name__ == "__main__":
    main()
