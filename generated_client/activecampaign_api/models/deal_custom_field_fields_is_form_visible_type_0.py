from typing import Literal

DealCustomFieldFieldsIsFormVisibleType0 = Literal[0, 1]

DEAL_CUSTOM_FIELD_FIELDS_IS_FORM_VISIBLE_TYPE_0_VALUES: set[DealCustomFieldFieldsIsFormVisibleType0] = {
    0,
    1,
}


def check_deal_custom_field_fields_is_form_visible_type_0(value: int) -> DealCustomFieldFieldsIsFormVisibleType0:
    if value in DEAL_CUSTOM_FIELD_FIELDS_IS_FORM_VISIBLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEAL_CUSTOM_FIELD_FIELDS_IS_FORM_VISIBLE_TYPE_0_VALUES!r}"
    )
