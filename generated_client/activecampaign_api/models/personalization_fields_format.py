from typing import Literal

PersonalizationFieldsFormat = Literal["html", "text"]

PERSONALIZATION_FIELDS_FORMAT_VALUES: set[PersonalizationFieldsFormat] = {
    "html",
    "text",
}


def check_personalization_fields_format(value: str) -> PersonalizationFieldsFormat:
    if value in PERSONALIZATION_FIELDS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERSONALIZATION_FIELDS_FORMAT_VALUES!r}")
