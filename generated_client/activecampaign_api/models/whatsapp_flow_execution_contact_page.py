from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WhatsappFlowExecutionContactPage")


@_attrs_define
class WhatsappFlowExecutionContactPage:
    results: list[WhatsappFlowExecutionContact]
    count: int
    next_: str | Unset | None = UNSET
    previous: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        count = self.count

        next_: str | Unset | None
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: str | Unset | None
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "count": count,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            whatsapp_flow_execution_contact_page = cls.__new__(cls)
            d = dict(src_dict)
            results = []
            _results = d.pop("results")
            for results_item_data in _results:
                results_item = WhatsappFlowExecutionContact.from_dict(results_item_data)

                results.append(results_item)

            whatsapp_flow_execution_contact_page.results = results

            whatsapp_flow_execution_contact_page.count = d.pop("count")

            whatsapp_flow_execution_contact_page.next_ = d.pop("next", UNSET)

            whatsapp_flow_execution_contact_page.previous = d.pop("previous", UNSET)

            whatsapp_flow_execution_contact_page.additional_properties = d
            return whatsapp_flow_execution_contact_page
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


from ..models.whatsapp_flow_execution_contact import WhatsappFlowExecutionContact  # noqa: E402
