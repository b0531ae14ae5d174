from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EmailActivityList")


@_attrs_define
class EmailActivityList:
    email_activities: list[EmailActivity]
    meta: PageMeta | Unset = UNSET
    """ Paging information of a list response. `total` is the number of matching items across all pages, sent as a
    string of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_activities = []
        for email_activities_item_data in self.email_activities:
            email_activities_item = email_activities_item_data.to_dict()
            email_activities.append(email_activities_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emailActivities": email_activities,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            email_activity_list = cls.__new__(cls)
            d = dict(src_dict)
            email_activities = []
            _email_activities = d.pop("emailActivities")
            for email_activities_item_data in _email_activities:
                email_activities_item = EmailActivity.from_dict(email_activities_item_data)

                email_activities.append(email_activities_item)

            email_activity_list.email_activities = email_activities

            _meta = d.pop("meta", UNSET)
            meta: PageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = PageMeta.from_dict(_meta)

            email_activity_list.meta = meta

            email_activity_list.additional_properties = d
            return email_activity_list
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

    def page_items(self) -> list[EmailActivity]:
        """The items of this page (`email_activities`)."""
        return self.email_activities


from ..models.email_activity import EmailActivity  # noqa: E402
from ..models.page_meta import PageMeta  # noqa: E402
