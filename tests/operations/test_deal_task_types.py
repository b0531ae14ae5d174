from __future__ import annotations

import pytest
from activecampaign_api.models import (
    DealTaskTypeCreateRequest,
    DealTaskTypeCreateRequestDealTasktype,
    DealTaskTypeEnvelope,
    DealTaskTypeFields,
    DealTaskTypeList,
    DealTaskTypeMoveRequest,
    DealTaskTypeMoveRequestDealTask,
    DealTaskTypeMoveResult,
    DealTaskTypeUpdateRequest,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createTaskType")
def test_create_task_type(ac: ActiveCampaign) -> None:
    body = DealTaskTypeCreateRequest(deal_tasktype=DealTaskTypeCreateRequestDealTasktype(title="Skype", status=0))
    created = expect(call(ac, ac.task_types.create_task_type, body=body), DealTaskTypeEnvelope, 200)
    assert (created.deal_tasktype.id, created.deal_tasktype.status) == ("7", False)
    assert created.deal_tasktype.links == []


@pytest.mark.operation("listTaskTypes")
def test_list_task_types(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.task_types.list_task_types), DealTaskTypeList, 200)
    assert [t.title for t in page.deal_tasktypes] == ["Call", "Email", "Lunch", "Meeting"]
    assert page.deal_tasktypes[0].cdate is None


@pytest.mark.operation("getTaskType")
def test_get_task_type(ac: ActiveCampaign) -> None:
    task_type = expect(call(ac, ac.task_types.get_task_type, "5"), DealTaskTypeEnvelope, 200).deal_tasktype
    assert (task_type.id, task_type.title) == ("5", "Skype")


@pytest.mark.operation("updateTaskType")
def test_disable_task_type(ac: ActiveCampaign) -> None:
    body = DealTaskTypeUpdateRequest(deal_tasktype=DealTaskTypeFields(title="Meet in person", status=1))
    task_type = expect(call(ac, ac.task_types.update_task_type, "7", body=body), DealTaskTypeEnvelope, 200)
    assert task_type.deal_tasktype.status is True


@pytest.mark.operation("deleteTaskType")
def test_delete_task_type(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.task_types.delete_task_type, "7"), 200)


@pytest.mark.operation("deleteTaskType", cassette="deleteTaskType_in_use")
def test_delete_task_type_in_use(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.task_types.delete_task_type, "1"), ErrorResponse, 403)
    assert error.to_dict() == {}


@pytest.mark.operation("moveTasksToTaskType")
def test_move_tasks_to_task_type(ac: ActiveCampaign) -> None:
    body = DealTaskTypeMoveRequest(deal_task=DealTaskTypeMoveRequestDealTask(deal_tasktype="2"))
    moved = expect(call(ac, ac.task_types.move_tasks_to_task_type, "1", body=body), DealTaskTypeMoveResult, 200)
    assert [t.deal_tasktype for t in moved.deal_tasks] == ["2"]
    assert moved.deals is not None and moved.deals[0].value == 10000.0
