from typing import Literal

MailingListFieldsChannel = Literal["email", "sms"]

MAILING_LIST_FIELDS_CHANNEL_VALUES: set[MailingListFieldsChannel] = {
    "email",
    "sms",
}


def check_mailing_list_fields_channel(value: str) -> MailingListFieldsChannel:
    if value in MAILING_LIST_FIELDS_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MAILING_LIST_FIELDS_CHANNEL_VALUES!r}")
