from __future__ import annotations

import pytest
from activecampaign_api.models import (
    DealStageCreateRequest,
    DealStageCreateRequestDealStage,
    DealStageEnvelope,
    DealStageFields,
    DealStageList,
    DealStageMoveRequest,
    DealStageMoveRequestDeal,
    DealStageMoveResult,
    DealStageUpdateRequest,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createDealStage")
def test_create_deal_stage(ac: ActiveCampaign) -> None:
    body = DealStageCreateRequest(
        deal_stage=DealStageCreateRequestDealStage(
            card_region_1="title",
            card_region_2="next-action",
            card_region_3="show-avatar",
            card_region_4="contact-fullname-orgname",
            card_region_5="value",
            color="32B0FC",
            deal_order="next-action DESC",
            group="4",
            order=1,
            title="Initial Contact",
            width=360,
        )
    )
    stage = expect(call(ac, ac.deal_stages.create_deal_stage, body=body), DealStageEnvelope, 200).deal_stage
    assert (stage.id, stage.order, stage.width) == ("16", 1, 280)


@pytest.mark.operation("listDealStages")
def test_list_stages_of_pipeline(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.deal_stages.list_deal_stages, filters_d_groupid="4"), DealStageList, 200)
    assert [s.id for s in page.deal_stages] == ["15", "16"]
    assert page.deal_stages[1].width == 270


@pytest.mark.operation("getDealStage")
def test_get_deal_stage(ac: ActiveCampaign) -> None:
    stage = expect(call(ac, ac.deal_stages.get_deal_stage, "1"), DealStageEnvelope, 200).deal_stage
    assert (stage.title, stage.deal_order) == ("Stage 1", "score DESC")


@pytest.mark.operation("updateDealStage")
def test_update_deal_stage(ac: ActiveCampaign) -> None:
    body = DealStageUpdateRequest(
        deal_stage=DealStageFields(
            card_region_1="contact-orgname",
            card_region_2="next-action",
            card_region_3="hide-avatar",
            card_region_4="contact-fullname-orgname",
            card_region_5="value",
            color="696969",
            deal_order="title ASC",
            group="4",
            order=1,
            title="Qualifications - Low",
            width=270,
        )
    )
    response = call(ac, ac.deal_stages.update_deal_stage, "16", body=body, reorder=1)
    stage = expect(response, DealStageEnvelope, 200).deal_stage
    assert (stage.title, stage.width) == ("Qualifications - Low", 270)


@pytest.mark.operation("deleteDealStage")
def test_delete_deal_stage(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.deal_stages.delete_deal_stage, "16"), 200)


@pytest.mark.operation("moveDealsToStage")
def test_move_deals_to_stage(ac: ActiveCampaign) -> None:
    body = DealStageMoveRequest(deal=DealStageMoveRequestDeal(stage="3"))
    moved = expect(call(ac, ac.deal_stages.move_deals_to_stage, "2", body=body), DealStageMoveResult, 200)
    assert moved.deals and {d.stage for d in moved.deals} == {"3"}


@pytest.mark.operation("moveDealsToStage", cassette="moveDealsToStage_other_pipeline")
def test_move_deals_to_stage_of_other_pipeline(ac: ActiveCampaign) -> None:
    body = DealStageMoveRequest(deal=DealStageMoveRequestDeal(stage="12"))
    error = expect(call(ac, ac.deal_stages.move_deals_to_stage, "2", body=body), ErrorResponse, 422)
    assert error.errors and error.errors[0].detail == "Target stage does not belong to same pipeline"
