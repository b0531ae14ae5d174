from typing import Literal

FieldType = Literal[
    "checkbox", "date", "datetime", "dropdown", "hidden", "listbox", "number", "radio", "text", "textarea"
]

FIELD_TYPE_VALUES: set[FieldType] = {
    "checkbox",
    "date",
    "datetime",
    "dropdown",
    "hidden",
    "listbox",
    "number",
    "radio",
    "text",
    "textarea",
}


def check_field_type(value: str) -> FieldType:
    if value in FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELD_TYPE_VALUES!r}")
