from typing import Literal

ListSmsBroadcastRecipientsFiltersDeliverabilityItem = Literal["delivered", "failed"]

LIST_SMS_BROADCAST_RECIPIENTS_FILTERS_DELIVERABILITY_ITEM_VALUES: set[
    ListSmsBroadcastRecipientsFiltersDeliverabilityItem
] = {
    "delivered",
    "failed",
}


def check_list_sms_broadcast_recipients_filters_deliverability_item(
    value: str,
) -> ListSmsBroadcastRecipientsFiltersDeliverabilityItem:
    if value in LIST_SMS_BROADCAST_RECIPIENTS_FILTERS_DELIVERABILITY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SMS_BROADCAST_RECIPIENTS_FILTERS_DELIVERABILITY_ITEM_VALUES!r}"
    )
