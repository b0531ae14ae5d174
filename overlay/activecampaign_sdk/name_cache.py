"""Names resolved to ids for the length of one job, and the keys under which creates by name are single-flight.

A job (`upsert_contacts`, its bulk path) resolves each distinct tag, list and field name once;
the ids it found are kept here until the job ends, or until the API answers 404 for one of
them (the object was deleted meanwhile), which drops the names of that row to look them up again.

A look-up that reads a page keeps every name -> id pair the page shows, not just the one it was
after, and a walk of every item of a kind (the lists) marks that kind `walked`: for the rest of the
job a name the walk did not see is known to be missing, so D distinct names cost one walk, not D.
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
    # Kinds whose every item this job has seen (a whole walk): an unseen name of theirs is missing.
    walked: set[str] = field(default_factory=set)

    def get(self, kind: str, name: str) -> str | None:
        found = self.ids.get(name_key(kind, name))
        if found is None and kind in self.walked:
            return MISSING
        return found

    def put(self, kind: str, name: str, found: str) -> None:
        self.ids[name_key(kind, name)] = found

    def saw(self, kind: str, pairs: Iterable[tuple[object, str]]) -> None:
        """Keep every (name, id) a page showed; the first pair of a name wins, as in the page's order."""
        seen: dict[NameKey, str] = {}
        for name, found in pairs:
            if isinstance(name, str) and name.strip() and found:
                seen.setdefault(name_key(kind, name), found)
        self.ids.update(seen)

    def saw_all(self, kind: str, pairs: Iterable[tuple[object, str]]) -> None:
        """A whole walk of `kind`: keep its pairs, and know that a name it did not show is missing."""
        self.saw(kind, pairs)
        self.walked.add(kind)

    def forget(self, kind: str, names: Iterable[object]) -> None:
        for name in names:
            if isinstance(name, str):
                self.ids.pop(name_key(kind, name), None)
        self.walked.discard(kind)

    def forget_row(self, tags: Iterable[object], lists: Iterable[object], fields: Iterable[object]) -> bool:
        """Drop the names one row used; whether any of them was cached (only then is a retry worth it)."""
        keys = [
            *(name_key("tag:contact", t) for t in tags if isinstance(t, str)),
            *(name_key("list", n) for n in lists if isinstance(n, str)),
            *(name_key("field", f) for f in fields if isinstance(f, str)),
        ]
        dropped = [key for key in keys if self.ids.pop(key, None) is not None]
        if any(key[0] == "list" for key in dropped):
            self.walked.discard("list")  # a list went away: the walk is stale, the next name walks again
        return bool(dropped)
