from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ListGroup")


@_attrs_define
class ListGroup:
    """A permission letting one user group use one list. Right after creation `list` and `group` echo the numbers sent;
    reads return strings of digits.

    """

    id: str
    listid: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    groupid: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    list_: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    group: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        listid: int | str | Unset
        if isinstance(self.listid, Unset):
            listid = UNSET
        else:
            listid = self.listid

        groupid: int | str | Unset
        if isinstance(self.groupid, Unset):
            groupid = UNSET
        else:
            groupid = self.groupid

        list_: int | str | Unset
        if isinstance(self.list_, Unset):
            list_ = UNSET
        else:
            list_ = self.list_

        group: int | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

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
        if listid is not UNSET:
            field_dict["listid"] = listid
        if groupid is not UNSET:
            field_dict["groupid"] = groupid
        if list_ is not UNSET:
            field_dict["list"] = list_
        if group is not UNSET:
            field_dict["group"] = group
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            list_group = cls.__new__(cls)
            d = dict(src_dict)
            list_group.id = d.pop("id")

            list_group.listid = d.pop("listid", UNSET)

            list_group.groupid = d.pop("groupid", UNSET)

            list_group.list_ = d.pop("list", UNSET)

            list_group.group = d.pop("group", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            list_group.links = links

            list_group.additional_properties = d
            return list_group
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
