from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.flag_input_type_1 import FlagInputType1, check_flag_input_type_1
from ..models.flag_input_type_2 import FlagInputType2, check_flag_input_type_2
from ..models.pipeline_fields_autoassign_type_0 import (
    PipelineFieldsAutoassignType0,
    check_pipeline_fields_autoassign_type_0,
)
from ..models.pipeline_fields_autoassign_type_1 import (
    PipelineFieldsAutoassignType1,
    check_pipeline_fields_autoassign_type_1,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="PipelineFields")


@_attrs_define
class PipelineFields:
    """The writable attributes of a pipeline."""

    title: str | Unset = UNSET
    currency: str | Unset = UNSET
    """ Default currency of new deals, lower-case ISO code. """
    allgroups: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    allusers: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    autoassign: PipelineFieldsAutoassignType0 | PipelineFieldsAutoassignType1 | Unset = UNSET
    """ 0 no auto-assignment, 1 round robin, 2 by deal value. """
    users: list[int | str] | Unset = UNSET
    """ Ids of the users new deals are auto-assigned to. """
    groups: list[int | str] | Unset = UNSET
    """ Ids of the user groups allowed to manage the pipeline. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        currency = self.currency

        allgroups: bool | int | str | Unset
        if isinstance(self.allgroups, Unset):
            allgroups = UNSET
        elif isinstance(self.allgroups, int) or isinstance(self.allgroups, str):
            allgroups = self.allgroups
        else:
            allgroups = self.allgroups

        allusers: bool | int | str | Unset
        if isinstance(self.allusers, Unset):
            allusers = UNSET
        elif isinstance(self.allusers, int) or isinstance(self.allusers, str):
            allusers = self.allusers
        else:
            allusers = self.allusers

        autoassign: int | str | Unset
        if isinstance(self.autoassign, Unset):
            autoassign = UNSET
        elif isinstance(self.autoassign, int):
            autoassign = self.autoassign
        else:
            autoassign = self.autoassign

        users: list[int | str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item: int | str
                users_item = users_item_data
                users.append(users_item)

        groups: list[int | str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item: int | str
                groups_item = groups_item_data
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if currency is not UNSET:
            field_dict["currency"] = currency
        if allgroups is not UNSET:
            field_dict["allgroups"] = allgroups
        if allusers is not UNSET:
            field_dict["allusers"] = allusers
        if autoassign is not UNSET:
            field_dict["autoassign"] = autoassign
        if users is not UNSET:
            field_dict["users"] = users
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            pipeline_fields = cls.__new__(cls)
            d = dict(src_dict)
            pipeline_fields.title = d.pop("title", UNSET)

            pipeline_fields.currency = d.pop("currency", UNSET)

            def _parse_allgroups(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
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

            allgroups = _parse_allgroups(d.pop("allgroups", UNSET))

            pipeline_fields.allgroups = allgroups

            def _parse_allusers(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
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

            allusers = _parse_allusers(d.pop("allusers", UNSET))

            pipeline_fields.allusers = allusers

            def _parse_autoassign(
                data: object,
            ) -> PipelineFieldsAutoassignType0 | PipelineFieldsAutoassignType1 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    autoassign_type_0 = check_pipeline_fields_autoassign_type_0(data)

                    return autoassign_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                autoassign_type_1 = check_pipeline_fields_autoassign_type_1(data)

                return autoassign_type_1

            autoassign = _parse_autoassign(d.pop("autoassign", UNSET))

            pipeline_fields.autoassign = autoassign

            _users = d.pop("users", UNSET)
            users: list[int | str] | Unset = UNSET
            if _users is not UNSET:
                users = []
                for users_item_data in _users:

                    def _parse_users_item(data: object) -> int | str:
                        return cast(int | str, data)

                    users_item = _parse_users_item(users_item_data)

                    users.append(users_item)

            pipeline_fields.users = users

            _groups = d.pop("groups", UNSET)
            groups: list[int | str] | Unset = UNSET
            if _groups is not UNSET:
                groups = []
                for groups_item_data in _groups:

                    def _parse_groups_item(data: object) -> int | str:
                        return cast(int | str, data)

                    groups_item = _parse_groups_item(groups_item_data)

                    groups.append(groups_item)

            pipeline_fields.groups = groups

            pipeline_fields.additional_properties = d
            return pipeline_fields
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
