from typing import Literal

FlagType1 = Literal[0, 1]

FLAG_TYPE_1_VALUES: set[FlagType1] = {
    0,
    1,
}


def check_flag_type_1(value: int) -> FlagType1:
    if value in FLAG_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLAG_TYPE_1_VALUES!r}")
