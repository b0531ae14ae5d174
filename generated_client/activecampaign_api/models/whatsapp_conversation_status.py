from typing import Literal

WhatsappConversationStatus = Literal["CLOSED", "CREATED", "FLOW", "IN_PROGRESS", "NEW", "RESOLVED"]

WHATSAPP_CONVERSATION_STATUS_VALUES: set[WhatsappConversationStatus] = {
    "CLOSED",
    "CREATED",
    "FLOW",
    "IN_PROGRESS",
    "NEW",
    "RESOLVED",
}


def check_whatsapp_conversation_status(value: str) -> WhatsappConversationStatus:
    if value in WHATSAPP_CONVERSATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATSAPP_CONVERSATION_STATUS_VALUES!r}")
