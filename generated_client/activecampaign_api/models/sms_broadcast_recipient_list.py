from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SmsBroadcastRecipientList")


@_attrs_define
class SmsBroadcastRecipientList:
    recipients: list[SmsRecipient]
    meta: SmsRecipientPageMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            sms_broadcast_recipient_list = cls.__new__(cls)
            d = dict(src_dict)
            recipients = []
            _recipients = d.pop("recipients")
            for recipients_item_data in _recipients:
                recipients_item = SmsRecipient.from_dict(recipients_item_data)

                recipients.append(recipients_item)

            sms_broadcast_recipient_list.recipients = recipients

            _meta = d.pop("meta", UNSET)
            meta: SmsRecipientPageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = SmsRecipientPageMeta.from_dict(_meta)

            sms_broadcast_recipient_list.meta = meta

            sms_broadcast_recipient_list.additional_properties = d
            return sms_broadcast_recipient_list
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

    def page_items(self) -> list[SmsRecipient]:
        """The items of this page (`recipients`)."""
        return self.recipients


from ..models.sms_recipient import SmsRecipient  # noqa: E402
from ..models.sms_recipient_page_meta import SmsRecipientPageMeta  # noqa: E402
