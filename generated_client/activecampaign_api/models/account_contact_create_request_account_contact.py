from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AccountContactCreateRequestAccountContact")


@_attrs_define
class AccountContactCreateRequestAccountContact:
    account: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    contact: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    job_title: str | Unset = UNSET
    """ The contact's job title at the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: int | str
        account = self.account

        contact: int | str
        contact = self.contact

        job_title = self.job_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "contact": contact,
            }
        )
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            account_contact_create_request_account_contact = cls.__new__(cls)
            d = dict(src_dict)
            account_contact_create_request_account_contact.account = d.pop("account")

            account_contact_create_request_account_contact.contact = d.pop("contact")

            account_contact_create_request_account_contact.job_title = d.pop("jobTitle", UNSET)

            account_contact_create_request_account_contact.additional_properties = d
            return account_contact_create_request_account_contact
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
