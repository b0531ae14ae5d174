"""`ac.bulk_import(...)`: any number of contacts through `POST /import/bulk_import`, every row accounted for.

    result = ac.bulk_import(rows)                  # waits until the API has processed every batch
    for row in result.failed:
        print(row.index, row.email, row.reason)

What the API does and how the helper answers it:

- At most 250 contacts per request: rows are sent in batches of 250, read lazily.
- One invalid row rejects the whole batch (400 + `failureReasons` naming rows by
  position): rows with a missing or ill-formed e-mail are failed locally and never
  sent; the rows a 400 names are failed with the API's reason and the rest of the
  batch is sent again.
- 100 imports per minute per account: a second limiter (shared per account in
  the process, pluggable as `import_limiter=`) is taken before each POST, on top
  of the 5 requests/s limiter. A 429, or the 400 whose `failureReasons` are plain
  sentences about the rate limit, means nothing was queued: the batch is sent
  again after `ImportPolicy.rate_limited_wait` (or Retry-After), up to
  `ImportPolicy.max_resubmits` times.
- The POST is not idempotent: after a timeout, a dropped connection or a 5xx the batch may
  or may not be queued, so it is never sent again; its rows are failed with a reason
  saying so (check them before importing them again).
- `wait=True` polls `GET /import/info?batchId=` with growing pauses until the batch's
  `status` is `completed`; the e-mails in its `failure` list are failed, the other
  rows succeeded. Each batch keeps its own schedule from the moment it is queued, and
  batches that are due are polled between imports too, so the API processes earlier
  batches while later ones are sent and no pause is spent on a batch long done.
  Batches still processing `ImportPolicy.poll_timeout` after being queued stay
  `queued`. `wait=False` returns as soon as every batch is queued.
- Rows are checked before anything is sent: an unknown or miscased key (`firstName`), a value
  of the wrong type (`first_name=12345`) or one JSON cannot carry (a `Decimal`) fails that
  row, with a reason naming the key.
- Whatever happens once a batch is queued (a status check that fails or does not parse, a
  Retry-After of a day, a closed client), `bulk_import` returns with one outcome per row: a
  batch whose POST got an answer the SDK cannot read is "unknown" (it may have been queued);
  every wait is capped by `ImportPolicy.max_wait`.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Required, TypeAlias, TypedDict

from activecampaign_api.errors import ParseError
from activecampaign_api.types import UNSET

from .checks import check_email, rows_of, seconds, whole_number
from .errors import (
    ActiveCampaignError,
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    InvalidInputError,
    PermissionDeniedError,
    RateLimitError,
    RateLimiterUnavailableError,
    ResponseParseError,
)

if TYPE_CHECKING:
    # Only for annotations; models are imported where bodies are built (see contact_requests).
    from activecampaign_api.models import (
        BulkImportCallback,
        BulkImportContact,
        BulkImportInfo,
        BulkImportQueued,
        BulkImportRequest,
    )

logger = logging.getLogger("activecampaign_sdk")

# The API's cap on contacts per bulk import request.
BATCH_SIZE = 250
COMPLETED = "completed"
# Bounds of `ImportPolicy`'s timings: polls at least 1 ms apart, no single timing over a day.
MIN_POLL = 0.001
MAX_POLICY_SECONDS = 86400.0

# "unknown": the API's answer to the batch's POST could not be read; the rows may have been queued.
RowStatus = Literal["succeeded", "failed", "queued", "unknown"]


class FieldValue(TypedDict):
    """A custom field's value as the API writes it: `{"id": 3, "value": "11-50"}` (the field's id)."""

    id: int | str
    value: str


ImportFieldValue = FieldValue  # the name this type had first


class ImportListRef(TypedDict):
    listid: int | str


class ImportRow(TypedDict, total=False):
    """One row for `bulk_import`: `BulkImportContact`'s keys, spelt as its `from_dict` reads them."""

    email: Required[str]
    first_name: str
    last_name: str
    phone: str
    customer_acct_name: str
    exclude_automations: bool
    tags: list[str]
    fields: list[FieldValue] | Mapping[int | str, str]
    """The API's `[{"id": field id, "value": text}]`, or `{field id: text}` as `upsert_contact` takes them."""
    subscribe: list[ImportListRef]
    unsubscribe: list[ImportListRef]


