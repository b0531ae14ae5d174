from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FieldGroupMemberRequestGroupMember")


@_attrs_define
class FieldGroupMemberRequestGroupMember:
    rel_id: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    ordernum: int | str | Unset | None = UNSET
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    group_id: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rel_id: int | str
        rel_id = self.rel_id

        ordernum: int | str | Unset | None
        if isinstance(self.ordernum, Unset):
            ordernum = UNSET
        else:
            ordernum = self.ordernum

        group_id: int | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rel_id": rel_id,
            }
        )
        if ordernum is not UNSET:
            field_dict["ordernum"] = ordernum
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            field_group_member_request_group_member = cls.__new__(cls)
            d = dict(src_dict)
            field_group_member_request_group_member.rel_id = d.pop("rel_id")

            field_group_member_request_group_member.ordernum = d.pop("ordernum", UNSET)

            field_group_member_request_group_member.group_id = d.pop("group_id", UNSET)

            field_group_member_request_group_member.additional_properties = d
            return field_group_member_request_group_member
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
