from typing import Literal

WhatsappFlowRunRequestExecuteFor = Literal["LIST"]

WHATSAPP_FLOW_RUN_REQUEST_EXECUTE_FOR_VALUES: set[WhatsappFlowRunRequestExecuteFor] = {
    "LIST",
}


def check_whatsapp_flow_run_request_execute_for(value: str) -> WhatsappFlowRunRequestExecuteFor:
    if value in WHATSAPP_FLOW_RUN_REQUEST_EXECUTE_FOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATSAPP_FLOW_RUN_REQUEST_EXECUTE_FOR_VALUES!r}")
