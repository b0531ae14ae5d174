from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WhatsappFlowExecutionContact")


@_attrs_define
class WhatsappFlowExecutionContact:
    """One contact's run through a flow."""

    id: str
    contact: WhatsappContact | Unset = UNSET
    """ A WhatsApp contact (not an ActiveCampaign contact id). """
    status: str | Unset = UNSET
    """ For example `READY`, `RUNNING`, `COMPLETED`, `EXPIRED` or `FAILED`. """
    execution_steps: list[WhatsappFlowExecutionContactExecutionStepsItem] | Unset = UNSET
    """ The steps taken so far, each with the step definition and the messages exchanged. """
    created_on: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    flow_execution: str | Unset | None = UNSET
    status_reason: str | Unset | None = UNSET
    flow: WhatsappFlowExecutionContactFlow | Unset = UNSET
    flow_version: WhatsappFlowExecutionContactFlowVersion | Unset = UNSET
    status_triggered_by: int | Unset | WhatsappUser | None = UNSET
    """ The user who last changed the status (an object when read, an id right after a run). """
    status_last_change_on: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    inbox_contact_id: str | Unset = UNSET
    is_test: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        status = self.status

        execution_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.execution_steps, Unset):
            execution_steps = []
            for execution_steps_item_data in self.execution_steps:
                execution_steps_item = execution_steps_item_data.to_dict()
                execution_steps.append(execution_steps_item)

        created_on: str | Unset | None
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        flow_execution: str | Unset | None
        if isinstance(self.flow_execution, Unset):
            flow_execution = UNSET
        else:
            flow_execution = self.flow_execution

        status_reason: str | Unset | None
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = self.status_reason

        flow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow, Unset):
            flow = self.flow.to_dict()

        flow_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow_version, Unset):
            flow_version = self.flow_version.to_dict()

        status_triggered_by: dict[str, Any] | int | Unset | None
        if isinstance(self.status_triggered_by, Unset):
            status_triggered_by = UNSET
        elif isinstance(self.status_triggered_by, WhatsappUser):
            status_triggered_by = self.status_triggered_by.to_dict()
        else:
            status_triggered_by = self.status_triggered_by

        status_last_change_on: str | Unset | None
        if isinstance(self.status_last_change_on, Unset):
            status_last_change_on = UNSET
        elif isinstance(self.status_last_change_on, datetime.datetime):
            status_last_change_on = self.status_last_change_on.isoformat()
        else:
            status_last_change_on = self.status_last_change_on

        inbox_contact_id = self.inbox_contact_id

        is_test = self.is_test

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact
        if status is not UNSET:
            field_dict["status"] = status
        if execution_steps is not UNSET:
            field_dict["execution_steps"] = execution_steps
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if flow_execution is not UNSET:
            field_dict["flow_execution"] = flow_execution
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if flow is not UNSET:
            field_dict["flow"] = flow
        if flow_version is not UNSET:
            field_dict["flow_version"] = flow_version
        if status_triggered_by is not UNSET:
            field_dict["status_triggered_by"] = status_triggered_by
        if status_last_change_on is not UNSET:
            field_dict["status_last_change_on"] = status_last_change_on
        if inbox_contact_id is not UNSET:
            field_dict["inbox_contact_id"] = inbox_contact_id
        if is_test is not UNSET:
            field_dict["is_test"] = is_test

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            whatsapp_flow_execution_contact = cls.__new__(cls)
            d = dict(src_dict)
            whatsapp_flow_execution_contact.id = d.pop("id")

            _contact = d.pop("contact", UNSET)
            contact: WhatsappContact | Unset
            if isinstance(_contact, Unset):
                contact = UNSET
            else:
                contact = WhatsappContact.from_dict(_contact)

            whatsapp_flow_execution_contact.contact = contact

            whatsapp_flow_execution_contact.status = d.pop("status", UNSET)

            _execution_steps = d.pop("execution_steps", UNSET)
            execution_steps: list[WhatsappFlowExecutionContactExecutionStepsItem] | Unset = UNSET
            if _execution_steps is not UNSET:
                execution_steps = []
                for execution_steps_item_data in _execution_steps:
                    execution_steps_item = WhatsappFlowExecutionContactExecutionStepsItem.from_dict(
                        execution_steps_item_data
                    )

                    execution_steps.append(execution_steps_item)

            whatsapp_flow_execution_contact.execution_steps = execution_steps

            def _parse_created_on(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            created_on = _parse_created_on(d.pop("created_on", UNSET))

            whatsapp_flow_execution_contact.created_on = created_on

            whatsapp_flow_execution_contact.flow_execution = d.pop("flow_execution", UNSET)

            whatsapp_flow_execution_contact.status_reason = d.pop("status_reason", UNSET)

            _flow = d.pop("flow", UNSET)
            flow: WhatsappFlowExecutionContactFlow | Unset
            if isinstance(_flow, Unset):
                flow = UNSET
            else:
                flow = WhatsappFlowExecutionContactFlow.from_dict(_flow)

            whatsapp_flow_execution_contact.flow = flow

            _flow_version = d.pop("flow_version", UNSET)
            flow_version: WhatsappFlowExecutionContactFlowVersion | Unset
            if isinstance(_flow_version, Unset):
                flow_version = UNSET
            else:
                flow_version = WhatsappFlowExecutionContactFlowVersion.from_dict(_flow_version)

            whatsapp_flow_execution_contact.flow_version = flow_version

            def _parse_status_triggered_by(data: object) -> int | Unset | WhatsappUser | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    status_triggered_by_type_0 = WhatsappUser.from_dict(data)

                    return status_triggered_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(int | None | Unset | WhatsappUser, data)

            status_triggered_by = _parse_status_triggered_by(d.pop("status_triggered_by", UNSET))

            whatsapp_flow_execution_contact.status_triggered_by = status_triggered_by

            def _parse_status_last_change_on(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            status_last_change_on = _parse_status_last_change_on(d.pop("status_last_change_on", UNSET))

            whatsapp_flow_execution_contact.status_last_change_on = status_last_change_on

            whatsapp_flow_execution_contact.inbox_contact_id = d.pop("inbox_contact_id", UNSET)

            whatsapp_flow_execution_contact.is_test = d.pop("is_test", UNSET)

            whatsapp_flow_execution_contact.additional_properties = d
            return whatsapp_flow_execution_contact
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


from ..models.whatsapp_contact import WhatsappContact  # noqa: E402
from ..models.whatsapp_flow_execution_contact_execution_steps_item import WhatsappFlowExecutionContactExecutionStepsItem  # noqa: E402
from ..models.whatsapp_flow_execution_contact_flow import WhatsappFlowExecutionContactFlow  # noqa: E402
from ..models.whatsapp_flow_execution_contact_flow_version import WhatsappFlowExecutionContactFlowVersion  # noqa: E402
from ..models.whatsapp_user import WhatsappUser  # noqa: E402
