from typing import Literal

FlagType2 = Literal["0", "1"]

FLAG_TYPE_2_VALUES: set[FlagType2] = {
    "0",
    "1",
}


def check_flag_type_2(value: str) -> FlagType2:
    if value in FLAG_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLAG_TYPE_2_VALUES!r}")
