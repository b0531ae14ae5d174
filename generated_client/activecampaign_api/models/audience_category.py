from typing import Literal

AudienceCategory = Literal["audience"]

AUDIENCE_CATEGORY_VALUES: set[AudienceCategory] = {
    "audience",
}


def check_audience_category(value: str) -> AudienceCategory:
    if value in AUDIENCE_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIENCE_CATEGORY_VALUES!r}")
