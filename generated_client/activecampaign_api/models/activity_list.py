from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ActivityList")


@_attrs_define
class ActivityList:
    activities: list[Activity]
    activity_recipients: list[ActivityRecipient] | Unset = UNSET
    contacts: list[Contact] | Unset = UNSET
    meta: PageMeta | Unset = UNSET
    """ Paging information of a list response. `total` is the number of matching items across all pages, sent as a
    string of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activities = []
        for activities_item_data in self.activities:
            activities_item = activities_item_data.to_dict()
            activities.append(activities_item)

        activity_recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.activity_recipients, Unset):
            activity_recipients = []
            for activity_recipients_item_data in self.activity_recipients:
                activity_recipients_item = activity_recipients_item_data.to_dict()
                activity_recipients.append(activity_recipients_item)

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
                "activities": activities,
            }
        )
        if activity_recipients is not UNSET:
            field_dict["activityRecipients"] = activity_recipients
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            activity_list = cls.__new__(cls)
            d = dict(src_dict)
            activities = []
            _activities = d.pop("activities")
            for activities_item_data in _activities:
                activities_item = Activity.from_dict(activities_item_data)

                activities.append(activities_item)

            activity_list.activities = activities

            _activity_recipients = d.pop("activityRecipients", UNSET)
            activity_recipients: list[ActivityRecipient] | Unset = UNSET
            if _activity_recipients is not UNSET:
                activity_recipients = []
                for activity_recipients_item_data in _activity_recipients:
                    activity_recipients_item = ActivityRecipient.from_dict(activity_recipients_item_data)

                    activity_recipients.append(activity_recipients_item)

            activity_list.activity_recipients = activity_recipients

            _contacts = d.pop("contacts", UNSET)
            contacts: list[Contact] | Unset = UNSET
            if _contacts is not UNSET:
                contacts = []
                for contacts_item_data in _contacts:
                    contacts_item = Contact.from_dict(contacts_item_data)

                    contacts.append(contacts_item)

            activity_list.contacts = contacts

            _meta = d.pop("meta", UNSET)
            meta: PageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PageMeta.from_dict(_meta)

            activity_list.meta = meta

            activity_list.additional_properties = d
            return activity_list
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

    def page_items(self) -> list[Activity]:
        """The items of this page (`activities`)."""
        return self.activities


from ..models.activity import Activity  # noqa: E402
from ..models.activity_recipient import ActivityRecipient  # noqa: E402
from ..models.contact import Contact  # noqa: E402
from ..models.page_meta import PageMeta  # noqa: E402
