from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.whatsapp_conversation_status import WhatsappConversationStatus, check_whatsapp_conversation_status
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WhatsappConversation")


@_attrs_define
class WhatsappConversation:
    """A conversation in the WhatsApp inbox."""

    id: str
    contact: str
    """ The WhatsApp contact's id. """
    status: WhatsappConversationStatus | Unset = UNSET
    first_message: Unset | WhatsappConversationFirstMessageType0 | None = UNSET
    """ The message that opened the conversation. """
    assigned: list[WhatsappAssignee] | Unset = UNSET
    tags: list[WhatsappConversationTag] | Unset = UNSET
    created_on: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    source: str | Unset = UNSET
    """ How the conversation started, for example `INBOX`, `API`, `BROADCAST` or `FLOW`. """
    assigned_team: int | Unset | None = UNSET
    channel: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact = self.contact

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        first_message: dict[str, Any] | Unset | None
        if isinstance(self.first_message, Unset):
            first_message = UNSET
        elif isinstance(self.first_message, WhatsappConversationFirstMessageType0):
            first_message = self.first_message.to_dict()
        else:
            first_message = self.first_message

        assigned: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assigned, Unset):
            assigned = []
            for assigned_item_data in self.assigned:
                assigned_item = assigned_item_data.to_dict()
                assigned.append(assigned_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        created_on: str | Unset | None
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        source = self.source

        assigned_team: int | Unset | None
        if isinstance(self.assigned_team, Unset):
            assigned_team = UNSET
        else:
            assigned_team = self.assigned_team

        channel: int | Unset | None
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contact": contact,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        if assigned is not UNSET:
            field_dict["assigned"] = assigned
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if source is not UNSET:
            field_dict["source"] = source
        if assigned_team is not UNSET:
            field_dict["assigned_team"] = assigned_team
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            whatsapp_conversation = cls.__new__(cls)
            d = dict(src_dict)
            whatsapp_conversation.id = d.pop("id")

            whatsapp_conversation.contact = d.pop("contact")

            _status = d.pop("status", UNSET)
            status: WhatsappConversationStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_whatsapp_conversation_status(_status)

            whatsapp_conversation.status = status

            def _parse_first_message(data: object) -> Unset | WhatsappConversationFirstMessageType0 | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    first_message_type_0 = WhatsappConversationFirstMessageType0.from_dict(data)

                    return first_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | WhatsappConversationFirstMessageType0, data)

            first_message = _parse_first_message(d.pop("first_message", UNSET))

            whatsapp_conversation.first_message = first_message

            _assigned = d.pop("assigned", UNSET)
            assigned: list[WhatsappAssignee] | Unset = UNSET
            if _assigned is not UNSET:
                assigned = []
                for assigned_item_data in _assigned:
                    assigned_item = WhatsappAssignee.from_dict(assigned_item_data)

                    assigned.append(assigned_item)

            whatsapp_conversation.assigned = assigned

            _tags = d.pop("tags", UNSET)
            tags: list[WhatsappConversationTag] | Unset = UNSET
            if _tags is not UNSET:
                tags = []
                for tags_item_data in _tags:
                    tags_item = WhatsappConversationTag.from_dict(tags_item_data)

                    tags.append(tags_item)

            whatsapp_conversation.tags = tags

            def _parse_created_on(data: object) -> datetime.datetime | str | Unset | None:
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

            created_on = _parse_created_on(d.pop("created_on", UNSET))

            whatsapp_conversation.created_on = created_on

            whatsapp_conversation.source = d.pop("source", UNSET)

            whatsapp_conversation.assigned_team = d.pop("assigned_team", UNSET)

            whatsapp_conversation.channel = d.pop("channel", UNSET)

            whatsapp_conversation.additional_properties = d
            return whatsapp_conversation
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


from ..models.whatsapp_assignee import WhatsappAssignee  # noqa: E402
from ..models.whatsapp_conversation_first_message_type_0 import WhatsappConversationFirstMessageType0  # noqa: E402
from ..models.whatsapp_conversation_tag import WhatsappConversationTag  # noqa: E402
