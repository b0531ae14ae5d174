from typing import Literal

TagType = Literal["contact", "template"]

TAG_TYPE_VALUES: set[TagType] = {
    "contact",
    "template",
}


def check_tag_type(value: str) -> TagType:
    if value in TAG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAG_TYPE_VALUES!r}")
