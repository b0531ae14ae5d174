from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.whatsapp_conversation_status import WhatsappConversationStatus, check_whatsapp_conversation_status
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WhatsappConversationFields")


@_attrs_define
class WhatsappConversationFields:
    """The writable attributes of a conversation."""

    status: WhatsappConversationStatus | Unset = UNSET
    assigned: list[WhatsappAssigneeInput] | Unset = UNSET
    tags: list[WhatsappConversationTag] | Unset = UNSET
    assigned_team: int | str | Unset | None = UNSET
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    channel: int | str | Unset | None = UNSET
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

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

        assigned_team: int | str | Unset | None
        if isinstance(self.assigned_team, Unset):
            assigned_team = UNSET
        else:
            assigned_team = self.assigned_team

        channel: int | str | Unset | None
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if assigned is not UNSET:
            field_dict["assigned"] = assigned
        if tags is not UNSET:
            field_dict["tags"] = tags
        if assigned_team is not UNSET:
            field_dict["assigned_team"] = assigned_team
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            whatsapp_conversation_fields = cls.__new__(cls)
            d = dict(src_dict)
            _status = d.pop("status", UNSET)
            status: WhatsappConversationStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_whatsapp_conversation_status(_status)

            whatsapp_conversation_fields.status = status

            _assigned = d.pop("assigned", UNSET)
            assigned: list[WhatsappAssigneeInput] | Unset = UNSET
            if _assigned is not UNSET:
                assigned = []
                for assigned_item_data in _assigned:
                    assigned_item = WhatsappAssigneeInput.from_dict(assigned_item_data)

                    assigned.append(assigned_item)

            whatsapp_conversation_fields.assigned = assigned

            _tags = d.pop("tags", UNSET)
            tags: list[WhatsappConversationTag] | Unset = UNSET
            if _tags is not UNSET:
                tags = []
                for tags_item_data in _tags:
                    tags_item = WhatsappConversationTag.from_dict(tags_item_data)

                    tags.append(tags_item)

            whatsapp_conversation_fields.tags = tags

            whatsapp_conversation_fields.assigned_team = d.pop("assigned_team", UNSET)

            whatsapp_conversation_fields.channel = d.pop("channel", UNSET)

            whatsapp_conversation_fields.additional_properties = d
            return whatsapp_conversation_fields
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


from ..models.whatsapp_assignee_input import WhatsappAssigneeInput  # noqa: E402
from ..models.whatsapp_conversation_tag import WhatsappConversationTag  # noqa: E402
