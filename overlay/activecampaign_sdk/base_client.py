"""What `ActiveCampaign` and `AsyncActiveCampaign` share: construction, environment, limiters, options.

Each client is a thin driver over this: it makes (or adopts) its httpx client, and binds the
generated operations to its sender. Everything else about a client is decided here, once.
"""

from __future__ import annotations

import copy
import os
import threading
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypedDict, TypeVar

import httpx

from .auth import ApiTokenAuth
from .base_url import normalize_base_url
from .bodies import DEFAULT_MAX_BODY_BYTES
from .bulk_import import ImportPolicy
from .checks import Timeout, optional_instance
from .errors import InvalidInputError
from .pipeline import PipelineRules, RequestOptions
from .rate_limit import DEFAULT_RATE, RateLimiter, shared_import_limiter, shared_limiter
from .retries import Backoff

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3
ENV_URL, ENV_TOKEN = "AC_API_URL", "AC_API_TOKEN"

HttpClient = TypeVar("HttpClient", httpx.Client, httpx.AsyncClient)

if TYPE_CHECKING:
    import ssl

    from httpx._types import CertTypes

# Building an SSL context reads the whole CA bundle (~20 ms): clients with the same TLS settings share one.
_SSL_CONTEXTS: dict[tuple[object, ...], ssl.SSLContext] = {}
_SSL_LOCK = threading.Lock()


def shared_ssl_context(
    verify: ssl.SSLContext | str | bool = True, cert: CertTypes | None = None, trust_env: bool = True
) -> ssl.SSLContext:
    """The SSL context httpx would build for these settings, built once per process and shared.

    The key is everything httpx reads to build it: `verify`, `cert`, `trust_env` and, when
    `trust_env`, the `SSL_CERT_FILE` and `SSL_CERT_DIR` environment variables as they are now, so a
    changed variable gets a context of its own. A context passed as `verify` is used as it is.
    """
    if not isinstance(verify, str | bool):
        return verify
    environment = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")) if trust_env else (None, None)
    key = (verify, cert, trust_env, *environment)
    with _SSL_LOCK:
        context = _SSL_CONTEXTS.get(key)
        if context is None:
            context = _SSL_CONTEXTS[key] = httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)
        return context


class ClientOptions(TypedDict, total=False):
    """The keyword options of both clients (see `BaseClient`)."""

    rate_limit: float
    max_retries: int
    timeout: Timeout
    max_response_bytes: int
    limiter: RateLimiter | None
    backoff: Backoff | None
    import_limiter: RateLimiter | None
    import_policy: ImportPolicy | None


def env_credentials() -> tuple[str, str]:
    missing = [name for name in (ENV_URL, ENV_TOKEN) if not os.environ.get(name)]
    if missing:
        raise InvalidInputError(f"environment variable(s) not set: {', '.join(missing)}")
    return os.environ[ENV_URL], os.environ[ENV_TOKEN]


class BaseClient:
    """What both clients share; see `ActiveCampaign` for the options."""

    def __init__(
        self,
        base_url: str,
        api_token: str,
        *,
        rate_limit: float = DEFAULT_RATE,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_response_bytes: int = DEFAULT_MAX_BODY_BYTES,
        limiter: RateLimiter | None = None,
        backoff: Backoff | None = None,
        import_limiter: RateLimiter | None = None,
        import_policy: ImportPolicy | None = None,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self.auth = ApiTokenAuth(api_token, origin=self.base_url)
        host = httpx.URL(self.base_url).host
        limiting = "a RateLimiter (an object with acquire() and acquire_async())"
        limiter = optional_instance(limiter, "limiter", RateLimiter, limiting)
        import_limiter = optional_instance(import_limiter, "import_limiter", RateLimiter, limiting)
        import_policy = optional_instance(import_policy, "import_policy", ImportPolicy, "an ImportPolicy")
        backoff = optional_instance(backoff, "backoff", Backoff, "a Backoff")
        self.limiter = limiter if limiter is not None else shared_limiter(host, rate_limit)
        self.import_limiter = import_limiter if import_limiter is not None else shared_import_limiter(host)
        self.import_policy = import_policy or ImportPolicy()
        self._rules = PipelineRules(
            api_path=httpx.URL(self.base_url).path,
            limiter=self.limiter,
            options=RequestOptions.checked(timeout, max_retries, max_response_bytes),
            backoff=backoff,
        )
        self._owns_http = True

    @classmethod
    def _env_credentials(cls) -> tuple[str, str]:
        return env_credentials()

    def _adopt(self, http: HttpClient) -> HttpClient:
        """A caller's httpx client, pointed at this account."""
        http.base_url = httpx.URL(self.base_url)
        http.auth = self.auth
        self._owns_http = False
        return http

    def _bind(self) -> None:
        """Bind the generated operations to a sender over `self._rules` (each client's own)."""
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client for some calls with other options, sharing this one's connections and limiters.

            ac.with_options(timeout=120, max_retries=0).contacts.list_contacts(...)

        Closing it does not close the connections (they stay this client's).
        """
        clone = copy.copy(self)
        for name in list(vars(clone)):
            if isinstance(getattr(type(clone), name, None), cached_property):
                del vars(clone)[name]  # the tag attributes, bound to this client's sender
        clone._rules = copy.copy(self._rules)
        clone._rules.options = self._rules.options.merged(timeout, max_retries, max_response_bytes, headers)
        clone._owns_http = False
        clone._bind()
        return clone

    @staticmethod
    def _rebound(operation: Callable[..., Any], caller: object) -> Callable[..., Any]:
        """The same operation of a fresh `<Tag>Operations` that sends through `caller`."""
        owner = getattr(operation, "__self__", None)
        name = getattr(operation, "__name__", "")
        if owner is None or not hasattr(owner, "_caller") or not callable(getattr(type(owner), name, None)):
            raise InvalidInputError(f"raw() takes a bound operation such as ac.contacts.get_contact, not {operation!r}")
        bound: Callable[..., Any] = getattr(type(owner)(caller), name)
        return bound

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"
