from __future__ import annotations

import pytest
from activecampaign_api.models import (
    DealTaskCreateFields,
    DealTaskCreateRequest,
    DealTaskEnvelope,
    DealTaskFields,
    DealTaskList,
    DealTaskUpdateRequest,
    TaskReminderCreateRequest,
    TaskReminderCreateRequestTaskNotification,
    TaskReminderEnvelope,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createTask")
def test_create_task(ac: ActiveCampaign) -> None:
    body = DealTaskCreateRequest(
        deal_task=DealTaskCreateFields(
            title=None,
            owner_type="contact",
            relid="7",
            status=0,
            note="Testing Task",
            duedate="2017-02-25T12:00:00-06:00",
            edate="2017-02-25T12:15:00-06:00",
            deal_tasktype="1",
            assignee=2,
            trigger_automation_on_create=100,
            done_automation=101,
        )
    )
    task = expect(call(ac, ac.tasks.create_task, body=body), DealTaskEnvelope, 201).deal_task
    assert (task.id, task.status, task.reltype) == ("1", False, "Subscriber")
    assert task.owner is not None and task.owner.type_ == "contact"


@pytest.mark.operation("listTasks")
def test_list_open_tasks_of_assignee(ac: ActiveCampaign) -> None:
    response = call(ac, ac.tasks.list_tasks, limit=20, filters_assignee_userid="2", filters_status=0)
    page = expect(response, DealTaskList, 200)
    assert [t.id for t in page.deal_tasks] == ["1", "2"]
    assert page.deal_tasks[1].outcome_id == "91"
    assert page.meta is not None and page.meta.total == 2


@pytest.mark.operation("getTask")
def test_get_task(ac: ActiveCampaign) -> None:
    task = expect(call(ac, ac.tasks.get_task, "1"), DealTaskEnvelope, 200).deal_task
    assert (task.id, task.status, task.donedate) == ("1", False, None)


@pytest.mark.operation("updateTask")
def test_update_task_outcome(ac: ActiveCampaign) -> None:
    body = DealTaskUpdateRequest(
        deal_task=DealTaskFields(note="Testing Task", outcome_id=91, outcome_info="More details about the outcome")
    )
    task = expect(call(ac, ac.tasks.update_task, "1", body=body), DealTaskEnvelope, 200).deal_task
    assert (task.outcome_id, task.owner_type) == ("91", "contact")


@pytest.mark.operation("deleteTask")
def test_delete_task(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.tasks.delete_task, "1"), 200)


@pytest.mark.operation("createTaskReminder")
def test_create_task_reminder(ac: ActiveCampaign) -> None:
    body = TaskReminderCreateRequest(
        task_notification=TaskReminderCreateRequestTaskNotification(deal_task="1", interval="123")
    )
    created = expect(call(ac, ac.tasks.create_task_reminder, body=body), TaskReminderEnvelope, 200)
    assert created.task_notification is not None and created.task_notification.deal_task == "1"
