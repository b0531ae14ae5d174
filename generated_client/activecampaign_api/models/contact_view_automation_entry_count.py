from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactViewAutomationEntryCount")


@_attrs_define
class ContactViewAutomationEntryCount:
    """How many times the contact entered one automation."""

    id: str
    """ Id of the automation. """
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Automation status, 1 active, 2 inactive. """
    hidden: str | Unset = UNSET
    contact_entry_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        hidden = self.hidden

        contact_entry_count = self.contact_entry_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if contact_entry_count is not UNSET:
            field_dict["contactEntryCount"] = contact_entry_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_view_automation_entry_count = cls.__new__(cls)
            d = dict(src_dict)
            contact_view_automation_entry_count.id = d.pop("id")

            contact_view_automation_entry_count.name = d.pop("name", UNSET)

            contact_view_automation_entry_count.status = d.pop("status", UNSET)

            contact_view_automation_entry_count.hidden = d.pop("hidden", UNSET)

            contact_view_automation_entry_count.contact_entry_count = d.pop("contactEntryCount", UNSET)

            contact_view_automation_entry_count.additional_properties = d
            return contact_view_automation_entry_count
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
