from typing import Literal

FieldAttributesType = Literal[
    "checkbox", "date", "datetime", "dropdown", "hidden", "listbox", "number", "radio", "text", "textarea"
]

FIELD_ATTRIBUTES_TYPE_VALUES: set[FieldAttributesType] = {
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


def check_field_attributes_type(value: str) -> FieldAttributesType:
    if value in FIELD_ATTRIBUTES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELD_ATTRIBUTES_TYPE_VALUES!r}")
