from typing import Literal

DealCustomFieldFieldsIsRequiredType0 = Literal[0, 1]

DEAL_CUSTOM_FIELD_FIELDS_IS_REQUIRED_TYPE_0_VALUES: set[DealCustomFieldFieldsIsRequiredType0] = {
    0,
    1,
}


def check_deal_custom_field_fields_is_required_type_0(value: int) -> DealCustomFieldFieldsIsRequiredType0:
    if value in DEAL_CUSTOM_FIELD_FIELDS_IS_REQUIRED_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEAL_CUSTOM_FIELD_FIELDS_IS_REQUIRED_TYPE_0_VALUES!r}"
    )
