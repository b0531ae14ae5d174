from typing import Literal

FlagInputType2 = Literal["0", "1"]

FLAG_INPUT_TYPE_2_VALUES: set[FlagInputType2] = {
    "0",
    "1",
}


def check_flag_input_type_2(value: str) -> FlagInputType2:
    if value in FLAG_INPUT_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLAG_INPUT_TYPE_2_VALUES!r}")