AnyImportRow: TypeAlias = "ImportRow | BulkImportContact"
IMPORT_KEYS = ImportRow.__required_keys__ | ImportRow.__optional_keys__
_TEXT_KEYS = ("email", "first_name", "last_name", "phone", "customer_acct_name")


class ImportRowError(ActiveCampaignError):
    """Why a row of the bulk path of `upsert_contacts` did not succeed: `status` "failed", "queued" or "unknown"."""

    def __init__(self, status: RowStatus, reason: str) -> None:
        super().__init__(f"{status}: {reason}")
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class RowOutcome:
    """What became of one input row; `index` is its position in the input."""

    index: int
    email: str | None
    status: RowStatus
    reason: str | None
    batch_id: str | None


@dataclass(frozen=True)
class BulkImportResult:
    """One `RowOutcome` per input row, in input order."""

    rows: list[RowOutcome]

    @property
    def succeeded(self) -> list[RowOutcome]:
        return [row for row in self.rows if row.status == "succeeded"]

    @property
    def failed(self) -> list[RowOutcome]:
        return [row for row in self.rows if row.status == "failed"]

    @property
    def queued(self) -> list[RowOutcome]:
        return [row for row in self.rows if row.status == "queued"]

    @property
    def unknown(self) -> list[RowOutcome]:
        """Rows whose batch got an answer the SDK could not read: they may have been queued; check before resending."""
        return [row for row in self.rows if row.status == "unknown"]

    @property
    def batch_ids(self) -> list[str]:
        """The batches the API queued, in the order they were queued."""
        return list(dict.fromkeys(row.batch_id for row in self.rows if row.batch_id is not None))


@dataclass(frozen=True)
class ImportProgress:
    """Counts so far, passed to a `progress=` callable after every step.

    `total` is the number of rows when the input has a length (a list, or any sized iterable), else
    None; `batch_ids` the batches the API queued so far, in order; `changed` the outcomes this step
    set, so a caller can record each row as it is queued and settled (before the next batch is sent).
    """

    read: int
    succeeded: int
    failed: int
    queued: int
    event: str
    unknown: int = 0
    total: int | None = None
    batch_ids: tuple[str, ...] = ()
    changed: tuple[RowOutcome, ...] = ()


@dataclass(frozen=True)
class ImportPolicy:
    """Timings of `bulk_import`, in seconds (the defaults suit the real API; tests shrink them)."""

    poll_initial: float = 2.0
    poll_max: float = 30.0
    poll_timeout: float = 1800.0
    rate_limited_wait: float = 60.0
    max_resubmits: int = 5
    # The longest single wait a Retry-After may ask for; a longer (or unreadable) one waits this long.
    max_wait: float = 120.0

    def __post_init__(self) -> None:
        # Checked here, once: a NaN, a negative or a string would otherwise surface mid-import, or never end.
        seconds(self.poll_initial, "poll_initial", low=MIN_POLL, high=MAX_POLICY_SECONDS)
        seconds(self.poll_max, "poll_max", low=MIN_POLL, high=MAX_POLICY_SECONDS)
        seconds(self.poll_timeout, "poll_timeout", high=MAX_POLICY_SECONDS)
        seconds(self.rate_limited_wait, "rate_limited_wait", high=MAX_POLICY_SECONDS)
        seconds(self.max_wait, "max_wait", high=MAX_POLICY_SECONDS)
        whole_number(self.max_resubmits, "max_resubmits", 0, 1000)
        if self.poll_max < self.poll_initial:
            raise InvalidInputError(
                f"poll_max ({self.poll_max:g}) must be at least poll_initial ({self.poll_initial:g})"
            )

    def capped(self, seconds: float | None) -> float:
        """A wait the API asked for, within [0, max_wait]; None, NaN or infinity -> the policy's rate-limit wait."""
        if seconds is None or not math.isfinite(seconds):
            seconds = self.rate_limited_wait
        return min(max(seconds, 0.0), self.max_wait)


Progress = bool | Callable[[ImportProgress], None]


def _contact(row: AnyImportRow, email: object) -> BulkImportContact:
    """The row as the API takes it, or InvalidInputError saying why it cannot be sent."""
    from activecampaign_api import models

    if not isinstance(row, models.BulkImportContact | Mapping):
        raise InvalidInputError(f"unreadable row: a row is a BulkImportContact or a dict, not {type(row).__name__}")
    check_email(email)
    if isinstance(row, models.BulkImportContact):
        check_import_row(row.to_dict())
        return row
    check_import_row(row)
    fields = row.get("fields")
    if isinstance(fields, Mapping):
        row = {**row, "fields": [{"id": key, "value": value} for key, value in fields.items()]}
    try:
        return models.BulkImportContact.from_dict(row)
    except ParseError as exc:
        raise InvalidInputError(f"unreadable row: {exc}") from None


