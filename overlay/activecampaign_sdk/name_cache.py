"""Names resolved to ids for the length of one job, and the keys under which creates by name are single-flight.

A job (`upsert_contacts`, its bulk path) resolves each distinct tag, list and field name once;
the ids it found are kept here until the job ends, or until the API answers 404 for one of
them (the object was deleted meanwhile), which drops the names of that row to look them up again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

NameKey = tuple[str, str]
# Cached for a name the look-up did not find: the job's other rows naming it fail without a look-up each.
MISSING = ""


def name_key(kind: str, name: str) -> NameKey:
    """`kind` ("tag:contact", "list", "field", "account") and the name as the API compares it."""
    return kind, name.strip().strip("%").casefold() if kind == "field" else name.strip().casefold()


@dataclass
class JobCache:
    ids: dict[NameKey, str] = field(default_factory=dict)

    def get(self, kind: str, name: str) -> str | None:
        return self.ids.get(name_key(kind, name))

    def put(self, kind: str, name: str, found: str) -> None:
        self.ids[name_key(kind, name)] = found

    def forget(self, kind: str, names: Iterable[object]) -> None:
        for name in names:
            if isinstance(name, str):
                self.ids.pop(name_key(kind, name), None)

    def forget_row(self, tags: Iterable[object], lists: Iterable[object], fields: Iterable[object]) -> bool:
        """Drop the names one row used; whether any of them was cached (only then is a retry worth it)."""
        keys = [
            *(name_key("tag:contact", t) for t in tags if isinstance(t, str)),
            *(name_key("list", n) for n in lists if isinstance(n, str)),
            *(name_key("field", f) for f in fields if isinstance(f, str)),
        ]
        dropped = [key for key in keys if self.ids.pop(key, None) is not None]
        return bool(dropped)
