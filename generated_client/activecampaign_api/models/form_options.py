from __future__ import annotations

from ..decoding import Model as _Model


class FormOptions(_Model, kw_only=True):
    """A model of the API's answers."""

    blanks_overwrite: bool | None = None
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    confaction: str | None = None
    """ What happens after confirmation, for example `show-message`. """
    sendoptin: bool | None = None
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    optin_id: str | None = None
    """ A number sent to the API, as a JSON number or as the string of digits the API itself returns it as. """
    optin_created: bool | None = None
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    confform: str | None = None
    """ Id of the confirmation form. """