def check_import_row(row: Mapping[Any, Any]) -> None:
    """InvalidInputError naming the first key that is unknown, miscased or holds a value the API cannot take."""
    for key, value in row.items():
        if key not in IMPORT_KEYS:
            from .contact_requests import did_you_mean  # here: contact_requests imports this module

            raise InvalidInputError(
                f"unreadable row: unknown key {key!r}{did_you_mean(key, IMPORT_KEYS)}; "
                f"a row has {', '.join(sorted(IMPORT_KEYS))}"
            )
        problem = _value_problem(key, value) or _unencodable(value)
        if problem is not None:
            raise InvalidInputError(f"unreadable row: {key} {problem}, got {type(value).__name__} {value!r}")


def _unencodable(value: object) -> str | None:
    """Why a checked value has no UTF-8 form (a lone surrogate in one of its strings); None when it has one."""
    texts: list[object] = [value]
    while texts:
        item = texts.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as exc:
                return f"holds a character with no UTF-8 form ({exc.reason}, position {exc.start})"
        elif isinstance(item, Mapping):
            texts.extend(item.values())
        elif isinstance(item, list | tuple):
            texts.extend(item)
    return None


def _is_whole(value: object) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool) and value > 0) or (
        isinstance(value, str) and value.isascii() and value.isdigit()
    )


def _value_problem(key: str, value: object) -> str | None:
    if key in _TEXT_KEYS:
        return None if isinstance(value, str) else "must be a string"
    if key == "exclude_automations":
        return None if isinstance(value, bool) else "must be true or false"
    if key == "fields" and isinstance(value, Mapping):
        ok = all(_is_whole(name) and isinstance(text, str) for name, text in value.items())
        return None if ok else "must map field ids to strings (perstags need upsert_contacts(..., via='bulk'))"
    if not isinstance(value, list | tuple):
        return "must be a list"
    if key == "tags":
        ok = all(isinstance(tag, str) and tag.strip() for tag in value)
        return None if ok else "must be a list of tag names that are not blank"
    if key == "fields":
        ok = all(
            isinstance(item, Mapping)
            and set(item) == {"id", "value"}
            and _is_whole(item["id"])
            and isinstance(item["value"], str)
            for item in value
        )
        return None if ok else 'must be a list of {"id": a field id, "value": a string}, or map field ids to strings'
    ok = all(isinstance(item, Mapping) and set(item) == {"listid"} and _is_whole(item["listid"]) for item in value)
    return None if ok else 'must be a list of {"listid": a list id}'


@dataclass
class _Batch:
    rows: list[tuple[int, BulkImportContact]]
    resubmits: int = 0
    batch_id: str | None = None
    last_error: str | None = None
    # The polling schedule (time.monotonic()), set once the batch is queued.
    due: float = 0.0
    pause: float = 0.0
    deadline: float = 0.0
    expired: bool = False


@dataclass(frozen=True)
class _Resubmit:
    batch: _Batch
    delay: float


def _is_rate_limit_text(texts: Iterable[str]) -> bool:
    joined = " ".join(texts).lower()
    return "rate limit" in joined or "per minute" in joined


