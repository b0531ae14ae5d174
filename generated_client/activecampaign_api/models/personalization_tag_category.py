from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="PersonalizationTagCategory")


@_attrs_define
class PersonalizationTagCategory:
    id: str
    """ Category key, e.g. `contacts`, `deals`, `ecom`. """
    type_: str | Unset = UNSET
    """ Where the tags come from, e.g. `standard`, `app`, `customobjects`. """
    category: str | Unset = UNSET
    """ Display name of the category, in the user's language. """
    entries: list[PersonalizationTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        category = self.category

        entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if category is not UNSET:
            field_dict["category"] = category
        if entries is not UNSET:
            field_dict["entries"] = entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            personalization_tag_category = cls.__new__(cls)
            d = dict(src_dict)
            personalization_tag_category.id = d.pop("id")

            personalization_tag_category.type_ = d.pop("type", UNSET)

            personalization_tag_category.category = d.pop("category", UNSET)

            _entries = d.pop("entries", UNSET)
            entries: list[PersonalizationTag] | Unset = UNSET
            if _entries is not UNSET:
                entries = []
                for entries_item_data in _entries:
                    entries_item = PersonalizationTag.from_dict(entries_item_data)

                    entries.append(entries_item)

            personalization_tag_category.entries = entries

            personalization_tag_category.additional_properties = d
            return personalization_tag_category
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


from ..models.personalization_tag import PersonalizationTag  # noqa: E402
