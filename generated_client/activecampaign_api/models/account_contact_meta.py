from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AccountContactMeta")


@_attrs_define
class AccountContactMeta:
    """Paging information. Some answers also carry `queryLog`, a debugging record of the database queries run."""

    total: str | Unset = UNSET
    query_log: AccountContactMetaQueryLog | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        query_log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_log, Unset):
            query_log = self.query_log.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if query_log is not UNSET:
            field_dict["queryLog"] = query_log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            account_contact_meta = cls.__new__(cls)
            d = dict(src_dict)
            account_contact_meta.total = d.pop("total", UNSET)

            _query_log = d.pop("queryLog", UNSET)
            query_log: AccountContactMetaQueryLog | Unset
            if isinstance(_query_log, Unset):
                query_log = UNSET
            else:
                query_log = AccountContactMetaQueryLog.from_dict(_query_log)

            account_contact_meta.query_log = query_log

            account_contact_meta.additional_properties = d
            return account_contact_meta
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


from ..models.account_contact_meta_query_log import AccountContactMetaQueryLog  # noqa: E402
