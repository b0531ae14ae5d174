from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ListExclusion")


@_attrs_define
class ListExclusion:
    """A pattern of addresses or numbers kept off some or all lists."""

    id: str
    match_phrase: str | Unset = UNSET
    """ The email address, domain or phone pattern. """
    match_type: str | Unset = UNSET
    """ How the phrase matches, for example `exact` or `end`. """
    channel: str | Unset = UNSET
    """ Where the exclusion applies, for example `all`, `allSms`, `allEmail`, `several`. """
    hidden: bool | Unset = UNSET
    lists: list[str] | Unset = UNSET
    """ Ids of the lists, when the channel is `several`; empty otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        match_phrase = self.match_phrase

        match_type = self.match_type

        channel = self.channel

        hidden = self.hidden

        lists: list[str] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = self.lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if match_phrase is not UNSET:
            field_dict["matchPhrase"] = match_phrase
        if match_type is not UNSET:
            field_dict["matchType"] = match_type
        if channel is not UNSET:
            field_dict["channel"] = channel
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if lists is not UNSET:
            field_dict["lists"] = lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            list_exclusion = cls.__new__(cls)
            d = dict(src_dict)
            list_exclusion.id = d.pop("id")

            list_exclusion.match_phrase = d.pop("matchPhrase", UNSET)

            list_exclusion.match_type = d.pop("matchType", UNSET)

            list_exclusion.channel = d.pop("channel", UNSET)

            list_exclusion.hidden = d.pop("hidden", UNSET)

            list_exclusion.lists = d.pop("lists", UNSET)

            list_exclusion.additional_properties = d
            return list_exclusion
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
