from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.sms_broadcast_status import SmsBroadcastStatus, check_sms_broadcast_status
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsBroadcast")


@_attrs_define
class SmsBroadcast:
    """An SMS broadcast."""

    id: int
    name: str
    status: SmsBroadcastStatus
    """ Where a broadcast is in its life. """
    address_id: int | Unset | None = UNSET
    """ Sender address shown in the message footer, if any. """
    body: str | Unset = UNSET
    """ The message text; may contain personalization tags. """
    media_urls: list[str] | Unset = UNSET
    """ Images sent with the message (MMS). """
    preview_url: str | Unset | None = UNSET
    shorten_track_links_enabled: bool | Unset = UNSET
    sent_date: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    scheduled_date: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    custom_run_id: str | Unset | None = UNSET
    custom_segment_id: str | Unset | None = UNSET
    scheduled_by: int | Unset | None = UNSET
    """ Id of the user who scheduled the broadcast. """
    sent_to_count: int | Unset | None = UNSET
    created_at: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    created_by: int | Unset | None = UNSET
    updated_at: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_by: int | Unset | None = UNSET
    deleted_at: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    sift_approved: int | Unset | None = UNSET
    """ 1 once the content review approved the message. """
    arc_approved: int | Unset | None = UNSET
    """ 1 once the compliance review approved the message. """
    quiet_hours_enabled: int | Unset | None = UNSET
    list_ids: list[int] | Unset = UNSET
    segment_id: str | Unset | None = UNSET
    label_ids: list[int] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: str = self.status

        address_id: int | Unset | None
        if isinstance(self.address_id, Unset):
            address_id = UNSET
        else:
            address_id = self.address_id

        body = self.body

        media_urls: list[str] | Unset = UNSET
        if not isinstance(self.media_urls, Unset):
            media_urls = self.media_urls

        preview_url: str | Unset | None
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        shorten_track_links_enabled = self.shorten_track_links_enabled

        sent_date: str | Unset | None
        if isinstance(self.sent_date, Unset):
            sent_date = UNSET
        elif isinstance(self.sent_date, datetime.datetime):
            sent_date = self.sent_date.isoformat()
        else:
            sent_date = self.sent_date

        scheduled_date: str | Unset | None
        if isinstance(self.scheduled_date, Unset):
            scheduled_date = UNSET
        elif isinstance(self.scheduled_date, datetime.datetime):
            scheduled_date = self.scheduled_date.isoformat()
        else:
            scheduled_date = self.scheduled_date

        custom_run_id: str | Unset | None
        if isinstance(self.custom_run_id, Unset):
            custom_run_id = UNSET
        else:
            custom_run_id = self.custom_run_id

        custom_segment_id: str | Unset | None
        if isinstance(self.custom_segment_id, Unset):
            custom_segment_id = UNSET
        else:
            custom_segment_id = self.custom_segment_id

        scheduled_by: int | Unset | None
        if isinstance(self.scheduled_by, Unset):
            scheduled_by = UNSET
        else:
            scheduled_by = self.scheduled_by

        sent_to_count: int | Unset | None
        if isinstance(self.sent_to_count, Unset):
            sent_to_count = UNSET
        else:
            sent_to_count = self.sent_to_count

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by: int | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by: int | Unset | None
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        deleted_at: str | Unset | None
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        sift_approved: int | Unset | None
        if isinstance(self.sift_approved, Unset):
            sift_approved = UNSET
        else:
            sift_approved = self.sift_approved

        arc_approved: int | Unset | None
        if isinstance(self.arc_approved, Unset):
            arc_approved = UNSET
        else:
            arc_approved = self.arc_approved

        quiet_hours_enabled: int | Unset | None
        if isinstance(self.quiet_hours_enabled, Unset):
            quiet_hours_enabled = UNSET
        else:
            quiet_hours_enabled = self.quiet_hours_enabled

        list_ids: list[int] | Unset = UNSET
        if not isinstance(self.list_ids, Unset):
            list_ids = self.list_ids

        segment_id: str | Unset | None
        if isinstance(self.segment_id, Unset):
            segment_id = UNSET
        else:
            segment_id = self.segment_id

        label_ids: list[int] | Unset | None
        if isinstance(self.label_ids, Unset):
            label_ids = UNSET
        elif isinstance(self.label_ids, list):
            label_ids = self.label_ids

        else:
            label_ids = self.label_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if address_id is not UNSET:
            field_dict["address_id"] = address_id
        if body is not UNSET:
            field_dict["body"] = body
        if media_urls is not UNSET:
            field_dict["media_urls"] = media_urls
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if shorten_track_links_enabled is not UNSET:
            field_dict["shorten_track_links_enabled"] = shorten_track_links_enabled
        if sent_date is not UNSET:
            field_dict["sent_date"] = sent_date
        if scheduled_date is not UNSET:
            field_dict["scheduled_date"] = scheduled_date
        if custom_run_id is not UNSET:
            field_dict["custom_run_id"] = custom_run_id
        if custom_segment_id is not UNSET:
            field_dict["custom_segment_id"] = custom_segment_id
        if scheduled_by is not UNSET:
            field_dict["scheduled_by"] = scheduled_by
        if sent_to_count is not UNSET:
            field_dict["sent_to_count"] = sent_to_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if sift_approved is not UNSET:
            field_dict["sift_approved"] = sift_approved
        if arc_approved is not UNSET:
            field_dict["arc_approved"] = arc_approved
        if quiet_hours_enabled is not UNSET:
            field_dict["quiet_hours_enabled"] = quiet_hours_enabled
        if list_ids is not UNSET:
            field_dict["list_ids"] = list_ids
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_broadcast = cls.__new__(cls)
            d = dict(src_dict)
            sms_broadcast.id = d.pop("id")

            sms_broadcast.name = d.pop("name")

            status = check_sms_broadcast_status(d.pop("status"))

            sms_broadcast.status = status

            sms_broadcast.address_id = d.pop("address_id", UNSET)

            sms_broadcast.body = d.pop("body", UNSET)

            sms_broadcast.media_urls = d.pop("media_urls", UNSET)

            sms_broadcast.preview_url = d.pop("preview_url", UNSET)

            sms_broadcast.shorten_track_links_enabled = d.pop("shorten_track_links_enabled", UNSET)

            def _parse_sent_date(data: object) -> datetime.datetime | str | Unset | None:
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

            sent_date = _parse_sent_date(d.pop("sent_date", UNSET))

            sms_broadcast.sent_date = sent_date

            def _parse_scheduled_date(data: object) -> datetime.datetime | str | Unset | None:
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

            scheduled_date = _parse_scheduled_date(d.pop("scheduled_date", UNSET))

            sms_broadcast.scheduled_date = scheduled_date

            sms_broadcast.custom_run_id = d.pop("custom_run_id", UNSET)

            sms_broadcast.custom_segment_id = d.pop("custom_segment_id", UNSET)

            sms_broadcast.scheduled_by = d.pop("scheduled_by", UNSET)

            sms_broadcast.sent_to_count = d.pop("sent_to_count", UNSET)

            def _parse_created_at(data: object) -> datetime.datetime | str | Unset | None:
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

            created_at = _parse_created_at(d.pop("created_at", UNSET))

            sms_broadcast.created_at = created_at

            sms_broadcast.created_by = d.pop("created_by", UNSET)

            def _parse_updated_at(data: object) -> datetime.datetime | str | Unset | None:
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

            updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

            sms_broadcast.updated_at = updated_at

            sms_broadcast.updated_by = d.pop("updated_by", UNSET)

            def _parse_deleted_at(data: object) -> datetime.datetime | str | Unset | None:
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

            deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

            sms_broadcast.deleted_at = deleted_at

            sms_broadcast.sift_approved = d.pop("sift_approved", UNSET)

            sms_broadcast.arc_approved = d.pop("arc_approved", UNSET)

            sms_broadcast.quiet_hours_enabled = d.pop("quiet_hours_enabled", UNSET)

            sms_broadcast.list_ids = d.pop("list_ids", UNSET)

            sms_broadcast.segment_id = d.pop("segment_id", UNSET)

            def _parse_label_ids(data: object) -> list[int] | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    label_ids_type_0 = cast(list[int], data)

                    return label_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            label_ids = _parse_label_ids(d.pop("label_ids", UNSET))

            sms_broadcast.label_ids = label_ids

            sms_broadcast.additional_properties = d
            return sms_broadcast
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