@dataclass
class ImportRun:
    """The bookkeeping of one `bulk_import` call, shared by the sync and async drivers (which do the I/O)."""

    contacts: Iterable[AnyImportRow]
    callback: BulkImportCallback | None
    progress: Progress
    policy: ImportPolicy
    outcomes: dict[int, RowOutcome] = field(default_factory=dict)
    waiting: list[_Batch] = field(default_factory=list)
    stopped: str | None = None
    read: int = 0
    total: int | None = None
    queued_batches: list[str] = field(default_factory=list)
    changed: list[RowOutcome] = field(default_factory=list)

    def __post_init__(self) -> None:
        rows_of(self.contacts, "contacts")
        if self.total is None and isinstance(self.contacts, Sized):
            self.total = len(self.contacts)

    def batches(self) -> Iterator[_Batch]:
        """Batches of at most BATCH_SIZE valid rows; invalid rows are failed here and never sent."""
        batch: list[tuple[int, BulkImportContact]] = []
        for index, raw in enumerate(self.contacts):
            self.read = index + 1
            email = raw.get("email") if isinstance(raw, Mapping) else getattr(raw, "email", None)
            shown = email if isinstance(email, str) else None
            if self.stopped is not None:
                self._set(index, shown, "failed", f"not sent: {self.stopped}")
                continue
            try:
                contact = _contact(raw, email)
            except InvalidInputError as error:
                self._set(index, shown, "failed", str(error))
                continue
            batch.append((index, contact))
            if len(batch) == BATCH_SIZE:
                yield _Batch(batch)
                batch = []
        if batch:
            if self.stopped is not None:
                self._fail_rows(batch, f"not sent: {self.stopped}")
            else:
                yield _Batch(batch)
        self._report("read all rows")

    def request(self, batch: _Batch) -> BulkImportRequest:
        from activecampaign_api import models

        return models.BulkImportRequest(
            contacts=[contact for _, contact in batch.rows],
            callback=UNSET if self.callback is None else self.callback,
        )

    def accepted(self, batch: _Batch, queued: BulkImportQueued) -> None:
        batch_id = queued.batch_id if isinstance(queued.batch_id, str) and queued.batch_id else None
        if batch_id is None:
            self._fail_rows(batch.rows, "the API accepted the batch but sent no batchId")
            return
        batch.batch_id = batch_id
        self.queued_batches.append(batch_id)
        for index, contact in batch.rows:
            self._set(index, contact.email, "queued", None, batch_id)
        now = time.monotonic()
        batch.pause, batch.deadline = self.policy.poll_initial, now + self.policy.poll_timeout
        self._schedule(batch, now)
        self.waiting.append(batch)
        self._report(f"queued batch {batch_id} ({len(batch.rows)} rows)")

    def rejected(self, batch: _Batch, error: ActiveCampaignError) -> _Resubmit | None:
        """Settle the rows of a batch the API did not queue; the batch to send again, if any."""
        if isinstance(error, APIConnectionError | InternalServerError | ResponseParseError):
            # A timeout, a dropped connection, a gateway error or a reply that does not parse tells nothing of
            # whether the batch was queued, and sending it again could import it twice.
            self.unreadable(batch, error)
            return None
        if isinstance(error, RateLimiterUnavailableError):
            # Nothing was sent; nor will the rest be while the shared limiter cannot be asked.
            self.stopped = str(error)
            self._fail_rows(batch.rows, f"not sent: {error}")
            return None
        if isinstance(error, AuthenticationError | PermissionDeniedError):
            self.stopped = f"the API refused the import: {error}"
            self._fail_rows(batch.rows, self.stopped)
            return None
        if isinstance(error, RateLimitError):
            return self._again(batch, self.policy.capped(error.retry_after), str(error))
        if isinstance(error, BadRequestError):
            return self._bad_request(batch, error)
        self._fail_rows(batch.rows, f"the API did not queue the batch: {error}")
        return None

    def _bad_request(self, batch: _Batch, error: APIStatusError) -> _Resubmit | None:
        body = error.body if isinstance(error.body, dict) else {}
        reasons = body.get("failureReasons")
        reasons = reasons if isinstance(reasons, list) else []
        by_position: dict[int, str] = {}
        texts: list[str] = []
        for reason in reasons:
            position = reason.get("contact") if isinstance(reason, dict) else None
            if isinstance(position, str) and position.isdigit():
                position = int(position)
            if isinstance(reason, dict) and isinstance(position, int) and not isinstance(position, bool):
                by_position[position] = str(reason.get("failureReason") or "rejected by the API")
            elif isinstance(reason, str):
                texts.append(reason)
        named = [(pos, row) for pos, row in enumerate(batch.rows) if pos in by_position]
        if named:
            for pos, (index, contact) in named:
                self._set(index, contact.email, "failed", by_position[pos])
            rest = [row for pos, row in enumerate(batch.rows) if pos not in by_position]
            self._report(f"{len(named)} rows rejected by the API, {len(rest)} sent again")
            return _Resubmit(_Batch(rest, batch.resubmits), 0.0) if rest else None
        message = body.get("message") if isinstance(body.get("message"), str) else None
        if _is_rate_limit_text([*texts, message or ""]):
            return self._again(batch, self.policy.capped(None), "; ".join(texts) or str(error))
        self._fail_rows(batch.rows, f"the API rejected the batch: {'; '.join(texts) or error}")
        return None

    def _again(self, batch: _Batch, delay: float, why: str) -> _Resubmit | None:
        if batch.resubmits >= self.policy.max_resubmits:
            self._fail_rows(batch.rows, f"not queued after {batch.resubmits + 1} attempts: {why}")
            return None
        self._report(f"import rate limit hit; sending {len(batch.rows)} rows again in {delay:g}s")
        return _Resubmit(_Batch(batch.rows, batch.resubmits + 1), delay)

    def unreadable(self, batch: _Batch, error: Exception) -> None:
        """The POST of `batch` got no answer the SDK can read: its rows' outcome is unknown."""
        reason = (
            f"outcome unknown, the batch may have been queued: no clear answer to the import request ({error}); "
            "not resent (check these contacts before importing them again)"
        )
        for index, contact in batch.rows:
            self._set(index, contact.email, "unknown", reason)
        self._report(f"{len(batch.rows)} rows of unknown outcome: {error}")

    def polled(self, batch: _Batch, info: BulkImportInfo) -> None:
        if info.status != COMPLETED:
            self._schedule(batch, time.monotonic())
            return
        failures = info.failure if isinstance(info.failure, list) else []
        failed = {email.casefold() for email in failures if isinstance(email, str)}
        for index, contact in batch.rows:
            if contact.email.casefold() in failed:
                self._set(index, contact.email, "failed", "the import failed for this contact", batch.batch_id)
            else:
                self._set(index, contact.email, "succeeded", None, batch.batch_id)
        self.waiting.remove(batch)
        self._report(f"batch {batch.batch_id} completed")

    def poll_failed(self, batch: _Batch, error: Exception) -> None:
        batch.last_error = str(error)
        logger.warning("bulk import: could not read batch %s: %s", batch.batch_id, error)
        self._schedule(batch, time.monotonic())

    def due(self) -> list[_Batch]:
        """The batches to poll now, the longest due first."""
        now = time.monotonic()
        return sorted((b for b in self.waiting if not b.expired and b.due <= now), key=lambda b: b.due)

    def next_poll(self) -> float | None:
        """Seconds until a batch is due to be polled; None once every batch is completed or timed out."""
        polled = [batch.due for batch in self.waiting if not batch.expired]
        return max(0.0, min(polled) - time.monotonic()) if polled else None

    def _schedule(self, batch: _Batch, now: float) -> None:
        """The next poll of a batch still processing: a growing, capped pause, the last one at its deadline."""
        if now >= batch.deadline:
            batch.expired = True
            return
        batch.due = min(now + batch.pause, batch.deadline)
        batch.pause = min(batch.pause * 2, self.policy.poll_max)

    def result(self) -> BulkImportResult:
        for batch in self.waiting:
            note = f"still processing after {self.policy.poll_timeout:g}s"
            if batch.last_error:
                note += f" (last status check failed: {batch.last_error})"
            for index, contact in batch.rows:
                self._set(index, contact.email, "queued", note, batch.batch_id)
        if self.changed:
            self._report("stopped waiting")
        missing = [index for index in range(self.read) if index not in self.outcomes]
        assert not missing, f"bulk_import lost rows {missing}"
        return BulkImportResult([self.outcomes[index] for index in range(self.read)])

    def _fail_rows(self, rows: list[tuple[int, BulkImportContact]], reason: str) -> None:
        for index, contact in rows:
            self._set(index, contact.email, "failed", reason)
        self._report(f"{len(rows)} rows failed: {reason}")

    def _set(
        self, index: int, email: str | None, status: RowStatus, reason: str | None, batch: str | None = None
    ) -> None:
        outcome = RowOutcome(index, email, status, reason, batch)
        self.outcomes[index] = outcome
        if self.progress is not False:
            self.changed.append(outcome)

    def _report(self, event: str) -> None:
        if self.progress is False:
            return
        counts = {"succeeded": 0, "failed": 0, "queued": 0, "unknown": 0}
        for outcome in self.outcomes.values():
            counts[outcome.status] += 1
        changed, self.changed = tuple(self.changed), []
        update = ImportProgress(
            read=self.read,
            event=event,
            total=self.total,
            batch_ids=tuple(self.queued_batches),
            changed=changed,
            **counts,
        )
        if callable(self.progress):
            self.progress(update)
        else:
            logger.info(
                "bulk import: %s (read %d: %d succeeded, %d failed, %d queued)",
                event,
                update.read,
                update.succeeded,
                update.failed,
                update.queued,
            )
