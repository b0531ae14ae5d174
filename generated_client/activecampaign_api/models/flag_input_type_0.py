from typing import Literal

FlagInputType0 = Literal[0, 1]

FLAG_INPUT_TYPE_0_VALUES: set[FlagInputType0] = {
    0,
    1,
}


def check_flag_input_type_0(value: int) -> FlagInputType0:
    if value in FLAG_INPUT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLAG_INPUT_TYPE_0_VALUES!r}")
