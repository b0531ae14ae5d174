from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AutomationPageMeta")


@_attrs_define
class AutomationPageMeta:
    """Paging information of an automation list, with the start triggers of the listed automations."""

    total: str | Unset = UNSET
    starts: list[AutomationStart] | Unset = UNSET
    filtered: bool | Unset = UNSET
    sms_logs: list[AutomationPageMetaSmsLogsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        starts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.starts, Unset):
            starts = []
            for starts_item_data in self.starts:
                starts_item = starts_item_data.to_dict()
                starts.append(starts_item)

        filtered = self.filtered

        sms_logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sms_logs, Unset):
            sms_logs = []
            for sms_logs_item_data in self.sms_logs:
                sms_logs_item = sms_logs_item_data.to_dict()
                sms_logs.append(sms_logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if starts is not UNSET:
            field_dict["starts"] = starts
        if filtered is not UNSET:
            field_dict["filtered"] = filtered
        if sms_logs is not UNSET:
            field_dict["smsLogs"] = sms_logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            automation_page_meta = cls.__new__(cls)
            d = dict(src_dict)
            automation_page_meta.total = d.pop("total", UNSET)

            _starts = d.pop("starts", UNSET)
            starts: list[AutomationStart] | Unset = UNSET
            if _starts is not UNSET:
                starts = []
                for starts_item_data in _starts:
                    starts_item = AutomationStart.from_dict(starts_item_data)

                    starts.append(starts_item)

            automation_page_meta.starts = starts

            automation_page_meta.filtered = d.pop("filtered", UNSET)

            _sms_logs = d.pop("smsLogs", UNSET)
            sms_logs: list[AutomationPageMetaSmsLogsItem] | Unset = UNSET
            if _sms_logs is not UNSET:
                sms_logs = []
                for sms_logs_item_data in _sms_logs:
                    sms_logs_item = AutomationPageMetaSmsLogsItem.from_dict(sms_logs_item_data)

                    sms_logs.append(sms_logs_item)

            automation_page_meta.sms_logs = sms_logs

            automation_page_meta.additional_properties = d
            return automation_page_meta
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


from ..models.automation_page_meta_sms_logs_item import AutomationPageMetaSmsLogsItem  # noqa: E402
from ..models.automation_start import AutomationStart  # noqa: E402
