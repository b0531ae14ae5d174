from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AccountContactList")


@_attrs_define
class AccountContactList:
    account_contacts: list[AccountContact]
    meta: AccountContactMeta | Unset = UNSET
    """ Paging information. Some answers also carry `queryLog`, a debugging record of the database queries run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_contacts = []
        for account_contacts_item_data in self.account_contacts:
            account_contacts_item = account_contacts_item_data.to_dict()
            account_contacts.append(account_contacts_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountContacts": account_contacts,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            account_contact_list = cls.__new__(cls)
            d = dict(src_dict)
            account_contacts = []
            _account_contacts = d.pop("accountContacts")
            for account_contacts_item_data in _account_contacts:
                account_contacts_item = AccountContact.from_dict(account_contacts_item_data)

                account_contacts.append(account_contacts_item)

            account_contact_list.account_contacts = account_contacts

            _meta = d.pop("meta", UNSET)
            meta: AccountContactMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = AccountContactMeta.from_dict(_meta)

            account_contact_list.meta = meta

            account_contact_list.additional_properties = d
            return account_contact_list
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

    def page_items(self) -> list[AccountContact]:
        """The items of this page (`account_contacts`)."""
        return self.account_contacts


from ..models.account_contact import AccountContact  # noqa: E402
from ..models.account_contact_meta import AccountContactMeta  # noqa: E402
