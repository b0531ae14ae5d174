from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactEmailList")


@_attrs_define
class ContactEmailList:
    contact_emails: list[ContactEmail]
    meta: PageMeta | Unset = UNSET
    """ Paging information of a list response. `total` is the number of matching items across all pages, sent as a
    string of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_emails = []
        for contact_emails_item_data in self.contact_emails:
            contact_emails_item = contact_emails_item_data.to_dict()
            contact_emails.append(contact_emails_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactEmails": contact_emails,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_email_list = cls.__new__(cls)
            d = dict(src_dict)
            contact_emails = []
            _contact_emails = d.pop("contactEmails")
            for contact_emails_item_data in _contact_emails:
                contact_emails_item = ContactEmail.from_dict(contact_emails_item_data)

                contact_emails.append(contact_emails_item)

            contact_email_list.contact_emails = contact_emails

            _meta = d.pop("meta", UNSET)
            meta: PageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PageMeta.from_dict(_meta)

            contact_email_list.meta = meta

            contact_email_list.additional_properties = d
            return contact_email_list
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

    def page_items(self) -> list[ContactEmail]:
        """The items of this page (`contact_emails`)."""
        return self.contact_emails


from ..models.contact_email import ContactEmail  # noqa: E402
from ..models.page_meta import PageMeta  # noqa: E402
