"""The drift check: `verify_account(ac)` reads what the account serves and checks it against the spec.

    from activecampaign_sdk.verification import verify_account, verify_account_async

    report = verify_account(ac)                 # ActiveCampaign
    report = await verify_account_async(ac)     # AsyncActiveCampaign
    report.agrees, report.disagreements, report.as_json()

The walk itself is written once, for asyncio (its synchronous twin is generated); this module
decides which requests it sends, and holds what they showed (`VerifyReport`).

The plan: every GET operation of the spec served from the account's own host that needs no
parameter (list endpoints, `/users/me`, ...), a bounded number of pages each; then every GET
operation of one record (`/contacts/{id}`, `/contacts/{id}/notes`, ...) whose list the walk read,
for the first record of that list. Everything else is skipped, with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import InvalidInputError
from .spec_check import Disagreement, Spec

if TYPE_CHECKING:
    from . import ActiveCampaign, AsyncActiveCampaign

# Statuses with which an account refuses an operation (a feature it lacks, a permission the token
# lacks, a record gone): the operation is skipped, not counted against the spec.
REFUSED = frozenset({400, 402, 403, 404})
DEFAULT_MAX_PAGES = 2
DEFAULT_PAGE_SIZE = 100
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}\Z")
_PARAMETER = re.compile(r"\{[^/{}]+\}")


@dataclass(frozen=True)
class Step:
    """One operation to read: `path` is the spec's template; `parent` is the list whose first record fills it."""

    operation: str
    path: str
    paged: bool
    parent: str | None = None
    checked: bool = True
    """False for a list read only to learn a record of it (the caller did not ask for the list)."""

    def concrete(self, record_id: str | None) -> str:
        if record_id is None:
            return self.path
        return _PARAMETER.sub(record_id, self.path, count=1)


@dataclass(frozen=True)
class Checked:
    operation: str
    answers: int
    """Answers checked (pages of a list, 1 for a record)."""


@dataclass(frozen=True)
class Skipped:
    operation: str
    reason: str
    """``refused`` (the account answered `status`), ``failed`` (it kept failing), ``other host``,
    ``needs parameters``, ``no record to read``."""
    status: int | None = None

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"operation": self.operation, "reason": self.reason}
        if self.status is not None:
            found["status"] = self.status
        return found


@dataclass
class VerifyReport:
    """What the walk read and where the account disagrees with the spec (no value of any answer is in it)."""

    spec_version: str
    checked: list[Checked] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    requests: int = 0

    @property
    def agrees(self) -> bool:
        return not self.disagreements

    def add(self, found: Sequence[Disagreement]) -> None:
        self.disagreements = list(dict.fromkeys([*self.disagreements, *found]))

    def as_json(self) -> dict[str, Any]:
        """The report as the command writes it with `--report`."""
        return {
            "spec_version": self.spec_version,
            "requests": self.requests,
            "checked": [{"operation": item.operation, "answers": item.answers} for item in self.checked],
            "skipped": [item.as_dict() for item in self.skipped],
            "disagreements": [item.as_dict() for item in self.disagreements],
        }


def readable_operations(spec: Spec) -> list[str]:
    """The GET operations of the spec, in its order."""
    return [opid for opid in spec.operation_ids() if spec.method_and_path(opid)[0] == "GET"]


def plan(spec: Spec, operations: Sequence[str] | None = None) -> tuple[list[Step], list[Skipped]]:
    """The steps of a walk over `operations` (default: every GET operation), lists before records."""
    readable = readable_operations(spec)
    if operations is not None:
        unknown = [opid for opid in operations if opid not in readable]
        if unknown:
            raise InvalidInputError(f"not a GET operation of the spec: {', '.join(unknown)}")
    wanted = readable if operations is None else list(dict.fromkeys(operations))
    lists: dict[str, Step] = {}
    records: list[tuple[str, str, str]] = []  # (operation, path, list path)
    skipped: list[Skipped] = []
    for opid in readable:
        _, path = spec.method_and_path(opid)
        operation = spec.operation(opid)
        names = _PARAMETER.findall(path)
        if operation.get("servers"):
            reason = "other host"
        elif _required_query(spec, operation):
            reason = "needs parameters"
        elif not names:
            lists[path] = Step(opid, path, paged=_paged(spec, operation))
            continue
        elif len(names) == 1 and path.index(names[0]) > 1:
            records.append((opid, path, path[: path.index(names[0]) - 1]))
            continue
        else:
            reason = "needs parameters"
        if opid in wanted:
            skipped.append(Skipped(opid, reason))
    steps = [step for step in lists.values() if step.operation in wanted]
    for opid, path, parent_path in records:
        if opid not in wanted:
            continue
        parent = lists.get(parent_path)
        if parent is None:
            skipped.append(Skipped(opid, "needs parameters"))
            continue
        if parent.operation not in {step.operation for step in steps}:
            steps.append(Step(parent.operation, parent.path, paged=False, checked=False))
        steps.append(Step(opid, path, paged=False, parent=parent.operation))
    return steps, skipped


