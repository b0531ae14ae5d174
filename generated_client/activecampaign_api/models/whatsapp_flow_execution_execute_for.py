from typing import Literal

WhatsappFlowExecutionExecuteFor = Literal["ALL", "FILTERS", "LIST"]

WHATSAPP_FLOW_EXECUTION_EXECUTE_FOR_VALUES: set[WhatsappFlowExecutionExecuteFor] = {
    "ALL",
    "FILTERS",
    "LIST",
}


def check_whatsapp_flow_execution_execute_for(value: str) -> WhatsappFlowExecutionExecuteFor:
    if value in WHATSAPP_FLOW_EXECUTION_EXECUTE_FOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATSAPP_FLOW_EXECUTION_EXECUTE_FOR_VALUES!r}")
