from typing import Literal

AccountCustomFieldFieldsIsFormVisibleType0 = Literal[0, 1]

ACCOUNT_CUSTOM_FIELD_FIELDS_IS_FORM_VISIBLE_TYPE_0_VALUES: set[AccountCustomFieldFieldsIsFormVisibleType0] = {
    0,
    1,
}


def check_account_custom_field_fields_is_form_visible_type_0(value: int) -> AccountCustomFieldFieldsIsFormVisibleType0:
    if value in ACCOUNT_CUSTOM_FIELD_FIELDS_IS_FORM_VISIBLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACCOUNT_CUSTOM_FIELD_FIELDS_IS_FORM_VISIBLE_TYPE_0_VALUES!r}"
    )