def _parameters(spec: Spec, operation: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    found = []
    for parameter in operation.get("parameters", ()):
        if "$ref" in parameter:
            parameter = spec.resolve(parameter)
        found.append(parameter)
    return found


def _required_query(spec: Spec, operation: Mapping[str, Any]) -> bool:
    return any(p.get("in") == "query" and p.get("required") for p in _parameters(spec, operation))


def _paged(spec: Spec, operation: Mapping[str, Any]) -> bool:
    names = {p.get("name") for p in _parameters(spec, operation) if p.get("in") == "query"}
    return {"limit", "offset"} <= names


def page_params(step: Step, page: int, page_size: int) -> dict[str, Any] | None:
    if not step.paged:
        return None
    return {"limit": page_size, "offset": page * page_size}


def items_of(step: Step, body: object) -> list[Any] | None:
    """The records of a list answer: the array named as the path's last segment, else its only array."""
    if not isinstance(body, dict):
        return None
    name = step.path.rsplit("/", 1)[-1]
    named = body.get(name)
    if isinstance(named, list):
        return named
    arrays = [value for value in body.values() if isinstance(value, list)]
    return arrays[0] if len(arrays) == 1 else None


def first_id(items: list[Any] | None) -> str | None:
    """The id of the first record, when it is one that can go into a path."""
    for item in items or ():
        if isinstance(item, dict):
            value = item.get("id")
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value)
            if isinstance(value, str) and _SAFE_ID.match(value):
                return value
            return None
    return None


def has_more(step: Step, body: object, page: int, page_size: int) -> bool:
    """Whether a paged list may have another page after `page` (0-based)."""
    if not step.paged:
        return False
    items = items_of(step, body)
    if items is None or len(items) < page_size:
        return False
    meta = body.get("meta") if isinstance(body, dict) else None
    total = meta.get("total") if isinstance(meta, dict) else None
    try:
        return total is None or int(total) > (page + 1) * page_size
    except (TypeError, ValueError):
        return True


def verify_account(
    ac: ActiveCampaign,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
    page_size: int = DEFAULT_PAGE_SIZE,
    operations: Sequence[str] | None = None,
    spec: Spec | None = None,
    progress: Callable[[str], None] | None = None,
) -> VerifyReport:
    """Read the account's readable operations (`operations`: these GET operationIds only) and check each answer.

    Lists are read `max_pages` pages of `page_size` at most; each record operation once, for the
    first record of its list. An operation the account refuses (400, 402, 403, 404) or that keeps
    failing is skipped with its status. `progress` is called with each operationId before it is
    read. Raises `InvalidInputError` for an operation that is not a GET operation of the spec
    (before any request).
    """
    from ._sync.verify import verify_account as walk

    return walk(ac, max_pages=max_pages, page_size=page_size, operations=operations, spec=spec, progress=progress)


async def verify_account_async(
    ac: AsyncActiveCampaign,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
    page_size: int = DEFAULT_PAGE_SIZE,
    operations: Sequence[str] | None = None,
    spec: Spec | None = None,
    progress: Callable[[str], None] | None = None,
) -> VerifyReport:
    """`verify_account` for `AsyncActiveCampaign`."""
    from ._async.verify import verify_account as walk

    return await walk(ac, max_pages=max_pages, page_size=page_size, operations=operations, spec=spec, progress=progress)
