"""The `site_tracking` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.site_message_list import SiteMessageList
    from ...models.site_tracking_domain_envelope import SiteTrackingDomainEnvelope
    from ...models.site_tracking_domain_list import SiteTrackingDomainList
    from ...models.site_tracking_envelope import SiteTrackingEnvelope
    from ...models.site_tracking_update_request import SiteTrackingUpdateRequest
    from ...models.url_whitelisting_create_request import UrlWhitelistingCreateRequest
    from ...models.url_whitelisting_envelope import UrlWhitelistingEnvelope
    from ...models.url_whitelisting_list import UrlWhitelistingList
    from .. import AsyncCaller, Caller


class SiteTrackingOperations:
    """The `site_tracking` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_site_tracking(
        self,
    ) -> SiteTrackingEnvelope:
        """Tell whether site tracking is on

        `GET /siteTracking`
        """
        from . import get_site_tracking as _operation

        request = _operation._get_kwargs()
        return cast("SiteTrackingEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_site_tracking(
        self,
        *,
        body: SiteTrackingUpdateRequest,
    ) -> SiteTrackingEnvelope:
        """Turn site tracking on or off

        `PUT /siteTracking`

        Args:
            body:

        """
        from . import update_site_tracking as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SiteTrackingEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_site_tracking_code(
        self,
    ) -> str:
        """Retrieve the site tracking JavaScript snippet to paste into web pages

        `GET /siteTracking/code`
        """
        from . import get_site_tracking_code as _operation

        request = _operation._get_kwargs()
        return cast("str", self._caller.call(_operation.ROUTE, request))

    def list_site_tracking_domains(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> SiteTrackingDomainList:
        """List the domains allowed to report site visits (older API)

        `GET /siteTrackingDomains`

        The public reference documents this older API beside the newer `/prism/urlWhitelistings`: objects
        with a `name`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_site_tracking_domains as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("SiteTrackingDomainList", self._caller.call(_operation.ROUTE, request))

    def create_site_tracking_domain(
        self,
        *,
        body: SiteTrackingDomainEnvelope,
    ) -> SiteTrackingDomainEnvelope:
        """Allow a domain to report site visits (older API)

        `POST /siteTrackingDomains`

        Takes `{"siteTrackingDomain": {"name": ...}}` and answers with the domain echoed back. Adding a
        domain that is already allowed changes nothing.

        Args:
            body:

        """
        from . import create_site_tracking_domain as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SiteTrackingDomainEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_site_tracking_domain(
        self,
        name: str,
    ) -> dict[str, Any] | None:
        """Stop a domain from reporting site visits (older API)

        `DELETE /siteTrackingDomains/{name}`

        The reference gives 204 with no body; 200 with `{}` is seen too.

        Args:
            name: The domain name, e.g. `example.com`.

        """
        from . import delete_site_tracking_domain as _operation

        request = _operation._get_kwargs(
            name=name,
        )
        return cast("None | dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def list_url_whitelistings(
        self,
    ) -> UrlWhitelistingList:
        """List the domains and pages allowed for site tracking

        `GET /prism/urlWhitelistings`
        """
        from . import list_url_whitelistings as _operation

        request = _operation._get_kwargs()
        return cast("UrlWhitelistingList", self._caller.call(_operation.ROUTE, request))

    def create_url_whitelisting(
        self,
        *,
        body: UrlWhitelistingCreateRequest,
    ) -> UrlWhitelistingEnvelope:
        """Allow a domain (or one of its pages) for site tracking, conversations or personalization

        `POST /prism/urlWhitelistings`

        Args:
            body:

        """
        from . import create_url_whitelisting as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("UrlWhitelistingEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_url_whitelisting(
        self,
        domain_id: str,
    ) -> None:
        """Remove an allowed domain from site tracking

        `DELETE /prism/urlWhitelistings/{domain_id}`

        Args:
            domain_id: Id of the allowed domain, as listUrlWhitelistings returns it.

        """
        from . import delete_url_whitelisting as _operation

        request = _operation._get_kwargs(
            domain_id=domain_id,
        )
        return cast("None", self._caller.call(_operation.ROUTE, request))

    def list_site_messages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> SiteMessageList:
        """List the on-site messages automations show to visitors

        `GET /siteMessages`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `site_messages`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_site_messages as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("SiteMessageList", self._caller.call(_operation.ROUTE, request))


class AsyncSiteTrackingOperations:
    """The `site_tracking` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_site_tracking(
        self,
    ) -> SiteTrackingEnvelope:
        """Tell whether site tracking is on

        `GET /siteTracking`
        """
        from . import get_site_tracking as _operation

        request = _operation._get_kwargs()
        return cast("SiteTrackingEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_site_tracking(
        self,
        *,
        body: SiteTrackingUpdateRequest,
    ) -> SiteTrackingEnvelope:
        """Turn site tracking on or off

        `PUT /siteTracking`

        Args:
            body:

        """
        from . import update_site_tracking as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SiteTrackingEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_site_tracking_code(
        self,
    ) -> str:
        """Retrieve the site tracking JavaScript snippet to paste into web pages

        `GET /siteTracking/code`
        """
        from . import get_site_tracking_code as _operation

        request = _operation._get_kwargs()
        return cast("str", await self._caller.call(_operation.ROUTE, request))

    async def list_site_tracking_domains(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> SiteTrackingDomainList:
        """List the domains allowed to report site visits (older API)

        `GET /siteTrackingDomains`

        The public reference documents this older API beside the newer `/prism/urlWhitelistings`: objects
        with a `name`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_site_tracking_domains as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("SiteTrackingDomainList", await self._caller.call(_operation.ROUTE, request))

    async def create_site_tracking_domain(
        self,
        *,
        body: SiteTrackingDomainEnvelope,
    ) -> SiteTrackingDomainEnvelope:
        """Allow a domain to report site visits (older API)

        `POST /siteTrackingDomains`

        Takes `{"siteTrackingDomain": {"name": ...}}` and answers with the domain echoed back. Adding a
        domain that is already allowed changes nothing.

        Args:
            body:

        """
        from . import create_site_tracking_domain as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("SiteTrackingDomainEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_site_tracking_domain(
        self,
        name: str,
    ) -> dict[str, Any] | None:
        """Stop a domain from reporting site visits (older API)

        `DELETE /siteTrackingDomains/{name}`

        The reference gives 204 with no body; 200 with `{}` is seen too.

        Args:
            name: The domain name, e.g. `example.com`.

        """
        from . import delete_site_tracking_domain as _operation

        request = _operation._get_kwargs(
            name=name,
        )
        return cast("None | dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def list_url_whitelistings(
        self,
    ) -> UrlWhitelistingList:
        """List the domains and pages allowed for site tracking

        `GET /prism/urlWhitelistings`
        """
        from . import list_url_whitelistings as _operation

        request = _operation._get_kwargs()
        return cast("UrlWhitelistingList", await self._caller.call(_operation.ROUTE, request))

    async def create_url_whitelisting(
        self,
        *,
        body: UrlWhitelistingCreateRequest,
    ) -> UrlWhitelistingEnvelope:
        """Allow a domain (or one of its pages) for site tracking, conversations or personalization

        `POST /prism/urlWhitelistings`

        Args:
            body:

        """
        from . import create_url_whitelisting as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("UrlWhitelistingEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_url_whitelisting(
        self,
        domain_id: str,
    ) -> None:
        """Remove an allowed domain from site tracking

        `DELETE /prism/urlWhitelistings/{domain_id}`

        Args:
            domain_id: Id of the allowed domain, as listUrlWhitelistings returns it.

        """
        from . import delete_url_whitelisting as _operation

        request = _operation._get_kwargs(
            domain_id=domain_id,
        )
        return cast("None", await self._caller.call(_operation.ROUTE, request))

    async def list_site_messages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> SiteMessageList:
        """List the on-site messages automations show to visitors

        `GET /siteMessages`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `site_messages`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_site_messages as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("SiteMessageList", await self._caller.call(_operation.ROUTE, request))
