"""The command's root: global options, the client it builds, and how failures become exit codes."""

from __future__ import annotations

import logging
import math
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import click

from .. import errors
from .._sync.client import ActiveCampaign
from ..base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ENV_TOKEN, ENV_URL
from ..checks import MAX_TIMEOUT
from ..logs import LOGGER_NAME
from ..rate_limit import DEFAULT_RATE
from . import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from .operations import TagGroup, tag_names

PROG = "activecampaign"
# The most requests per second --rate-limit takes: far above any account's allowance, and finite.
MAX_RATE = 1000.0


class FiniteFloat(click.ParamType):  # type: ignore[type-arg]
    """A finite number above `above` and at most `at_most` (click's FloatRange lets NaN and infinity through)."""

    name = "number"

    def __init__(self, *, above: float, at_most: float) -> None:
        self.above = above
        self.at_most = at_most

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number", param, ctx)
        if not math.isfinite(number) or not self.above < number <= self.at_most:
            self.fail(f"{value!r} is not a number above {self.above:g} and at most {self.at_most:g}", param, ctx)
        return number


@dataclass
class Session:
    """What the root options decided, and the one client of this run (made when a command needs it)."""

    debug: bool = False
    rate_limit: float = DEFAULT_RATE
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    _client: ActiveCampaign | None = field(default=None, repr=False)

    def client(self) -> ActiveCampaign:
        if self._client is None:
            try:
                self._client = ActiveCampaign.from_env(
                    rate_limit=self.rate_limit, timeout=self.timeout, max_retries=self.max_retries
                )
            except errors.ActiveCampaignError:
                raise
            except (ValueError, TypeError) as error:
                # A malformed AC_API_URL that the URL parser refuses in its own words: still bad usage.
                raise errors.InvalidInputError(f"{ENV_URL} or {ENV_TOKEN} is unusable: {error}") from None
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def session(ctx: click.Context) -> Session:
    found = ctx.find_object(Session)
    assert found is not None, "the root command makes the session"
    return found


class Root(click.Group):
    """`import`, `export`, and one group per tag of the spec, loaded only when named."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.commands) + [name.replace("_", "-") for name in tag_names()]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        tag = cmd_name.replace("-", "_")
        return TagGroup(tag) if tag in tag_names() else None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        jobs = [(name, self.commands[name].get_short_help_str(limit=80)) for name in sorted(self.commands)]
        with formatter.section("Jobs"):
            formatter.write_dl(jobs)
        with formatter.section("Operations, by tag (`activecampaign TAG --help` lists a tag's operations)"):
            formatter.write_text(", ".join(name.replace("_", "-") for name in tag_names()))


@click.group(
    cls=Root,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=f"The account comes from {ENV_URL} and {ENV_TOKEN}. Exit codes: 0 done, 1 an API error or rows "
    "that failed, 2 bad usage or input, 130 interrupted.",
)
@click.option("--debug", is_flag=True, help="Show the traceback of a failure, and the SDK's debug log.")
@click.option(
    "--rate-limit",
    type=FiniteFloat(above=0, at_most=MAX_RATE),
    default=DEFAULT_RATE,
    show_default=True,
    envvar="AC_RATE_LIMIT",
    help="Requests per second to the account (env AC_RATE_LIMIT).",
)
@click.option(
    "--timeout",
    type=FiniteFloat(above=0, at_most=MAX_TIMEOUT),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds one attempt may take, the whole body included.",
)
@click.option(
    "--max-retries",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_RETRIES,
    show_default=True,
    help="Retries of a request that is safe to repeat.",
)
@click.version_option(package_name="activecampaign-sdk", prog_name=PROG)
@click.pass_context
def cli(ctx: click.Context, debug: bool, rate_limit: float, timeout: float, max_retries: int) -> None:
    """Call the ActiveCampaign v3 API from the shell: any operation, bulk imports and exports."""
    state = session(ctx)
    state.debug, state.rate_limit, state.timeout, state.max_retries = debug, rate_limit, timeout, max_retries
    if debug:
        ctx.call_on_close(_debug_log())
    ctx.call_on_close(state.close)


def _debug_log() -> Callable[[], None]:
    """The SDK's debug records on stderr for this run; returns what undoes it."""
    logger = logging.getLogger(LOGGER_NAME)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)

    def undo() -> None:
        logger.removeHandler(handler)
        logger.setLevel(level)

    return undo


def _register() -> None:
    from .exporting import export, load
    from .importing import import_contacts

    cli.add_command(import_contacts)
    cli.add_command(export)
    cli.add_command(load)
    _register_verify()


def _register_verify() -> None:
    from .verifying import verify

    cli.add_command(verify)


_register()


def _say(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command with these arguments (default: the process's); returns the exit code."""
    state = Session()
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        outcome: Any = cli.main(args=args, prog_name=PROG, standalone_mode=False, obj=state)
    except click.exceptions.Exit as done:
        return done.exit_code
    except (click.exceptions.Abort, KeyboardInterrupt):
        _say("interrupted")
        return EXIT_INTERRUPTED
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except errors.InvalidInputError as error:
        _failed(state, error, f"bad input: {error}")
        return EXIT_USAGE
    except errors.AuthenticationError as error:
        # ActiveCampaign answers a wrong token with 403 (PermissionDeniedError, an AuthenticationError).
        hint = f"; is {ENV_TOKEN} the API token of the account at {ENV_URL}? (Settings > Developer)"
        _failed(state, error, f"{type(error).__name__}: {error}{hint}")
        return EXIT_FAILED
    except RecursionError as error:  # input nested too deeply for a parser of the standard library
        _failed(state, error, "bad input: nested too deeply to read")
        return EXIT_USAGE
    except errors.ActiveCampaignError as error:
        _failed(state, error, f"{type(error).__name__}: {error}")
        return EXIT_FAILED
    except OSError as error:
        _failed(state, error, f"{type(error).__name__}: {error}")
        return EXIT_USAGE
    except Exception as error:
        _failed(state, error, f"unexpected {type(error).__name__}: {error}")
        return EXIT_FAILED
    return outcome if isinstance(outcome, int) else EXIT_OK


def _failed(state: Session, error: BaseException, line: str) -> None:
    if state.debug:
        traceback.print_exception(error, file=sys.stderr)
    else:
        line += " (--debug shows the traceback)" if not isinstance(error, errors.ActiveCampaignError) else ""
    _say(line)
