from __future__ import annotations

import datetime

import pytest
from activecampaign_api.models import (
    ErrorResponse,
    TaskOutcomeCreateRequest,
    TaskOutcomeCreateRequestTaskOutcome,
    TaskOutcomeEnvelope,
    TaskOutcomeFields,
    TaskOutcomeList,
    TaskOutcomeUpdateRequest,
    TaskTypeOutcomeRelationEnvelope,
    TaskTypeOutcomeRelationList,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


def _interested() -> TaskOutcomeCreateRequest:
    return TaskOutcomeCreateRequest(
        task_outcome=TaskOutcomeCreateRequestTaskOutcome(title="Interested", sentiment="Positive")
    )


@pytest.mark.operation("createTaskOutcome")
def test_create_task_outcome(ac: ActiveCampaign) -> None:
    outcome = expect(call(ac, ac.task_outcomes.create_task_outcome, body=_interested()), TaskOutcomeEnvelope, 200)
    assert (outcome.task_outcome.sentiment, outcome.task_outcome.disabled) == ("POSITIVE", "")


@pytest.mark.operation("listTaskOutcomes")
def test_list_task_outcomes(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.task_outcomes.list_task_outcomes), TaskOutcomeList, 200)
    assert [o.disabled for o in page.task_outcomes] == ["0", "0", "0", "1"]
    assert page.task_outcomes[0].deal_tasktype_ids == []


@pytest.mark.operation("getTaskOutcome")
def test_get_task_outcome(ac: ActiveCampaign) -> None:
    outcome = expect(call(ac, ac.task_outcomes.get_task_outcome, "1"), TaskOutcomeEnvelope, 200).task_outcome
    assert (outcome.id, outcome.title) == ("1", "Interested")


@pytest.mark.operation("getTaskOutcome", cassette="getTaskOutcome_not_found")
def test_get_missing_task_outcome(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.task_outcomes.get_task_outcome, "111"), ErrorResponse, 404)
    assert error.message == "No Result found for TaskOutcome with id 111"


@pytest.mark.operation("updateTaskOutcome")
def test_update_task_outcome_sentiment(ac: ActiveCampaign) -> None:
    body = TaskOutcomeUpdateRequest(task_outcome=TaskOutcomeFields(sentiment="Neutral"))
    outcome = expect(call(ac, ac.task_outcomes.update_task_outcome, "1", body=body), TaskOutcomeEnvelope, 200)
    assert outcome.task_outcome.sentiment == "NEUTRAL"


@pytest.mark.operation("deleteTaskOutcome")
def test_delete_task_outcome(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.task_outcomes.delete_task_outcome, "1"), 200)


@pytest.mark.operation("listTaskTypeOutcomeRelations")
def test_list_task_type_outcome_relations(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.task_outcomes.list_task_type_outcome_relations), TaskTypeOutcomeRelationList, 200)
    assert [(r.tasktype, r.outcome) for r in page.tasktype_outcome_rels] == [("1", "9"), ("1", "10"), ("2", "9")]
    assert page.tasktype_outcome_rels[0].updated_by is None


@pytest.mark.operation("getTaskTypeOutcomeRelation")
def test_get_task_type_outcome_relation(ac: ActiveCampaign) -> None:
    response = call(ac, ac.task_outcomes.get_task_type_outcome_relation, "1")
    relation = expect(response, TaskTypeOutcomeRelationEnvelope, 200).tasktype_outcome_rel
    assert (relation.display_order, relation.updated_utc_timestamp) == (0, datetime.datetime(2021, 4, 5, 15, 19, 36))


@pytest.mark.operation("createTaskTypeOutcomeRelation")
def test_create_task_type_outcome_relation_as_documented(ac: ActiveCampaign) -> None:
    response = call(ac, ac.task_outcomes.create_task_type_outcome_relation, body=_interested())
    assert expect(response, TaskOutcomeEnvelope, 200).task_outcome.id == "1"


@pytest.mark.operation("updateTaskTypeOutcomeRelation")
def test_update_task_type_outcome_relation_as_documented(ac: ActiveCampaign) -> None:
    body = TaskOutcomeUpdateRequest(task_outcome=TaskOutcomeFields(title="Interested"))
    response = call(ac, ac.task_outcomes.update_task_type_outcome_relation, "1", body=body)
    assert expect(response, TaskOutcomeEnvelope, 200).task_outcome.title == "Interested"


@pytest.mark.operation("deleteTaskTypeOutcomeRelation")
def test_delete_task_type_outcome_relation(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.task_outcomes.delete_task_type_outcome_relation, "1"), 200)
