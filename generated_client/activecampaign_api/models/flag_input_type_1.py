from typing import Literal

FlagInputType1 = Literal[0, 1]

FLAG_INPUT_TYPE_1_VALUES: set[FlagInputType1] = {
    0,
    1,
}


def check_flag_input_type_1(value: int) -> FlagInputType1:
    if value in FLAG_INPUT_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLAG_INPUT_TYPE_1_VALUES!r}")
