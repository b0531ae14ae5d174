from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.boolean_input_type_1 import BooleanInputType1, check_boolean_input_type_1
from ..models.boolean_input_type_2 import BooleanInputType2, check_boolean_input_type_2
from ..models.sms_broadcast_update_request_status import (
    SmsBroadcastUpdateRequestStatus,
    check_sms_broadcast_update_request_status,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsBroadcastUpdateRequest")


@_attrs_define
class SmsBroadcastUpdateRequest:
    """The attributes to change; `pending_review` submits the broadcast for sending."""

    name: str | Unset = UNSET
    body: str | Unset = UNSET
    address_id: int | str | Unset | None = UNSET
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    media_urls: list[str] | Unset = UNSET
    preview_url: str | Unset = UNSET
    shorten_track_links_enabled: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    scheduled_date: datetime.datetime | Unset = UNSET
    """ When to send; leave out to keep a draft. """
    list_ids: list[int | str] | Unset = UNSET
    segment_id: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    custom_segment_id: int | str | Unset | None = UNSET
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    label_ids: list[int | str] | Unset = UNSET
    status: SmsBroadcastUpdateRequestStatus | Unset = UNSET
    custom_run_id: int | str | Unset | None = UNSET
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        body = self.body

        address_id: int | str | Unset | None
        if isinstance(self.address_id, Unset):
            address_id = UNSET
        else:
            address_id = self.address_id

        media_urls: list[str] | Unset = UNSET
        if not isinstance(self.media_urls, Unset):
            media_urls = self.media_urls

        preview_url = self.preview_url

        shorten_track_links_enabled: bool | int | str | Unset
        if isinstance(self.shorten_track_links_enabled, Unset):
            shorten_track_links_enabled = UNSET
        elif isinstance(self.shorten_track_links_enabled, int) or isinstance(self.shorten_track_links_enabled, str):
            shorten_track_links_enabled = self.shorten_track_links_enabled
        else:
            shorten_track_links_enabled = self.shorten_track_links_enabled

        scheduled_date: str | Unset = UNSET
        if not isinstance(self.scheduled_date, Unset):
            scheduled_date = self.scheduled_date.isoformat()

        list_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.list_ids, Unset):
            list_ids = []
            for list_ids_item_data in self.list_ids:
                list_ids_item: int | str
                list_ids_item = list_ids_item_data
                list_ids.append(list_ids_item)

        segment_id: int | str | Unset
        if isinstance(self.segment_id, Unset):
            segment_id = UNSET
        else:
            segment_id = self.segment_id

        custom_segment_id: int | str | Unset | None
        if isinstance(self.custom_segment_id, Unset):
            custom_segment_id = UNSET
        else:
            custom_segment_id = self.custom_segment_id

        label_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.label_ids, Unset):
            label_ids = []
            for label_ids_item_data in self.label_ids:
                label_ids_item: int | str
                label_ids_item = label_ids_item_data
                label_ids.append(label_ids_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        custom_run_id: int | str | Unset | None
        if isinstance(self.custom_run_id, Unset):
            custom_run_id = UNSET
        else:
            custom_run_id = self.custom_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if body is not UNSET:
            field_dict["body"] = body
        if address_id is not UNSET:
            field_dict["address_id"] = address_id
        if media_urls is not UNSET:
            field_dict["media_urls"] = media_urls
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if shorten_track_links_enabled is not UNSET:
            field_dict["shorten_track_links_enabled"] = shorten_track_links_enabled
        if scheduled_date is not UNSET:
            field_dict["scheduled_date"] = scheduled_date
        if list_ids is not UNSET:
            field_dict["list_ids"] = list_ids
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if custom_segment_id is not UNSET:
            field_dict["custom_segment_id"] = custom_segment_id
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if status is not UNSET:
            field_dict["status"] = status
        if custom_run_id is not UNSET:
            field_dict["custom_run_id"] = custom_run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_broadcast_update_request = cls.__new__(cls)
            d = dict(src_dict)
            sms_broadcast_update_request.name = d.pop("name", UNSET)

            sms_broadcast_update_request.body = d.pop("body", UNSET)

            sms_broadcast_update_request.address_id = d.pop("address_id", UNSET)

            sms_broadcast_update_request.media_urls = d.pop("media_urls", UNSET)

            sms_broadcast_update_request.preview_url = d.pop("preview_url", UNSET)

            def _parse_shorten_track_links_enabled(
                data: object,
            ) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            shorten_track_links_enabled = _parse_shorten_track_links_enabled(
                d.pop("shorten_track_links_enabled", UNSET)
            )

            sms_broadcast_update_request.shorten_track_links_enabled = shorten_track_links_enabled

            _scheduled_date = d.pop("scheduled_date", UNSET)
            scheduled_date: datetime.datetime | Unset
            if isinstance(_scheduled_date, Unset):
                scheduled_date = UNSET
            else:
                scheduled_date = datetime.datetime.fromisoformat(_scheduled_date)

            sms_broadcast_update_request.scheduled_date = scheduled_date

            _list_ids = d.pop("list_ids", UNSET)
            list_ids: list[int | str] | Unset = UNSET
            if _list_ids is not UNSET:
                list_ids = []
                for list_ids_item_data in _list_ids:

                    def _parse_list_ids_item(data: object) -> int | str:
                        return cast(int | str, data)

                    list_ids_item = _parse_list_ids_item(list_ids_item_data)

                    list_ids.append(list_ids_item)

            sms_broadcast_update_request.list_ids = list_ids

            sms_broadcast_update_request.segment_id = d.pop("segment_id", UNSET)

            sms_broadcast_update_request.custom_segment_id = d.pop("custom_segment_id", UNSET)

            _label_ids = d.pop("label_ids", UNSET)
            label_ids: list[int | str] | Unset = UNSET
            if _label_ids is not UNSET:
                label_ids = []
                for label_ids_item_data in _label_ids:

                    def _parse_label_ids_item(data: object) -> int | str:
                        return cast(int | str, data)

                    label_ids_item = _parse_label_ids_item(label_ids_item_data)

                    label_ids.append(label_ids_item)

            sms_broadcast_update_request.label_ids = label_ids

            _status = d.pop("status", UNSET)
            status: SmsBroadcastUpdateRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_sms_broadcast_update_request_status(_status)

            sms_broadcast_update_request.status = status

            sms_broadcast_update_request.custom_run_id = d.pop("custom_run_id", UNSET)

            sms_broadcast_update_request.additional_properties = d
            return sms_broadcast_update_request
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
