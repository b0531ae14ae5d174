from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="StripoBrandKit")


@_attrs_define
class StripoBrandKit:
    """Brand details the editor's colour picker offers."""

    domain: str | Unset = UNSET
    brandkit_name: str | Unset = UNSET
    name: str | Unset = UNSET
    short_description: str | Unset = UNSET
    long_description: str | Unset = UNSET
    employee_count_range: str | Unset = UNSET
    founded_year: int | Unset = UNSET
    """ Sent as a JSON number, 0 when unknown. """
    company_structure: str | Unset = UNSET
    company_location: StripoCompanyLocation | Unset = UNSET
    industries: list[str] | Unset = UNSET
    links: list[StripoBrandKitAsset] | Unset = UNSET
    logos: list[StripoBrandKitAsset] | Unset = UNSET
    symbols: list[StripoBrandKitAsset] | Unset = UNSET
    icons: list[StripoBrandKitAsset] | Unset = UNSET
    colors: StripoBrandKitColors | Unset = UNSET
    fonts: StripoBrandKitFonts | Unset = UNSET
    template_ids: list[int | str] | Unset = UNSET
    is_primary: bool | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        brandkit_name = self.brandkit_name

        name = self.name

        short_description = self.short_description

        long_description = self.long_description

        employee_count_range = self.employee_count_range

        founded_year = self.founded_year

        company_structure = self.company_structure

        company_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_location, Unset):
            company_location = self.company_location.to_dict()

        industries: list[str] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = self.industries

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        logos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logos, Unset):
            logos = []
            for logos_item_data in self.logos:
                logos_item = logos_item_data.to_dict()
                logos.append(logos_item)

        symbols: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.symbols, Unset):
            symbols = []
            for symbols_item_data in self.symbols:
                symbols_item = symbols_item_data.to_dict()
                symbols.append(symbols_item)

        icons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.icons, Unset):
            icons = []
            for icons_item_data in self.icons:
                icons_item = icons_item_data.to_dict()
                icons.append(icons_item)

        colors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = self.colors.to_dict()

        fonts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fonts, Unset):
            fonts = self.fonts.to_dict()

        template_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.template_ids, Unset):
            template_ids = []
            for template_ids_item_data in self.template_ids:
                template_ids_item: int | str
                template_ids_item = template_ids_item_data
                template_ids.append(template_ids_item)

        is_primary = self.is_primary

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if brandkit_name is not UNSET:
            field_dict["brandkitName"] = brandkit_name
        if name is not UNSET:
            field_dict["name"] = name
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if long_description is not UNSET:
            field_dict["longDescription"] = long_description
        if employee_count_range is not UNSET:
            field_dict["employeeCountRange"] = employee_count_range
        if founded_year is not UNSET:
            field_dict["foundedYear"] = founded_year
        if company_structure is not UNSET:
            field_dict["companyStructure"] = company_structure
        if company_location is not UNSET:
            field_dict["companyLocation"] = company_location
        if industries is not UNSET:
            field_dict["industries"] = industries
        if links is not UNSET:
            field_dict["links"] = links
        if logos is not UNSET:
            field_dict["logos"] = logos
        if symbols is not UNSET:
            field_dict["symbols"] = symbols
        if icons is not UNSET:
            field_dict["icons"] = icons
        if colors is not UNSET:
            field_dict["colors"] = colors
        if fonts is not UNSET:
            field_dict["fonts"] = fonts
        if template_ids is not UNSET:
            field_dict["templateIds"] = template_ids
        if is_primary is not UNSET:
            field_dict["isPrimary"] = is_primary
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            stripo_brand_kit = cls.__new__(cls)
            d = dict(src_dict)
            stripo_brand_kit.domain = d.pop("domain", UNSET)

            stripo_brand_kit.brandkit_name = d.pop("brandkitName", UNSET)

            stripo_brand_kit.name = d.pop("name", UNSET)

            stripo_brand_kit.short_description = d.pop("shortDescription", UNSET)

            stripo_brand_kit.long_description = d.pop("longDescription", UNSET)

            stripo_brand_kit.employee_count_range = d.pop("employeeCountRange", UNSET)

            stripo_brand_kit.founded_year = d.pop("foundedYear", UNSET)

            stripo_brand_kit.company_structure = d.pop("companyStructure", UNSET)

            _company_location = d.pop("companyLocation", UNSET)
            company_location: StripoCompanyLocation | Unset
            if isinstance(_company_location, Unset):
                company_location = UNSET
            else:
                company_location = StripoCompanyLocation.from_dict(_company_location)

            stripo_brand_kit.company_location = company_location

            stripo_brand_kit.industries = d.pop("industries", UNSET)

            _links = d.pop("links", UNSET)
            links: list[StripoBrandKitAsset] | Unset = UNSET
            if _links is not UNSET:
                links = []
                for links_item_data in _links:
                    links_item = StripoBrandKitAsset.from_dict(links_item_data)

                    links.append(links_item)

            stripo_brand_kit.links = links

            _logos = d.pop("logos", UNSET)
            logos: list[StripoBrandKitAsset] | Unset = UNSET
            if _logos is not UNSET:
                logos = []
                for logos_item_data in _logos:
                    logos_item = StripoBrandKitAsset.from_dict(logos_item_data)

                    logos.append(logos_item)

            stripo_brand_kit.logos = logos

            _symbols = d.pop("symbols", UNSET)
            symbols: list[StripoBrandKitAsset] | Unset = UNSET
            if _symbols is not UNSET:
                symbols = []
                for symbols_item_data in _symbols:
                    symbols_item = StripoBrandKitAsset.from_dict(symbols_item_data)

                    symbols.append(symbols_item)

            stripo_brand_kit.symbols = symbols

            _icons = d.pop("icons", UNSET)
            icons: list[StripoBrandKitAsset] | Unset = UNSET
            if _icons is not UNSET:
                icons = []
                for icons_item_data in _icons:
                    icons_item = StripoBrandKitAsset.from_dict(icons_item_data)

                    icons.append(icons_item)

            stripo_brand_kit.icons = icons

            _colors = d.pop("colors", UNSET)
            colors: StripoBrandKitColors | Unset
            if isinstance(_colors, Unset):
                colors = UNSET
            else:
                colors = StripoBrandKitColors.from_dict(_colors)

            stripo_brand_kit.colors = colors

            _fonts = d.pop("fonts", UNSET)
            fonts: StripoBrandKitFonts | Unset
            if isinstance(_fonts, Unset):
                fonts = UNSET
            else:
                fonts = StripoBrandKitFonts.from_dict(_fonts)

            stripo_brand_kit.fonts = fonts

            _template_ids = d.pop("templateIds", UNSET)
            template_ids: list[int | str] | Unset = UNSET
            if _template_ids is not UNSET:
                template_ids = []
                for template_ids_item_data in _template_ids:

                    def _parse_template_ids_item(data: object) -> int | str:
                        return cast(int | str, data)

                    template_ids_item = _parse_template_ids_item(template_ids_item_data)

                    template_ids.append(template_ids_item)

            stripo_brand_kit.template_ids = template_ids

            stripo_brand_kit.is_primary = d.pop("isPrimary", UNSET)

            stripo_brand_kit.language = d.pop("language", UNSET)

            stripo_brand_kit.additional_properties = d
            return stripo_brand_kit
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


from ..models.stripo_brand_kit_asset import StripoBrandKitAsset  # noqa: E402
from ..models.stripo_brand_kit_colors import StripoBrandKitColors  # noqa: E402
from ..models.stripo_brand_kit_fonts import StripoBrandKitFonts  # noqa: E402
from ..models.stripo_company_location import StripoCompanyLocation  # noqa: E402
