from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactViewAutomationEntryCounts")


@_attrs_define
class ContactViewAutomationEntryCounts:
    automation_entry_counts: list[ContactViewAutomationEntryCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        automation_entry_counts = []
        for automation_entry_counts_item_data in self.automation_entry_counts:
            automation_entry_counts_item = automation_entry_counts_item_data.to_dict()
            automation_entry_counts.append(automation_entry_counts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "automationEntryCounts": automation_entry_counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_view_automation_entry_counts = cls.__new__(cls)
            d = dict(src_dict)
            automation_entry_counts = []
            _automation_entry_counts = d.pop("automationEntryCounts")
            for automation_entry_counts_item_data in _automation_entry_counts:
                automation_entry_counts_item = ContactViewAutomationEntryCount.from_dict(
                    automation_entry_counts_item_data
                )

                automation_entry_counts.append(automation_entry_counts_item)

            contact_view_automation_entry_counts.automation_entry_counts = automation_entry_counts

            contact_view_automation_entry_counts.additional_properties = d
            return contact_view_automation_entry_counts
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


from ..models.contact_view_automation_entry_count import ContactViewAutomationEntryCount  # noqa: E402
