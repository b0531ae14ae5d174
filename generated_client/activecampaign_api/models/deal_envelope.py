from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealEnvelope")


@_attrs_define
class DealEnvelope:
    """A deal after a write, with its primary contact and its stage."""

    deal: Deal
    """ A deal as the API returns it. Most numbers arrive as strings of digits, but a deal just created or updated
    echoes some of them as JSON numbers. """
    contacts: list[Contact] | Unset = UNSET
    deal_stages: list[DealStage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deal = self.deal.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deal": deal,
            }
        )
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if deal_stages is not UNSET:
            field_dict["dealStages"] = deal_stages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_envelope = cls.__new__(cls)
            d = dict(src_dict)
            deal = Deal.from_dict(d.pop("deal"))

            deal_envelope.deal = deal

            _contacts = d.pop("contacts", UNSET)
            contacts: list[Contact] | Unset = UNSET
            if _contacts is not UNSET:
                contacts = []
                for contacts_item_data in _contacts:
                    contacts_item = Contact.from_dict(contacts_item_data)

                    contacts.append(contacts_item)

            deal_envelope.contacts = contacts

            _deal_stages = d.pop("dealStages", UNSET)
            deal_stages: list[DealStage] | Unset = UNSET
            if _deal_stages is not UNSET:
                deal_stages = []
                for deal_stages_item_data in _deal_stages:
                    deal_stages_item = DealStage.from_dict(deal_stages_item_data)

                    deal_stages.append(deal_stages_item)

            deal_envelope.deal_stages = deal_stages

            deal_envelope.additional_properties = d
            return deal_envelope
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


from ..models.contact import Contact  # noqa: E402
from ..models.deal import Deal  # noqa: E402
from ..models.deal_stage import DealStage  # noqa: E402
