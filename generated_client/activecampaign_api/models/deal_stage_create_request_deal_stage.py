from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.deal_stage_fields_card_region_3 import DealStageFieldsCardRegion3, check_deal_stage_fields_card_region_3
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealStageCreateRequestDealStage")


@_attrs_define
class DealStageCreateRequestDealStage:
    title: str
    group: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    order: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    deal_order: str | Unset = UNSET
    """ How deal cards are sorted, for example `next-action DESC` or `title ASC`. """
    card_region_1: str | Unset = UNSET
    """ What the upper-left corner of a deal card shows (for example `title`). """
    card_region_2: str | Unset = UNSET
    """ What the upper-right corner of a deal card shows (for example `next-action`). """
    card_region_3: DealStageFieldsCardRegion3 | Unset = UNSET
    card_region_4: str | Unset = UNSET
    """ What a deal card shows next to the avatar. """
    card_region_5: str | Unset = UNSET
    """ What the lower-right corner of a deal card shows (for example `value`). """
    color: str | Unset = UNSET
    """ Six-digit hex colour without `#`. """
    width: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        group: int | str
        group = self.group

        order: int | str | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        deal_order = self.deal_order

        card_region_1 = self.card_region_1

        card_region_2 = self.card_region_2

        card_region_3: str | Unset = UNSET
        if not isinstance(self.card_region_3, Unset):
            card_region_3 = self.card_region_3

        card_region_4 = self.card_region_4

        card_region_5 = self.card_region_5

        color = self.color

        width: int | str | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "group": group,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order
        if deal_order is not UNSET:
            field_dict["dealOrder"] = deal_order
        if card_region_1 is not UNSET:
            field_dict["cardRegion1"] = card_region_1
        if card_region_2 is not UNSET:
            field_dict["cardRegion2"] = card_region_2
        if card_region_3 is not UNSET:
            field_dict["cardRegion3"] = card_region_3
        if card_region_4 is not UNSET:
            field_dict["cardRegion4"] = card_region_4
        if card_region_5 is not UNSET:
            field_dict["cardRegion5"] = card_region_5
        if color is not UNSET:
            field_dict["color"] = color
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_stage_create_request_deal_stage = cls.__new__(cls)
            d = dict(src_dict)
            deal_stage_create_request_deal_stage.title = d.pop("title")

            deal_stage_create_request_deal_stage.group = d.pop("group")

            deal_stage_create_request_deal_stage.order = d.pop("order", UNSET)

            deal_stage_create_request_deal_stage.deal_order = d.pop("dealOrder", UNSET)

            deal_stage_create_request_deal_stage.card_region_1 = d.pop("cardRegion1", UNSET)

            deal_stage_create_request_deal_stage.card_region_2 = d.pop("cardRegion2", UNSET)

            _card_region_3 = d.pop("cardRegion3", UNSET)
            card_region_3: DealStageFieldsCardRegion3 | Unset
            if isinstance(_card_region_3, Unset):
                card_region_3 = UNSET
            else:
                card_region_3 = check_deal_stage_fields_card_region_3(_card_region_3)

            deal_stage_create_request_deal_stage.card_region_3 = card_region_3

            deal_stage_create_request_deal_stage.card_region_4 = d.pop("cardRegion4", UNSET)

            deal_stage_create_request_deal_stage.card_region_5 = d.pop("cardRegion5", UNSET)

            deal_stage_create_request_deal_stage.color = d.pop("color", UNSET)

            deal_stage_create_request_deal_stage.width = d.pop("width", UNSET)

            deal_stage_create_request_deal_stage.additional_properties = d
            return deal_stage_create_request_deal_stage
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
