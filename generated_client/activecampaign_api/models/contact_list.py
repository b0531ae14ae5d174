from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactList")


@_attrs_define
class ContactList:
    contacts: list[Contact]
    meta: ContactPageMeta
    """ Paging information of a contact list. `page_input` echoes the filters the API applied. """
    score_values: list[ContactListScoreValuesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        meta = self.meta.to_dict()

        score_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.score_values, Unset):
            score_values = []
            for score_values_item_data in self.score_values:
                score_values_item = score_values_item_data.to_dict()
                score_values.append(score_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
                "meta": meta,
            }
        )
        if score_values is not UNSET:
            field_dict["scoreValues"] = score_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_list = cls.__new__(cls)
            d = dict(src_dict)
            contacts = []
            _contacts = d.pop("contacts")
            for contacts_item_data in _contacts:
                contacts_item = Contact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

            contact_list.contacts = contacts

            meta = ContactPageMeta.from_dict(d.pop("meta"))

            contact_list.meta = meta

            _score_values = d.pop("scoreValues", UNSET)
            score_values: list[ContactListScoreValuesItem] | Unset = UNSET
            if _score_values is not UNSET:
                score_values = []
                for score_values_item_data in _score_values:
                    score_values_item = ContactListScoreValuesItem.from_dict(score_values_item_data)

                    score_values.append(score_values_item)

            contact_list.score_values = score_values

            contact_list.additional_properties = d
            return contact_list
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

    def page_items(self) -> list[Contact]:
        """The items of this page (`contacts`)."""
        return self.contacts


from ..models.contact import Contact  # noqa: E402
from ..models.contact_list_score_values_item import ContactListScoreValuesItem  # noqa: E402
from ..models.contact_page_meta import ContactPageMeta  # noqa: E402
