from typing import Literal

AccountCustomFieldFieldsIsRequiredType0 = Literal[0, 1]

ACCOUNT_CUSTOM_FIELD_FIELDS_IS_REQUIRED_TYPE_0_VALUES: set[AccountCustomFieldFieldsIsRequiredType0] = {
    0,
    1,
}


def check_account_custom_field_fields_is_required_type_0(value: int) -> AccountCustomFieldFieldsIsRequiredType0:
    if value in ACCOUNT_CUSTOM_FIELD_FIELDS_IS_REQUIRED_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACCOUNT_CUSTOM_FIELD_FIELDS_IS_REQUIRED_TYPE_0_VALUES!r}"
    )
