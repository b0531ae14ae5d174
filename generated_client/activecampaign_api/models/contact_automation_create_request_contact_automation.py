from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactAutomationCreateRequestContactAutomation")


@_attrs_define
class ContactAutomationCreateRequestContactAutomation:
    contact: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    automation: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact: int | str
        contact = self.contact

        automation: int | str
        automation = self.automation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact": contact,
                "automation": automation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_automation_create_request_contact_automation = cls.__new__(cls)
            d = dict(src_dict)
            contact_automation_create_request_contact_automation.contact = d.pop("contact")

            contact_automation_create_request_contact_automation.automation = d.pop("automation")

            contact_automation_create_request_contact_automation.additional_properties = d
            return contact_automation_create_request_contact_automation
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
