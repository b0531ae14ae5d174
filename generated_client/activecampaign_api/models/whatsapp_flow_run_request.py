from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.boolean_input_type_1 import BooleanInputType1, check_boolean_input_type_1
from ..models.boolean_input_type_2 import BooleanInputType2, check_boolean_input_type_2
from ..models.whatsapp_flow_run_request_execute_for import (
    WhatsappFlowRunRequestExecuteFor,
    check_whatsapp_flow_run_request_execute_for,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WhatsappFlowRunRequest")


@_attrs_define
class WhatsappFlowRunRequest:
    execute_for: WhatsappFlowRunRequestExecuteFor
    contact_list: list[WhatsappFlowContact]
    has_priority: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    start_on: datetime.datetime | Unset = UNSET
    """ When to start; leave out to start now. """
    flow_execution_variables: WhatsappFlowRunRequestFlowExecutionVariables | Unset = UNSET
    """ Values for the flow's variables, by name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execute_for: str = self.execute_for

        contact_list = []
        for contact_list_item_data in self.contact_list:
            contact_list_item = contact_list_item_data.to_dict()
            contact_list.append(contact_list_item)

        has_priority: bool | int | str | Unset
        if isinstance(self.has_priority, Unset):
            has_priority = UNSET
        elif isinstance(self.has_priority, int) or isinstance(self.has_priority, str):
            has_priority = self.has_priority
        else:
            has_priority = self.has_priority

        start_on: str | Unset = UNSET
        if not isinstance(self.start_on, Unset):
            start_on = self.start_on.isoformat()

        flow_execution_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow_execution_variables, Unset):
            flow_execution_variables = self.flow_execution_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execute_for": execute_for,
                "contact_list": contact_list,
            }
        )
        if has_priority is not UNSET:
            field_dict["has_priority"] = has_priority
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if flow_execution_variables is not UNSET:
            field_dict["flow_execution_variables"] = flow_execution_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            whatsapp_flow_run_request = cls.__new__(cls)
            d = dict(src_dict)
            execute_for = check_whatsapp_flow_run_request_execute_for(d.pop("execute_for"))

            whatsapp_flow_run_request.execute_for = execute_for

            contact_list = []
            _contact_list = d.pop("contact_list")
            for contact_list_item_data in _contact_list:
                contact_list_item = WhatsappFlowContact.from_dict(contact_list_item_data)

                contact_list.append(contact_list_item)

            whatsapp_flow_run_request.contact_list = contact_list

            def _parse_has_priority(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            has_priority = _parse_has_priority(d.pop("has_priority", UNSET))

            whatsapp_flow_run_request.has_priority = has_priority

            _start_on = d.pop("start_on", UNSET)
            start_on: datetime.datetime | Unset
            if isinstance(_start_on, Unset):
                start_on = UNSET
            else:
                start_on = datetime.datetime.fromisoformat(_start_on)

            whatsapp_flow_run_request.start_on = start_on

            _flow_execution_variables = d.pop("flow_execution_variables", UNSET)
            flow_execution_variables: WhatsappFlowRunRequestFlowExecutionVariables | Unset
            if isinstance(_flow_execution_variables, Unset):
                flow_execution_variables = UNSET
            else:
                flow_execution_variables = WhatsappFlowRunRequestFlowExecutionVariables.from_dict(
                    _flow_execution_variables
                )

            whatsapp_flow_run_request.flow_execution_variables = flow_execution_variables

            whatsapp_flow_run_request.additional_properties = d
            return whatsapp_flow_run_request
        except _ParseError:
            raise
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise _ParseError(cls.__name__, exc) from exc

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return _model_repr(self)


from ..models.whatsapp_flow_contact import WhatsappFlowContact  # noqa: E402
from ..models.whatsapp_flow_run_request_flow_execution_variables import WhatsappFlowRunRequestFlowExecutionVariables  # noqa: E402
