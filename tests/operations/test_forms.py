from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ErrorResponse,
    FormAction,
    FormActionData,
    FormCreateRequest,
    FormCreateRequestForm,
    FormEnvelope,
    FormFields,
    FormList,
    FormOptinRequest,
    FormOptinResult,
    FormOptions,
    FormStyle,
    FormUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("listForms")
def test_list_forms(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.forms.list_forms, limit=20, offset=0), FormList, 200)
    form = page.forms[0]
    assert (form.id, form.name, form.contacts) == ("1", "Testing", 0)
    assert isinstance(form.options, FormOptions) and form.options.optin_id == "1"
    assert isinstance(form.style, FormStyle) and form.style.width == 500


@pytest.mark.operation("getForm")
def test_get_form(ac: ActiveCampaign) -> None:
    form = expect(call(ac, ac.forms.get_form, "13"), FormEnvelope, 200).form
    assert form.cfields and form.cfields[5].id == "13"
    assert form.aid is None and form.address is None


@pytest.mark.operation("getForm", cassette="getForm_forbidden")
def test_get_form_forbidden(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.forms.get_form, "13"), ErrorResponse, 403)
    assert error.message


@pytest.mark.operation("createForm")
def test_create_form(ac: ActiveCampaign) -> None:
    body = FormCreateRequest(
        form=FormCreateRequestForm(
            name="Newsletter signup",
            layout="inline-form",
            button="Subscribe",
            thanks="Thanks for signing up!",
            actiondata=FormActionData(actions=[FormAction(type_="subscribe-to-list", list_="1")]),
        )
    )
    form = expect(call(ac, ac.forms.create_form, body=body), FormEnvelope, 201).form
    assert (form.id, form.name) == ("14", "Newsletter signup")


@pytest.mark.operation("updateForm")
def test_update_form(ac: ActiveCampaign) -> None:
    body = FormUpdateRequest(form=FormFields(name="Newsletter signup (footer)", button="Join"))
    form = expect(call(ac, ac.forms.update_form, "14", body=body), FormEnvelope, 200).form
    assert (form.name, form.button) == ("Newsletter signup (footer)", "Join")


@pytest.mark.operation("deleteForm")
def test_delete_form(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.forms.delete_form, "13"), 200)


@pytest.mark.operation("setFormOptin")
def test_set_form_optin(ac: ActiveCampaign) -> None:
    result = expect(call(ac, ac.forms.set_form_optin, body=FormOptinRequest(formid="13")), FormOptinResult, 200)
    assert result.id == "101"
