from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AccountNoteEnvelope")


@_attrs_define
class AccountNoteEnvelope:
    note: AccountNote
    """ A note attached to an account. """
    accounts: list[Account] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note = self.note.to_dict()

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "note": note,
            }
        )
        if accounts is not UNSET:
            field_dict["accounts"] = accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            account_note_envelope = cls.__new__(cls)
            d = dict(src_dict)
            note = AccountNote.from_dict(d.pop("note"))

            account_note_envelope.note = note

            _accounts = d.pop("accounts", UNSET)
            accounts: list[Account] | Unset = UNSET
            if _accounts is not UNSET:
                accounts = []
                for accounts_item_data in _accounts:
                    accounts_item = Account.from_dict(accounts_item_data)

                    accounts.append(accounts_item)

            account_note_envelope.accounts = accounts

            account_note_envelope.additional_properties = d
            return account_note_envelope
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


from ..models.account import Account  # noqa: E402
from ..models.account_note import AccountNote  # noqa: E402
