from typing import Literal

MailingListFieldsSendLastBroadcast = Literal[0, 1]

MAILING_LIST_FIELDS_SEND_LAST_BROADCAST_VALUES: set[MailingListFieldsSendLastBroadcast] = {
    0,
    1,
}


def check_mailing_list_fields_send_last_broadcast(value: int) -> MailingListFieldsSendLastBroadcast:
    if value in MAILING_LIST_FIELDS_SEND_LAST_BROADCAST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MAILING_LIST_FIELDS_SEND_LAST_BROADCAST_VALUES!r}")
