from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class BulkImportDayCount(
    _Model,
    kw_only=True,
    rename={
        "for_date": "forDate",
    },
):
    """A model of the API's answers."""

    for_date: datetime.date | None = None
    """ Kind `date` (Python `datetime.date`): a calendar day (`YYYY-MM-DD`). Null when unset; some older records
    carry the MySQL zero value `0000-00-00` instead, which means "never" and reads as None. """
    batches: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    contacts: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
