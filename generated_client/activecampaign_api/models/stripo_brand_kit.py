from __future__ import annotations

from typing import Any

from ..decoding import Model as _Model


class StripoBrandKit(
    _Model,
    kw_only=True,
    rename={
        "brandkit_name": "brandkitName",
        "short_description": "shortDescription",
        "long_description": "longDescription",
        "employee_count_range": "employeeCountRange",
        "founded_year": "foundedYear",
        "company_structure": "companyStructure",
        "company_location": "companyLocation",
        "template_ids": "templateIds",
        "is_primary": "isPrimary",
    },
):
    """Brand details the editor's colour picker offers."""

    domain: str | None = None
    brandkit_name: str | None = None
    name: str | None = None
    short_description: str | None = None
    long_description: str | None = None
    employee_count_range: str | None = None
    founded_year: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    company_structure: str | None = None
    company_location: StripoCompanyLocation | None = None
    industries: list[str] | None = None
    links: list[dict[str, Any]] | None = None
    logos: list[dict[str, Any]] | None = None
    symbols: list[dict[str, Any]] | None = None
    icons: list[dict[str, Any]] | None = None
    colors: StripoBrandKitColors | None = None
    fonts: StripoBrandKitFonts | None = None
    template_ids: list[str] | None = None
    is_primary: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    language: str | None = None


from .stripo_brand_kit_colors import StripoBrandKitColors  # noqa: E402
from .stripo_brand_kit_fonts import StripoBrandKitFonts  # noqa: E402
from .stripo_company_location import StripoCompanyLocation  # noqa: E402
