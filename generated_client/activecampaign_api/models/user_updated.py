from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UserUpdated")


@_attrs_define
class UserUpdated:
    user: User
    """ A user as the API returns it. """
    user_groups: list[UserGroupMembership] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        user_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_groups, Unset):
            user_groups = []
            for user_groups_item_data in self.user_groups:
                user_groups_item = user_groups_item_data.to_dict()
                user_groups.append(user_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
            }
        )
        if user_groups is not UNSET:
            field_dict["userGroups"] = user_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            user_updated = cls.__new__(cls)
            d = dict(src_dict)
            user = User.from_dict(d.pop("user"))

            user_updated.user = user

            _user_groups = d.pop("userGroups", UNSET)
            user_groups: list[UserGroupMembership] | Unset = UNSET
            if _user_groups is not UNSET:
                user_groups = []
                for user_groups_item_data in _user_groups:
                    user_groups_item = UserGroupMembership.from_dict(user_groups_item_data)

                    user_groups.append(user_groups_item)

            user_updated.user_groups = user_groups

            user_updated.additional_properties = d
            return user_updated
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


from ..models.user import User  # noqa: E402
from ..models.user_group_membership import UserGroupMembership  # noqa: E402
