"""Files the commands write whole or not at all: a temporary file beside the target, renamed over it once
complete, so an interrupted or failed run leaves the previous file as it was.

The temporary file is made when the command starts, before its first request: a folder that cannot take
it is a usage error (exit 2) at once, not a discovery after the rows were sent or the account was read.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click


@dataclasses.dataclass(frozen=True)
class Replacement:
    """The temporary file being written; `commit()` puts it in place of the target."""

    stream: IO[str]
    temporary: Path
    target: Path

    def commit(self) -> None:
        self.stream.flush()
        os.fsync(self.stream.fileno())
        os.replace(self.temporary, self.target)


@contextlib.contextmanager
def replacing(target: Path, option: str) -> Iterator[Replacement]:
    """A temporary file beside `target` (same folder, so the rename is atomic), removed on leaving unless
    committed. `click.BadParameter` naming `option` when the folder cannot take it."""
    if target.is_dir():
        raise click.BadParameter(f"{target} is a directory", param_hint=option)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    except OSError as error:
        raise click.BadParameter(f"cannot write {target}: {error.strerror or error}", param_hint=option) from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", newline="", encoding="utf-8") as stream:
            yield Replacement(stream, temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
