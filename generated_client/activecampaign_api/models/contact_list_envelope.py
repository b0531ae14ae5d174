from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactListEnvelope")


@_attrs_define
class ContactListEnvelope:
    contact_list: ContactListMembership
    """ A contact's membership of one list. """
    contacts: list[Contact] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_list = self.contact_list.to_dict()

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactList": contact_list,
            }
        )
        if contacts is not UNSET:
            field_dict["contacts"] = contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_list_envelope = cls.__new__(cls)
            d = dict(src_dict)
            contact_list = ContactListMembership.from_dict(d.pop("contactList"))

            contact_list_envelope.contact_list = contact_list

            _contacts = d.pop("contacts", UNSET)
            contacts: list[Contact] | Unset = UNSET
            if _contacts is not UNSET:
                contacts = []
                for contacts_item_data in _contacts:
                    contacts_item = Contact.from_dict(contacts_item_data)

                    contacts.append(contacts_item)

            contact_list_envelope.contacts = contacts

            contact_list_envelope.additional_properties = d
            return contact_list_envelope
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


from ..models.contact import Contact  # noqa: E402
from ..models.contact_list_membership import ContactListMembership  # noqa: E402
