from __future__ import annotations

import pytest
from activecampaign_api.models import (
    InaccessiblePipelineList,
    PipelineCreateRequest,
    PipelineCreateRequestDealGroup,
    PipelineEnvelope,
    PipelineFields,
    PipelineList,
    PipelineUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createPipeline")
def test_create_pipeline(ac: ActiveCampaign) -> None:
    body = PipelineCreateRequest(
        deal_group=PipelineCreateRequestDealGroup(
            allgroups=1, allusers=0, autoassign=1, currency="eur", title="Qualifications", users=["3", "4"]
        )
    )
    saved = expect(call(ac, ac.pipelines.create_pipeline, body=body), PipelineEnvelope, 200)
    assert (saved.deal_group.id, saved.deal_group.allgroups) == ("5", True)
    assert saved.deal_stages and [s.id for s in saved.deal_stages] == ["12", "13", "14"]
    assert saved.deal_group_users and saved.deal_group_users[1].user == "4"


@pytest.mark.operation("listPipelines")
def test_list_pipelines(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.pipelines.list_pipelines, orders_title="ASC"), PipelineList, 200)
    assert [p.title for p in page.deal_groups] == ["Pipeline A", "Pipeline Yesterday"]
    assert page.deal_groups[0].allgroups is True
    assert page.deal_stages and len(page.deal_stages) == 5


@pytest.mark.operation("getPipeline")
def test_get_pipeline(ac: ActiveCampaign) -> None:
    saved = expect(call(ac, ac.pipelines.get_pipeline, "4"), PipelineEnvelope, 200)
    assert saved.deal_group.stages == ["9", "10", "11"]


@pytest.mark.operation("updatePipeline")
def test_update_pipeline(ac: ActiveCampaign) -> None:
    body = PipelineUpdateRequest(
        deal_group=PipelineFields(
            allgroups=1, allusers=0, autoassign=1, currency="eur", title="Qualifications", users=["3"], groups=[]
        )
    )
    saved = expect(call(ac, ac.pipelines.update_pipeline, "4", body=body), PipelineEnvelope, 200)
    assert saved.deal_group.deal_group_users == ["4"]


@pytest.mark.operation("deletePipeline")
def test_delete_pipeline(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.pipelines.delete_pipeline, "4"), 200)


@pytest.mark.operation("listInaccessiblePipelines")
def test_list_inaccessible_pipelines(ac: ActiveCampaign) -> None:
    response = call(ac, ac.pipelines.list_inaccessible_pipelines, deal_ids=[1, 6], user_id=2)
    page = expect(response, InaccessiblePipelineList, 200)
    assert [p.id for p in page.deal_groups] == ["1", "6"]
