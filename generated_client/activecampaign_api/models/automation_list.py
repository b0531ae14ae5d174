from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AutomationList")


@_attrs_define
class AutomationList:
    automations: list[Automation]
    meta: AutomationPageMeta | Unset = UNSET
    """ Paging information of an automation list, with the start triggers of the listed automations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        automations = []
        for automations_item_data in self.automations:
            automations_item = automations_item_data.to_dict()
            automations.append(automations_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "automations": automations,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            automation_list = cls.__new__(cls)
            d = dict(src_dict)
            automations = []
            _automations = d.pop("automations")
            for automations_item_data in _automations:
                automations_item = Automation.from_dict(automations_item_data)

                automations.append(automations_item)

            automation_list.automations = automations

            _meta = d.pop("meta", UNSET)
            meta: AutomationPageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = AutomationPageMeta.from_dict(_meta)

            automation_list.meta = meta

            automation_list.additional_properties = d
            return automation_list
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

    def page_items(self) -> list[Automation]:
        """The items of this page (`automations`)."""
        return self.automations


from ..models.automation import Automation  # noqa: E402
from ..models.automation_page_meta import AutomationPageMeta  # noqa: E402
