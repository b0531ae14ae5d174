from typing import Literal

FieldFlag = Literal[0, 1]

FIELD_FLAG_VALUES: set[FieldFlag] = {
    0,
    1,
}


def check_field_flag(value: int) -> FieldFlag:
    if value in FIELD_FLAG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELD_FLAG_VALUES!r}")
