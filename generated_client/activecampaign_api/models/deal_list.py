from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealList")


@_attrs_define
class DealList:
    deals: list[Deal]
    contacts: list[Contact] | Unset = UNSET
    """ Side-loaded with `include=contact`. """
    deal_stages: list[DealStage] | Unset = UNSET
    """ Side-loaded with `include=stage`. """
    deal_groups: list[Pipeline] | Unset = UNSET
    """ Side-loaded with `include=group`. """
    users: list[User] | Unset = UNSET
    """ Side-loaded with `include=owner`. """
    meta: DealPageMeta | Unset = UNSET
    """ Paging information of a deal list, with the summed value of the matching deals per currency. Here `total`
    may be a JSON number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deals = []
        for deals_item_data in self.deals:
            deals_item = deals_item_data.to_dict()
            deals.append(deals_item)

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        deal_stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deal_stages, Unset):
            deal_stages = []
            for deal_stages_item_data in self.deal_stages:
                deal_stages_item = deal_stages_item_data.to_dict()
                deal_stages.append(deal_stages_item)

        deal_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deal_groups, Unset):
            deal_groups = []
            for deal_groups_item_data in self.deal_groups:
                deal_groups_item = deal_groups_item_data.to_dict()
                deal_groups.append(deal_groups_item)

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deals": deals,
            }
        )
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if deal_stages is not UNSET:
            field_dict["dealStages"] = deal_stages
        if deal_groups is not UNSET:
            field_dict["dealGroups"] = deal_groups
        if users is not UNSET:
            field_dict["users"] = users
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_list = cls.__new__(cls)
            d = dict(src_dict)
            deals = []
            _deals = d.pop("deals")
            for deals_item_data in _deals:
                deals_item = Deal.from_dict(deals_item_data)

                deals.append(deals_item)

            deal_list.deals = deals

            _contacts = d.pop("contacts", UNSET)
            contacts: list[Contact] | Unset = UNSET
            if _contacts is not UNSET:
                contacts = []
                for contacts_item_data in _contacts:
                    contacts_item = Contact.from_dict(contacts_item_data)

                    contacts.append(contacts_item)

            deal_list.contacts = contacts

            _deal_stages = d.pop("dealStages", UNSET)
            deal_stages: list[DealStage] | Unset = UNSET
            if _deal_stages is not UNSET:
                deal_stages = []
                for deal_stages_item_data in _deal_stages:
                    deal_stages_item = DealStage.from_dict(deal_stages_item_data)

                    deal_stages.append(deal_stages_item)

            deal_list.deal_stages = deal_stages

            _deal_groups = d.pop("dealGroups", UNSET)
            deal_groups: list[Pipeline] | Unset = UNSET
            if _deal_groups is not UNSET:
                deal_groups = []
                for deal_groups_item_data in _deal_groups:
                    deal_groups_item = Pipeline.from_dict(deal_groups_item_data)

                    deal_groups.append(deal_groups_item)

            deal_list.deal_groups = deal_groups

            _users = d.pop("users", UNSET)
            users: list[User] | Unset = UNSET
            if _users is not UNSET:
                users = []
                for users_item_data in _users:
                    users_item = User.from_dict(users_item_data)

                    users.append(users_item)

            deal_list.users = users

            _meta = d.pop("meta", UNSET)
            meta: DealPageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = DealPageMeta.from_dict(_meta)

            deal_list.meta = meta

            deal_list.additional_properties = d
            return deal_list
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

    def page_items(self) -> list[Deal]:
        """The items of this page (`deals`)."""
        return self.deals


from ..models.contact import Contact  # noqa: E402
from ..models.deal import Deal  # noqa: E402
from ..models.deal_page_meta import DealPageMeta  # noqa: E402
from ..models.deal_stage import DealStage  # noqa: E402
from ..models.pipeline import Pipeline  # noqa: E402
from ..models.user import User  # noqa: E402
