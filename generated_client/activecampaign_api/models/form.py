from __future__ import annotations

import datetime
from typing import Any

from ..decoding import Model as _Model


class Form(_Model, kw_only=True):
    """A subscription form."""

    id: str
    name: str | None = None
    action: str | None = None
    actiondata: FormActionData | None = None
    submit: str | None = None
    """ What happens on submission, for example `show-thank-you`. """
    submitdata: FormSubmitData | None = None
    url: str | None = None
    layout: str | None = None
    """ For example `inline-form`. """
    title: str | None = None
    body: str | None = None
    button: str | None = None
    """ Submit button label. """
    thanks: str | None = None
    """ Message shown after submission. """
    style: FormStyle | None = None
    options: FormOptions | None = None
    cfields: list[FormField] | None = None
    parentformid: str | None = None
    userid: str | None = None
    addressid: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    entries: str | None = None
    """ Number of submissions, as a string of digits. """
    aid: str | None = None
    defaultscreenshot: str | None = None
    recent: list[dict[str, Any]] | None = None
    contacts: int | None = None
    """ Number of contacts that submitted the form (list view only). """
    deals: int | None = None
    """ Number of deals created by the form (list view only). """
    address: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """


from .form_action_data import FormActionData  # noqa: E402
from .form_field import FormField  # noqa: E402
from .form_options import FormOptions  # noqa: E402
from .form_style import FormStyle  # noqa: E402
from .form_submit_data import FormSubmitData  # noqa: E402
