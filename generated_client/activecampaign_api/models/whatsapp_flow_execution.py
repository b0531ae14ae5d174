from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.whatsapp_flow_execution_execute_for import (
    WhatsappFlowExecutionExecuteFor,
    check_whatsapp_flow_execution_execute_for,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WhatsappFlowExecution")


@_attrs_define
class WhatsappFlowExecution:
    """One run of a flow over a set of contacts, with its counts."""

    id: str
    status: str | Unset = UNSET
    """ For example `PROCESSING`, `RUNNING`, `COMPLETED` or `CANCELED`. """
    execute_for: WhatsappFlowExecutionExecuteFor | Unset = UNSET
    has_priority: bool | Unset = UNSET
    flow_execution_variables: Unset | WhatsappFlowExecutionFlowExecutionVariablesType0 | None = UNSET
    start_on: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    num_contacts: int | Unset = UNSET
    expired: int | Unset = UNSET
    running: int | Unset = UNSET
    completed: int | Unset = UNSET
    canceled: int | Unset = UNSET
    failed: int | Unset = UNSET
    created_on: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    avg_completion_time: str | Unset | None = UNSET
    status_reason: str | Unset | None = UNSET
    status_triggered_by: int | Unset | WhatsappUser | None = UNSET
    """ The user who last changed the status (an object when read, an id right after a run). """
    status_last_change_on: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    created_by: WhatsappUser | Unset = UNSET
    """ A user of the account, as this service nests it. """
    contact_filters: list[WhatsappFlowExecutionContactFiltersItem] | Unset = UNSET
    contact_import: str | Unset | None = UNSET
    flow: str | Unset | WhatsappFlowExecutionFlowType1 = UNSET
    """ The flow (its id when created, the flow object when read). """
    flow_version: str | Unset | WhatsappFlowExecutionFlowVersionType1 = UNSET
    """ The flow version (its id when created, the version object when read). """
    last_run_on: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        execute_for: str | Unset = UNSET
        if not isinstance(self.execute_for, Unset):
            execute_for = self.execute_for

        has_priority = self.has_priority

        flow_execution_variables: dict[str, Any] | Unset | None
        if isinstance(self.flow_execution_variables, Unset):
            flow_execution_variables = UNSET
        elif isinstance(self.flow_execution_variables, WhatsappFlowExecutionFlowExecutionVariablesType0):
            flow_execution_variables = self.flow_execution_variables.to_dict()
        else:
            flow_execution_variables = self.flow_execution_variables

        start_on: str | Unset | None
        if isinstance(self.start_on, Unset):
            start_on = UNSET
        elif isinstance(self.start_on, datetime.datetime):
            start_on = self.start_on.isoformat()
        else:
            start_on = self.start_on

        num_contacts = self.num_contacts

        expired = self.expired

        running = self.running

        completed = self.completed

        canceled = self.canceled

        failed = self.failed

        created_on: str | Unset | None
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        avg_completion_time: str | Unset | None
        if isinstance(self.avg_completion_time, Unset):
            avg_completion_time = UNSET
        else:
            avg_completion_time = self.avg_completion_time

        status_reason: str | Unset | None
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = self.status_reason

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

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        contact_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_filters, Unset):
            contact_filters = []
            for contact_filters_item_data in self.contact_filters:
                contact_filters_item = contact_filters_item_data.to_dict()
                contact_filters.append(contact_filters_item)

        contact_import: str | Unset | None
        if isinstance(self.contact_import, Unset):
            contact_import = UNSET
        else:
            contact_import = self.contact_import

        flow: dict[str, Any] | str | Unset
        if isinstance(self.flow, Unset):
            flow = UNSET
        elif isinstance(self.flow, WhatsappFlowExecutionFlowType1):
            flow = self.flow.to_dict()
        else:
            flow = self.flow

        flow_version: dict[str, Any] | str | Unset
        if isinstance(self.flow_version, Unset):
            flow_version = UNSET
        elif isinstance(self.flow_version, WhatsappFlowExecutionFlowVersionType1):
            flow_version = self.flow_version.to_dict()
        else:
            flow_version = self.flow_version

        last_run_on: str | Unset | None
        if isinstance(self.last_run_on, Unset):
            last_run_on = UNSET
        elif isinstance(self.last_run_on, datetime.datetime):
            last_run_on = self.last_run_on.isoformat()
        else:
            last_run_on = self.last_run_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if execute_for is not UNSET:
            field_dict["execute_for"] = execute_for
        if has_priority is not UNSET:
            field_dict["has_priority"] = has_priority
        if flow_execution_variables is not UNSET:
            field_dict["flow_execution_variables"] = flow_execution_variables
        if start_on is not UNSET:
            field_dict["start_on"] = start_on
        if num_contacts is not UNSET:
            field_dict["num_contacts"] = num_contacts
        if expired is not UNSET:
            field_dict["expired"] = expired
        if running is not UNSET:
            field_dict["running"] = running
        if completed is not UNSET:
            field_dict["completed"] = completed
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if failed is not UNSET:
            field_dict["failed"] = failed
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if avg_completion_time is not UNSET:
            field_dict["avg_completion_time"] = avg_completion_time
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if status_triggered_by is not UNSET:
            field_dict["status_triggered_by"] = status_triggered_by
        if status_last_change_on is not UNSET:
            field_dict["status_last_change_on"] = status_last_change_on
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if contact_filters is not UNSET:
            field_dict["contact_filters"] = contact_filters
        if contact_import is not UNSET:
            field_dict["contact_import"] = contact_import
        if flow is not UNSET:
            field_dict["flow"] = flow
        if flow_version is not UNSET:
            field_dict["flow_version"] = flow_version
        if last_run_on is not UNSET:
            field_dict["last_run_on"] = last_run_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            whatsapp_flow_execution = cls.__new__(cls)
            d = dict(src_dict)
            whatsapp_flow_execution.id = d.pop("id")

            whatsapp_flow_execution.status = d.pop("status", UNSET)

            _execute_for = d.pop("execute_for", UNSET)
            execute_for: WhatsappFlowExecutionExecuteFor | Unset
            if isinstance(_execute_for, Unset):
                execute_for = UNSET
            else:
                execute_for = check_whatsapp_flow_execution_execute_for(_execute_for)

            whatsapp_flow_execution.execute_for = execute_for

            whatsapp_flow_execution.has_priority = d.pop("has_priority", UNSET)

            def _parse_flow_execution_variables(
                data: object,
            ) -> Unset | WhatsappFlowExecutionFlowExecutionVariablesType0 | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    flow_execution_variables_type_0 = WhatsappFlowExecutionFlowExecutionVariablesType0.from_dict(data)

                    return flow_execution_variables_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | WhatsappFlowExecutionFlowExecutionVariablesType0, data)

            flow_execution_variables = _parse_flow_execution_variables(d.pop("flow_execution_variables", UNSET))

            whatsapp_flow_execution.flow_execution_variables = flow_execution_variables

            def _parse_start_on(data: object) -> datetime.datetime | str | Unset | None:
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

            start_on = _parse_start_on(d.pop("start_on", UNSET))

            whatsapp_flow_execution.start_on = start_on

            whatsapp_flow_execution.num_contacts = d.pop("num_contacts", UNSET)

            whatsapp_flow_execution.expired = d.pop("expired", UNSET)

            whatsapp_flow_execution.running = d.pop("running", UNSET)

            whatsapp_flow_execution.completed = d.pop("completed", UNSET)

            whatsapp_flow_execution.canceled = d.pop("canceled", UNSET)

            whatsapp_flow_execution.failed = d.pop("failed", UNSET)

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

            whatsapp_flow_execution.created_on = created_on

            whatsapp_flow_execution.avg_completion_time = d.pop("avg_completion_time", UNSET)

            whatsapp_flow_execution.status_reason = d.pop("status_reason", UNSET)

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

            whatsapp_flow_execution.status_triggered_by = status_triggered_by

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

            whatsapp_flow_execution.status_last_change_on = status_last_change_on

            _created_by = d.pop("created_by", UNSET)
            created_by: WhatsappUser | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = WhatsappUser.from_dict(_created_by)

            whatsapp_flow_execution.created_by = created_by

            _contact_filters = d.pop("contact_filters", UNSET)
            contact_filters: list[WhatsappFlowExecutionContactFiltersItem] | Unset = UNSET
            if _contact_filters is not UNSET:
                contact_filters = []
                for contact_filters_item_data in _contact_filters:
                    contact_filters_item = WhatsappFlowExecutionContactFiltersItem.from_dict(contact_filters_item_data)

                    contact_filters.append(contact_filters_item)

            whatsapp_flow_execution.contact_filters = contact_filters

            whatsapp_flow_execution.contact_import = d.pop("contact_import", UNSET)

            def _parse_flow(data: object) -> str | Unset | WhatsappFlowExecutionFlowType1:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    flow_type_1 = WhatsappFlowExecutionFlowType1.from_dict(data)

                    return flow_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | Unset | WhatsappFlowExecutionFlowType1, data)

            flow = _parse_flow(d.pop("flow", UNSET))

            whatsapp_flow_execution.flow = flow

            def _parse_flow_version(data: object) -> str | Unset | WhatsappFlowExecutionFlowVersionType1:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    flow_version_type_1 = WhatsappFlowExecutionFlowVersionType1.from_dict(data)

                    return flow_version_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | Unset | WhatsappFlowExecutionFlowVersionType1, data)

            flow_version = _parse_flow_version(d.pop("flow_version", UNSET))

            whatsapp_flow_execution.flow_version = flow_version

            def _parse_last_run_on(data: object) -> datetime.datetime | str | Unset | None:
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

            last_run_on = _parse_last_run_on(d.pop("last_run_on", UNSET))

            whatsapp_flow_execution.last_run_on = last_run_on

            whatsapp_flow_execution.additional_properties = d
            return whatsapp_flow_execution
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


from ..models.whatsapp_flow_execution_contact_filters_item import WhatsappFlowExecutionContactFiltersItem  # noqa: E402
from ..models.whatsapp_flow_execution_flow_execution_variables_type_0 import (
    WhatsappFlowExecutionFlowExecutionVariablesType0,
)
from ..models.whatsapp_flow_execution_flow_type_1 import WhatsappFlowExecutionFlowType1  # noqa: E402
from ..models.whatsapp_flow_execution_flow_version_type_1 import WhatsappFlowExecutionFlowVersionType1  # noqa: E402
from ..models.whatsapp_user import WhatsappUser  # noqa: E402
