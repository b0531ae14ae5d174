from typing import Literal

BooleanInputType1 = Literal[0, 1]

BOOLEAN_INPUT_TYPE_1_VALUES: set[BooleanInputType1] = {
    0,
    1,
}


def check_boolean_input_type_1(value: int) -> BooleanInputType1:
    if value in BOOLEAN_INPUT_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOLEAN_INPUT_TYPE_1_VALUES!r}")
