from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """One event in a contact's activity stream."""

    id: str
    tstamp: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    subscriberid: str | Unset | None = UNSET
    reference_type: str | Unset | None = UNSET
    """ Kind of record behind the activity, for example `SubscriberEmail`. """
    reference_id: str | Unset | None = UNSET
    reference_action: str | Unset | None = UNSET
    json_data: str | Unset | None = UNSET
    """ Extra data of the event, as JSON text. """
    userid: str | Unset | None = UNSET
    permission: str | Unset | None = UNSET
    reference_model_name: str | Unset | None = UNSET
    notes: list[str] | Unset = UNSET
    """ Ids of notes on the activity. """
    recipients: list[str] | Unset = UNSET
    """ Ids of the activity's recipient records. """
    reference: ActivityReference | Unset = UNSET
    """ The record an activity is about. """
    user: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tstamp: str | Unset | None
        if isinstance(self.tstamp, Unset):
            tstamp = UNSET
        elif isinstance(self.tstamp, datetime.datetime):
            tstamp = self.tstamp.isoformat()
        else:
            tstamp = self.tstamp

        subscriberid: str | Unset | None
        if isinstance(self.subscriberid, Unset):
            subscriberid = UNSET
        else:
            subscriberid = self.subscriberid

        reference_type: str | Unset | None
        if isinstance(self.reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = self.reference_type

        reference_id: str | Unset | None
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        reference_action: str | Unset | None
        if isinstance(self.reference_action, Unset):
            reference_action = UNSET
        else:
            reference_action = self.reference_action

        json_data: str | Unset | None
        if isinstance(self.json_data, Unset):
            json_data = UNSET
        else:
            json_data = self.json_data

        userid: str | Unset | None
        if isinstance(self.userid, Unset):
            userid = UNSET
        else:
            userid = self.userid

        permission: str | Unset | None
        if isinstance(self.permission, Unset):
            permission = UNSET
        else:
            permission = self.permission

        reference_model_name: str | Unset | None
        if isinstance(self.reference_model_name, Unset):
            reference_model_name = UNSET
        else:
            reference_model_name = self.reference_model_name

        notes: list[str] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()

        user: str | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

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
        if tstamp is not UNSET:
            field_dict["tstamp"] = tstamp
        if subscriberid is not UNSET:
            field_dict["subscriberid"] = subscriberid
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if reference_action is not UNSET:
            field_dict["reference_action"] = reference_action
        if json_data is not UNSET:
            field_dict["jsonData"] = json_data
        if userid is not UNSET:
            field_dict["userid"] = userid
        if permission is not UNSET:
            field_dict["permission"] = permission
        if reference_model_name is not UNSET:
            field_dict["referenceModelName"] = reference_model_name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if reference is not UNSET:
            field_dict["reference"] = reference
        if user is not UNSET:
            field_dict["user"] = user
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            activity = cls.__new__(cls)
            d = dict(src_dict)
            activity.id = d.pop("id")

            def _parse_tstamp(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            tstamp = _parse_tstamp(d.pop("tstamp", UNSET))

            activity.tstamp = tstamp

            activity.subscriberid = d.pop("subscriberid", UNSET)

            activity.reference_type = d.pop("reference_type", UNSET)

            activity.reference_id = d.pop("reference_id", UNSET)

            activity.reference_action = d.pop("reference_action", UNSET)

            activity.json_data = d.pop("jsonData", UNSET)

            activity.userid = d.pop("userid", UNSET)

            activity.permission = d.pop("permission", UNSET)

            activity.reference_model_name = d.pop("referenceModelName", UNSET)

            activity.notes = d.pop("notes", UNSET)

            activity.recipients = d.pop("recipients", UNSET)

            _reference = d.pop("reference", UNSET)
            reference: ActivityReference | Unset
            if isinstance(_reference, Unset):
                reference = UNSET
            else:
                reference = ActivityReference.from_dict(_reference)

            activity.reference = reference

            activity.user = d.pop("user", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            activity.links = links

            activity.additional_properties = d
            return activity
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


from ..models.activity_reference import ActivityReference  # noqa: E402
from ..models.links import Links  # noqa: E402
