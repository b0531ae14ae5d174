from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactAutomationList")


@_attrs_define
class ContactAutomationList:
    contact_automations: list[ContactAutomation]
    automations: list[Automation] | Unset = UNSET
    """ Side-loaded with `include=automation`. """
    contacts: list[Contact] | Unset = UNSET
    """ Side-loaded with `include=contact`. """
    meta: ContactAutomationPageMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_automations = []
        for contact_automations_item_data in self.contact_automations:
            contact_automations_item = contact_automations_item_data.to_dict()
            contact_automations.append(contact_automations_item)

        automations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.automations, Unset):
            automations = []
            for automations_item_data in self.automations:
                automations_item = automations_item_data.to_dict()
                automations.append(automations_item)

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactAutomations": contact_automations,
            }
        )
        if automations is not UNSET:
            field_dict["automations"] = automations
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_automation_list = cls.__new__(cls)
            d = dict(src_dict)
            contact_automations = []
            _contact_automations = d.pop("contactAutomations")
            for contact_automations_item_data in _contact_automations:
                contact_automations_item = ContactAutomation.from_dict(contact_automations_item_data)

                contact_automations.append(contact_automations_item)

            contact_automation_list.contact_automations = contact_automations

            _automations = d.pop("automations", UNSET)
            automations: list[Automation] | Unset = UNSET
            if _automations is not UNSET:
                automations = []
                for automations_item_data in _automations:
                    automations_item = Automation.from_dict(automations_item_data)

                    automations.append(automations_item)

            contact_automation_list.automations = automations

            _contacts = d.pop("contacts", UNSET)
            contacts: list[Contact] | Unset = UNSET
            if _contacts is not UNSET:
                contacts = []
                for contacts_item_data in _contacts:
                    contacts_item = Contact.from_dict(contacts_item_data)

                    contacts.append(contacts_item)

            contact_automation_list.contacts = contacts

            _meta = d.pop("meta", UNSET)
            meta: ContactAutomationPageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ContactAutomationPageMeta.from_dict(_meta)

            contact_automation_list.meta = meta

            contact_automation_list.additional_properties = d
            return contact_automation_list
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

    def page_items(self) -> list[ContactAutomation]:
        """The items of this page (`contact_automations`)."""
        return self.contact_automations


from ..models.automation import Automation  # noqa: E402
from ..models.contact import Contact  # noqa: E402
from ..models.contact_automation import ContactAutomation  # noqa: E402
from ..models.contact_automation_page_meta import ContactAutomationPageMeta  # noqa: E402
