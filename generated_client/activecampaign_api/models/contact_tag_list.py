from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactTagList")


@_attrs_define
class ContactTagList:
    contact_tags: list[ContactTag]
    tags: list[Tag] | Unset = UNSET
    """ Side-loaded with `include=tag`. """
    contacts: list[Contact] | Unset = UNSET
    """ Side-loaded with `include=contact`. """
    meta: PageMeta | Unset = UNSET
    """ Paging information of a list response. `total` is the number of matching items across all pages, sent as a
    string of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_tags = []
        for contact_tags_item_data in self.contact_tags:
            contact_tags_item = contact_tags_item_data.to_dict()
            contact_tags.append(contact_tags_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactTags": contact_tags,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_tag_list = cls.__new__(cls)
            d = dict(src_dict)
            contact_tags = []
            _contact_tags = d.pop("contactTags")
            for contact_tags_item_data in _contact_tags:
                contact_tags_item = ContactTag.from_dict(contact_tags_item_data)

                contact_tags.append(contact_tags_item)

            contact_tag_list.contact_tags = contact_tags

            _tags = d.pop("tags", UNSET)
            tags: list[Tag] | Unset = UNSET
            if _tags is not UNSET:
                tags = []
                for tags_item_data in _tags:
                    tags_item = Tag.from_dict(tags_item_data)

                    tags.append(tags_item)

            contact_tag_list.tags = tags

            _contacts = d.pop("contacts", UNSET)
            contacts: list[Contact] | Unset = UNSET
            if _contacts is not UNSET:
                contacts = []
                for contacts_item_data in _contacts:
                    contacts_item = Contact.from_dict(contacts_item_data)

                    contacts.append(contacts_item)

            contact_tag_list.contacts = contacts

            _meta = d.pop("meta", UNSET)
            meta: PageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PageMeta.from_dict(_meta)

            contact_tag_list.meta = meta

            contact_tag_list.additional_properties = d
            return contact_tag_list
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

    def page_items(self) -> list[ContactTag]:
        """The items of this page (`contact_tags`)."""
        return self.contact_tags


from ..models.contact import Contact  # noqa: E402
from ..models.contact_tag import ContactTag  # noqa: E402
from ..models.page_meta import PageMeta  # noqa: E402
from ..models.tag import Tag  # noqa: E402
