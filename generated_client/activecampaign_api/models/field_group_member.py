from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FieldGroupMember")


@_attrs_define
class FieldGroupMember:
    """The placement of one custom field in a field group."""

    id: int
    group_id: int | Unset = UNSET
    rel_id: int | Unset = UNSET
    """ Id of the custom field. """
    ordernum: int | Unset | None = UNSET
    created_by: int | Unset | None = UNSET
    updated_by: int | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_id = self.group_id

        rel_id = self.rel_id

        ordernum: int | Unset | None
        if isinstance(self.ordernum, Unset):
            ordernum = UNSET
        else:
            ordernum = self.ordernum

        created_by: int | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: int | Unset | None
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if rel_id is not UNSET:
            field_dict["rel_id"] = rel_id
        if ordernum is not UNSET:
            field_dict["ordernum"] = ordernum
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            field_group_member = cls.__new__(cls)
            d = dict(src_dict)
            field_group_member.id = d.pop("id")

            field_group_member.group_id = d.pop("group_id", UNSET)

            field_group_member.rel_id = d.pop("rel_id", UNSET)

            field_group_member.ordernum = d.pop("ordernum", UNSET)

            field_group_member.created_by = d.pop("created_by", UNSET)

            field_group_member.updated_by = d.pop("updated_by", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            field_group_member.links = links

            field_group_member.additional_properties = d
            return field_group_member
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


from ..models.links import Links  # noqa: E402
