from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.flag_input_type_1 import FlagInputType1, check_flag_input_type_1
from ..models.flag_input_type_2 import FlagInputType2, check_flag_input_type_2
from ..models.mailing_list_fields_channel import MailingListFieldsChannel, check_mailing_list_fields_channel
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="MailingListFields")


@_attrs_define
class MailingListFields:
    """The writable attributes of a list."""

    name: str | Unset = UNSET
    stringid: str | Unset = UNSET
    """ URL-safe name, for example `list-name-sample`. """
    sender_url: str | Unset = UNSET
    """ Website the list is for. """
    sender_reminder: str | Unset = UNSET
    """ Why contacts are on this list; shown in every message. """
    send_last_broadcast: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    carboncopy: str | Unset = UNSET
    """ Comma-separated addresses copied on every mailing. """
    subscription_notify: str | Unset = UNSET
    """ Comma-separated addresses told of each new subscriber. """
    unsubscription_notify: str | Unset = UNSET
    """ Comma-separated addresses told of each unsubscription. """
    user: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    channel: MailingListFieldsChannel | Unset = UNSET
    """ `email` (the default) or `sms`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        stringid = self.stringid

        sender_url = self.sender_url

        sender_reminder = self.sender_reminder

        send_last_broadcast: bool | int | str | Unset
        if isinstance(self.send_last_broadcast, Unset):
            send_last_broadcast = UNSET
        elif isinstance(self.send_last_broadcast, int) or isinstance(self.send_last_broadcast, str):
            send_last_broadcast = self.send_last_broadcast
        else:
            send_last_broadcast = self.send_last_broadcast

        carboncopy = self.carboncopy

        subscription_notify = self.subscription_notify

        unsubscription_notify = self.unsubscription_notify

        user: int | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if stringid is not UNSET:
            field_dict["stringid"] = stringid
        if sender_url is not UNSET:
            field_dict["sender_url"] = sender_url
        if sender_reminder is not UNSET:
            field_dict["sender_reminder"] = sender_reminder
        if send_last_broadcast is not UNSET:
            field_dict["send_last_broadcast"] = send_last_broadcast
        if carboncopy is not UNSET:
            field_dict["carboncopy"] = carboncopy
        if subscription_notify is not UNSET:
            field_dict["subscription_notify"] = subscription_notify
        if unsubscription_notify is not UNSET:
            field_dict["unsubscription_notify"] = unsubscription_notify
        if user is not UNSET:
            field_dict["user"] = user
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            mailing_list_fields = cls.__new__(cls)
            d = dict(src_dict)
            mailing_list_fields.name = d.pop("name", UNSET)

            mailing_list_fields.stringid = d.pop("stringid", UNSET)

            mailing_list_fields.sender_url = d.pop("sender_url", UNSET)

            mailing_list_fields.sender_reminder = d.pop("sender_reminder", UNSET)

            def _parse_send_last_broadcast(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_flag_input_type_1 = check_flag_input_type_1(data)

                    return componentsschemas_flag_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_flag_input_type_2 = check_flag_input_type_2(data)

                    return componentsschemas_flag_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | FlagInputType1 | FlagInputType2 | Unset, data)

            send_last_broadcast = _parse_send_last_broadcast(d.pop("send_last_broadcast", UNSET))

            mailing_list_fields.send_last_broadcast = send_last_broadcast

            mailing_list_fields.carboncopy = d.pop("carboncopy", UNSET)

            mailing_list_fields.subscription_notify = d.pop("subscription_notify", UNSET)

            mailing_list_fields.unsubscription_notify = d.pop("unsubscription_notify", UNSET)

            mailing_list_fields.user = d.pop("user", UNSET)

            _channel = d.pop("channel", UNSET)
            channel: MailingListFieldsChannel | Unset
            if isinstance(_channel, Unset):
                channel = UNSET
            else:
                channel = check_mailing_list_fields_channel(_channel)

            mailing_list_fields.channel = channel

            mailing_list_fields.additional_properties = d
            return mailing_list_fields
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
