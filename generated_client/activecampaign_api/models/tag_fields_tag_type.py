from typing import Literal

TagFieldsTagType = Literal["contact", "template"]

TAG_FIELDS_TAG_TYPE_VALUES: set[TagFieldsTagType] = {
    "contact",
    "template",
}


def check_tag_fields_tag_type(value: str) -> TagFieldsTagType:
    if value in TAG_FIELDS_TAG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAG_FIELDS_TAG_TYPE_VALUES!r}")
