"""`verify_account(ac)`: read what the account serves and check every answer against the spec.

    report = await verify_account(ac, max_pages=2)
    for disagreement in report.disagreements:
        print(disagreement.operation, disagreement.pointer, disagreement.expected, disagreement.observed)

GET requests only, through the client's own pipeline (its rate limit, retries and typed
errors); which operations and how many pages is `activecampaign_sdk.verification.plan`'s
decision, what an answer disagrees with is `activecampaign_sdk.spec_check`'s. The
`activecampaign verify` command runs this and writes the report. Users import it from
`activecampaign_sdk.verification`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .. import spec_check
from ..base_url import safe_relative_path
from ..checks import whole_number
from ..errors import (
    APIStatusError,
    AuthenticationError,
    PermissionDeniedError,
    ResponseTooLargeError,
    body_of,
)
from ..spec_check import Spec
from ..verification import (
    DEFAULT_MAX_PAGES,
    DEFAULT_PAGE_SIZE,
    REFUSED,
    Checked,
    Skipped,
    VerifyReport,
    first_id,
    has_more,
    items_of,
    page_params,
    plan,
)

if TYPE_CHECKING:
    from .client import AsyncActiveCampaign


async def verify_account(
    ac: AsyncActiveCampaign,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
    page_size: int = DEFAULT_PAGE_SIZE,
    operations: Sequence[str] | None = None,
    spec: Spec | None = None,
    progress: Callable[[str], None] | None = None,
) -> VerifyReport:
    """Read the account's readable operations (`operations`: these GET operationIds only) and check each answer.

    Lists are read `max_pages` pages of `page_size` at most; each record operation once, for
    the first record of its list. An operation the account refuses (400, 402, 403, 404) or that
    keeps failing is skipped with its status. `progress` is called with each operationId before
    it is read. Raises `InvalidInputError` for an operation that is not a GET operation of the
    spec (before any request), `AuthenticationError` when the token is refused.
    """
    max_pages = whole_number(max_pages, "max_pages", 1)
    page_size = whole_number(page_size, "page_size", 1, 100)
    from activecampaign_api.routes import find_route

    spec = spec or spec_check.default_spec()
    steps, skipped = plan(spec, operations)
    report = VerifyReport(spec.version, skipped=skipped)
    first_ids: dict[str, str | None] = {}
    for step in steps:
        record_id = None
        if step.parent is not None:
            record_id = first_ids.get(step.parent)
            if record_id is None:
                report.skipped.append(Skipped(step.operation, "no record to read"))
                continue
        if progress is not None:
            progress(step.operation)
        path = safe_relative_path(step.concrete(record_id))
        answers = 0
        for page in range(max_pages if step.paged else 1):
            report.requests += 1
            params = page_params(step, page, page_size)
            try:
                response = await ac._sender.send(
                    find_route("GET", path), "GET", path, **({} if params is None else {"params": params})
                )
            except APIStatusError as error:
                if isinstance(error, AuthenticationError) and not isinstance(error, PermissionDeniedError):
                    raise  # 401: no token the API takes; a 403 is one endpoint refused (reported below)
                reason = "refused" if error.status in REFUSED else "failed"
                if answers == 0:
                    report.skipped.append(Skipped(step.operation, reason, error.status))
                break
            except ResponseTooLargeError:
                if answers == 0:
                    report.skipped.append(Skipped(step.operation, "too large"))
                break
            body = body_of(response.content)
            answers += 1
            if page == 0:
                first_ids[step.operation] = first_id(items_of(step, body))
            if step.checked:
                report.add(spec.check_answer(step.operation, response.status_code, body))
            if not has_more(step, body, page, page_size):
                break
        if answers and step.checked:
            report.checked.append(Checked(step.operation, answers))
    return report
