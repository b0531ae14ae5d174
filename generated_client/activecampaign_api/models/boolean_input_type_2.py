from typing import Literal

BooleanInputType2 = Literal["0", "1"]

BOOLEAN_INPUT_TYPE_2_VALUES: set[BooleanInputType2] = {
    "0",
    "1",
}


def check_boolean_input_type_2(value: str) -> BooleanInputType2:
    if value in BOOLEAN_INPUT_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOLEAN_INPUT_TYPE_2_VALUES!r}")
