from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Personalization")


@_attrs_define
class Personalization:
    """A personalization variable. Reads name its lists `listIds` (with `listNames` and `listsCount`); writes answer with
    `listids`.

    """

    id: str
    name: str | Unset = UNSET
    tag: str | Unset = UNSET
    """ The tag used in messages, without the surrounding `%`. """
    format_: str | Unset = UNSET
    """ `html` or `text`. """
    content: str | Unset | None = UNSET
    list_ids: str | Unset | None = UNSET
    """ Comma-separated ids of the lists the variable applies to. """
    list_names: str | Unset | None = UNSET
    """ Comma-separated names of those lists. """
    lists_count: str | Unset | None = UNSET
    listids: str | Unset | None = UNSET
    """ Comma-separated ids of the lists the variable applies to. """
    userid: str | Unset | None = UNSET
    is_locked: bool | Unset = UNSET
    """ Whether only admins may change the variable. """
    created_timestamp: str | Unset | None = UNSET
    """ Creation time as `YYYY-MM-DD hh:mm:ss`. """
    updated_timestamp: str | Unset | None = UNSET
    """ Update time as `YYYY-MM-DD hh:mm:ss`. """
    created_by: str | Unset | None = UNSET
    updated_by: str | Unset | None = UNSET
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tag = self.tag

        format_ = self.format_

        content: str | Unset | None
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        list_ids: str | Unset | None
        if isinstance(self.list_ids, Unset):
            list_ids = UNSET
        else:
            list_ids = self.list_ids

        list_names: str | Unset | None
        if isinstance(self.list_names, Unset):
            list_names = UNSET
        else:
            list_names = self.list_names

        lists_count: str | Unset | None
        if isinstance(self.lists_count, Unset):
            lists_count = UNSET
        else:
            lists_count = self.lists_count

        listids: str | Unset | None
        if isinstance(self.listids, Unset):
            listids = UNSET
        else:
            listids = self.listids

        userid: str | Unset | None
        if isinstance(self.userid, Unset):
            userid = UNSET
        else:
            userid = self.userid

        is_locked = self.is_locked

        created_timestamp: str | Unset | None
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        updated_timestamp: str | Unset | None
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

        created_by: str | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: str | Unset | None
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        links: dict[str, Any] | list[str] | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, Links):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if tag is not UNSET:
            field_dict["tag"] = tag
        if format_ is not UNSET:
            field_dict["format"] = format_
        if content is not UNSET:
            field_dict["content"] = content
        if list_ids is not UNSET:
            field_dict["listIds"] = list_ids
        if list_names is not UNSET:
            field_dict["listNames"] = list_names
        if lists_count is not UNSET:
            field_dict["listsCount"] = lists_count
        if listids is not UNSET:
            field_dict["listids"] = listids
        if userid is not UNSET:
            field_dict["userid"] = userid
        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp
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
            personalization = cls.__new__(cls)
            d = dict(src_dict)
            personalization.id = d.pop("id")

            personalization.name = d.pop("name", UNSET)

            personalization.tag = d.pop("tag", UNSET)

            personalization.format_ = d.pop("format", UNSET)

            personalization.content = d.pop("content", UNSET)

            personalization.list_ids = d.pop("listIds", UNSET)

            personalization.list_names = d.pop("listNames", UNSET)

            personalization.lists_count = d.pop("listsCount", UNSET)

            personalization.listids = d.pop("listids", UNSET)

            personalization.userid = d.pop("userid", UNSET)

            personalization.is_locked = d.pop("isLocked", UNSET)

            personalization.created_timestamp = d.pop("created_timestamp", UNSET)

            personalization.updated_timestamp = d.pop("updated_timestamp", UNSET)

            personalization.created_by = d.pop("created_by", UNSET)

            personalization.updated_by = d.pop("updated_by", UNSET)

            def _parse_links(data: object) -> Links | list[str] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_links_or_empty_type_0 = Links.from_dict(data)

                    return componentsschemas_links_or_empty_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_links_or_empty_type_1 = cast(list[str], data)

                return componentsschemas_links_or_empty_type_1

            links = _parse_links(d.pop("links", UNSET))

            personalization.links = links

            personalization.additional_properties = d
            return personalization
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
