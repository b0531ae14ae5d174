"""Every local refusal is an `InvalidInputError` raised before any request: helpers and bound operations alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from activecampaign_api.errors import InvalidPathParameter
from activecampaign_sdk import ActiveCampaign
from activecampaign_sdk.errors import InvalidInputError

from .conftest import FakeApi, reply

NO_IDS: list[Any] = ["", ".", "..", "../x", "a/b", "a\\b", " ", "5\n", -1, "-3", None, True]


@pytest.mark.parametrize("value", NO_IDS, ids=repr)
@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda ac, v: ac.deals.delete_deal(v), id="delete_deal"),
        pytest.param(lambda ac, v: ac.tags.get_tag(v), id="get_tag"),
        pytest.param(lambda ac, v: ac.deals.update_deal_note(v, "5", body=None), id="update_deal_note id"),
        pytest.param(lambda ac, v: ac.move_deals(v, 3), id="move_deals"),
        pytest.param(lambda ac, v: ac.patch_deal(v, title="t"), id="patch_deal"),
        pytest.param(lambda ac, v: ac.set_field_value(v, 1, "v"), id="set_field_value"),
    ],
)
def test_ids_that_are_no_ids_are_refused_unsent(
    ac: ActiveCampaign, fake: FakeApi, call: Callable[[ActiveCampaign, Any], Any], value: Any
) -> None:
    with pytest.raises(InvalidInputError):
        call(ac, value)
    assert fake.requests == []


@pytest.mark.parametrize("value", [v for v in NO_IDS if v not in (-1, "-3")], ids=repr)
def test_path_parameters_that_need_not_be_numeric_refuse_the_rest(
    ac: ActiveCampaign, fake: FakeApi, value: Any
) -> None:
    # A note's id is not documented as numeric: a negative number is the API's to judge, the rest never names a note.
    with pytest.raises(InvalidInputError):
        ac.deals.update_deal_note("5", value, body=None)  # type: ignore[arg-type]
    assert fake.requests == []


def test_a_refused_path_parameter_names_itself_and_is_the_generated_error_too(ac: ActiveCampaign) -> None:
    with pytest.raises(InvalidPathParameter) as raised:
        ac.deals.update_deal_note("5", "..", body=None)  # type: ignore[arg-type]
    assert isinstance(raised.value, InvalidInputError)
    assert raised.value.parameter == "note_id" and "'note_id'" in str(raised.value)


def test_path_parameters_that_are_not_numeric_ids_keep_their_text(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("DELETE /eventTrackingEvents/signed up", reply(200, {}))
    ac.event_tracking.delete_event_tracking_event("signed up")
    assert fake.requests[0].url.raw_path == b"/api/3/eventTrackingEvents/signed%20up"


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda ac: ac.find_or_create_tag(""), id="blank tag"),
        pytest.param(lambda ac: ac.find_or_create_tag("   "), id="whitespace tag"),
        pytest.param(lambda ac: ac.tag_contact(7, ["  "]), id="blank tag to apply"),
        pytest.param(lambda ac: ac.tag_contact("ada@example.com", ["VIP"]), id="e-mail for a contact id"),
        pytest.param(lambda ac: ac.find_or_create_list(""), id="blank list"),
        pytest.param(lambda ac: ac.find_or_create_account(" "), id="blank account"),
    ],
)
def test_blank_names_are_refused_unsent(
    ac: ActiveCampaign, fake: FakeApi, call: Callable[[ActiveCampaign], Any]
) -> None:
    with pytest.raises(InvalidInputError):
        call(ac)
    assert fake.requests == []
