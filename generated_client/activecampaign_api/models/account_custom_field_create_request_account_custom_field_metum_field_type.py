from typing import Literal

AccountCustomFieldCreateRequestAccountCustomFieldMetumFieldType = Literal[
    "checkbox",
    "currency",
    "date",
    "datetime",
    "dropdown",
    "hidden",
    "multiselect",
    "number",
    "radio",
    "text",
    "textarea",
]

ACCOUNT_CUSTOM_FIELD_CREATE_REQUEST_ACCOUNT_CUSTOM_FIELD_METUM_FIELD_TYPE_VALUES: set[
    AccountCustomFieldCreateRequestAccountCustomFieldMetumFieldType
] = {
    "checkbox",
    "currency",
    "date",
    "datetime",
    "dropdown",
    "hidden",
    "multiselect",
    "number",
    "radio",
    "text",
    "textarea",
}


def check_account_custom_field_create_request_account_custom_field_metum_field_type(
    value: str,
) -> AccountCustomFieldCreateRequestAccountCustomFieldMetumFieldType:
    if value in ACCOUNT_CUSTOM_FIELD_CREATE_REQUEST_ACCOUNT_CUSTOM_FIELD_METUM_FIELD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACCOUNT_CUSTOM_FIELD_CREATE_REQUEST_ACCOUNT_CUSTOM_FIELD_METUM_FIELD_TYPE_VALUES!r}"
    )
