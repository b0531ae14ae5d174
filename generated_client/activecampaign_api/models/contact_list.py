from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactList")


@_attrs_define
class ContactList:
    contacts: list[Contact]
    meta: ContactPageMeta
    """ Paging information of a contact list. `page_input` echoes the filters the API applied. """
    score_values: list[ContactListScoreValuesItem] | Unset = UNSET
    contact_lists: list[ContactListMembership] | Unset = UNSET
    """ Side-loaded with `include=contactLists`. """
    lists: list[MailingList] | Unset = UNSET
    """ Side-loaded with `include=contactLists.list`. """
    contact_tags: list[ContactTag] | Unset = UNSET
    """ Side-loaded with `include=contactTags`. """
    tags: list[Tag] | Unset = UNSET
    """ Side-loaded with `include=contactTags.tag`. """
    field_values: list[FieldValue] | Unset = UNSET
    """ Side-loaded with `include=fieldValues`. """
    deals: list[Deal] | Unset = UNSET
    """ Side-loaded with `include=deals`. """
    organization: list[ContactViewOrganization] | Unset = UNSET
    """ Side-loaded with `include=organization`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        meta = self.meta.to_dict()

        score_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.score_values, Unset):
            score_values = []
            for score_values_item_data in self.score_values:
                score_values_item = score_values_item_data.to_dict()
                score_values.append(score_values_item)

        contact_lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_lists, Unset):
            contact_lists = []
            for contact_lists_item_data in self.contact_lists:
                contact_lists_item = contact_lists_item_data.to_dict()
                contact_lists.append(contact_lists_item)

        lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = []
            for lists_item_data in self.lists:
                lists_item = lists_item_data.to_dict()
                lists.append(lists_item)

        contact_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contact_tags, Unset):
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

        field_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_values, Unset):
            field_values = []
            for field_values_item_data in self.field_values:
                field_values_item = field_values_item_data.to_dict()
                field_values.append(field_values_item)

        deals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deals, Unset):
            deals = []
            for deals_item_data in self.deals:
                deals_item = deals_item_data.to_dict()
                deals.append(deals_item)

        organization: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = []
            for organization_item_data in self.organization:
                organization_item = organization_item_data.to_dict()
                organization.append(organization_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
                "meta": meta,
            }
        )
        if score_values is not UNSET:
            field_dict["scoreValues"] = score_values
        if contact_lists is not UNSET:
            field_dict["contactLists"] = contact_lists
        if lists is not UNSET:
            field_dict["lists"] = lists
        if contact_tags is not UNSET:
            field_dict["contactTags"] = contact_tags
        if tags is not UNSET:
            field_dict["tags"] = tags
        if field_values is not UNSET:
            field_dict["fieldValues"] = field_values
        if deals is not UNSET:
            field_dict["deals"] = deals
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_list = cls.__new__(cls)
            d = dict(src_dict)
            contacts = []
            _contacts = d.pop("contacts")
            for contacts_item_data in _contacts:
                contacts_item = Contact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

            contact_list.contacts = contacts

            meta = ContactPageMeta.from_dict(d.pop("meta"))

            contact_list.meta = meta

            _score_values = d.pop("scoreValues", UNSET)
            score_values: list[ContactListScoreValuesItem] | Unset = UNSET
            if _score_values is not UNSET:
                score_values = []
                for score_values_item_data in _score_values:
                    score_values_item = ContactListScoreValuesItem.from_dict(score_values_item_data)

                    score_values.append(score_values_item)

            contact_list.score_values = score_values

            _contact_lists = d.pop("contactLists", UNSET)
            contact_lists: list[ContactListMembership] | Unset = UNSET
            if _contact_lists is not UNSET:
                contact_lists = []
                for contact_lists_item_data in _contact_lists:
                    contact_lists_item = ContactListMembership.from_dict(contact_lists_item_data)

                    contact_lists.append(contact_lists_item)

            contact_list.contact_lists = contact_lists

            _lists = d.pop("lists", UNSET)
            lists: list[MailingList] | Unset = UNSET
            if _lists is not UNSET:
                lists = []
                for lists_item_data in _lists:
                    lists_item = MailingList.from_dict(lists_item_data)

                    lists.append(lists_item)

            contact_list.lists = lists

            _contact_tags = d.pop("contactTags", UNSET)
            contact_tags: list[ContactTag] | Unset = UNSET
            if _contact_tags is not UNSET:
                contact_tags = []
                for contact_tags_item_data in _contact_tags:
                    contact_tags_item = ContactTag.from_dict(contact_tags_item_data)

                    contact_tags.append(contact_tags_item)

            contact_list.contact_tags = contact_tags

            _tags = d.pop("tags", UNSET)
            tags: list[Tag] | Unset = UNSET
            if _tags is not UNSET:
                tags = []
                for tags_item_data in _tags:
                    tags_item = Tag.from_dict(tags_item_data)

                    tags.append(tags_item)

            contact_list.tags = tags

            _field_values = d.pop("fieldValues", UNSET)
            field_values: list[FieldValue] | Unset = UNSET
            if _field_values is not UNSET:
                field_values = []
                for field_values_item_data in _field_values:
                    field_values_item = FieldValue.from_dict(field_values_item_data)

                    field_values.append(field_values_item)

            contact_list.field_values = field_values

            _deals = d.pop("deals", UNSET)
            deals: list[Deal] | Unset = UNSET
            if _deals is not UNSET:
                deals = []
                for deals_item_data in _deals:
                    deals_item = Deal.from_dict(deals_item_data)

                    deals.append(deals_item)

            contact_list.deals = deals

            _organization = d.pop("organization", UNSET)
            organization: list[ContactViewOrganization] | Unset = UNSET
            if _organization is not UNSET:
                organization = []
                for organization_item_data in _organization:
                    organization_item = ContactViewOrganization.from_dict(organization_item_data)

                    organization.append(organization_item)

            contact_list.organization = organization

            contact_list.additional_properties = d
            return contact_list
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

    def page_items(self) -> list[Contact]:
        """The items of this page (`contacts`)."""
        return self.contacts


from ..models.contact import Contact  # noqa: E402
from ..models.contact_list_membership import ContactListMembership  # noqa: E402
from ..models.contact_list_score_values_item import ContactListScoreValuesItem  # noqa: E402
from ..models.contact_page_meta import ContactPageMeta  # noqa: E402
from ..models.contact_tag import ContactTag  # noqa: E402
from ..models.contact_view_organization import ContactViewOrganization  # noqa: E402
from ..models.deal import Deal  # noqa: E402
from ..models.field_value import FieldValue  # noqa: E402
from ..models.mailing_list import MailingList  # noqa: E402
from ..models.tag import Tag  # noqa: E402
