from __future__ import annotations

import pytest
from activecampaign_api.api.task_outcomes import (
    create_task_outcome,
    create_task_type_outcome_relation,
    delete_task_outcome,
    delete_task_type_outcome_relation,
    get_task_outcome,
    get_task_type_outcome_relation,
    list_task_outcomes,
    list_task_type_outcome_relations,
    update_task_outcome,
    update_task_type_outcome_relation,
)
from activecampaign_api.models import (
    EmptyObject,
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

from ..replay import expect


def _interested() -> TaskOutcomeCreateRequest:
    return TaskOutcomeCreateRequest(
        task_outcome=TaskOutcomeCreateRequestTaskOutcome(title="Interested", sentiment="Positive")
    )


@pytest.mark.operation("createTaskOutcome")
def test_create_task_outcome(ac: ActiveCampaign) -> None:
    outcome = expect(create_task_outcome.sync_detailed(client=ac.api, body=_interested()), TaskOutcomeEnvelope, 200)
    assert (outcome.task_outcome.sentiment, outcome.task_outcome.disabled) == ("POSITIVE", "")


@pytest.mark.operation("listTaskOutcomes")
def test_list_task_outcomes(ac: ActiveCampaign) -> None:
    page = expect(list_task_outcomes.sync_detailed(client=ac.api), TaskOutcomeList, 200)
    assert [o.disabled for o in page.task_outcomes] == ["0", "0", "0", "1"]
    assert page.task_outcomes[0].deal_tasktype_ids == []


@pytest.mark.operation("getTaskOutcome")
def test_get_task_outcome(ac: ActiveCampaign) -> None:
    outcome = expect(get_task_outcome.sync_detailed("1", client=ac.api), TaskOutcomeEnvelope, 200).task_outcome
    assert (outcome.id, outcome.title) == ("1", "Interested")


@pytest.mark.operation("getTaskOutcome", cassette="getTaskOutcome_not_found")
def test_get_missing_task_outcome(ac: ActiveCampaign) -> None:
    error = expect(get_task_outcome.sync_detailed("111", client=ac.api), ErrorResponse, 404)
    assert error.message == "No Result found for TaskOutcome with id 111"


@pytest.mark.operation("updateTaskOutcome")
def test_update_task_outcome_sentiment(ac: ActiveCampaign) -> None:
    body = TaskOutcomeUpdateRequest(task_outcome=TaskOutcomeFields(sentiment="Neutral"))
    outcome = expect(update_task_outcome.sync_detailed("1", client=ac.api, body=body), TaskOutcomeEnvelope, 200)
    assert outcome.task_outcome.sentiment == "NEUTRAL"


@pytest.mark.operation("deleteTaskOutcome")
def test_delete_task_outcome(ac: ActiveCampaign) -> None:
    expect(delete_task_outcome.sync_detailed("1", client=ac.api), EmptyObject, 200)


@pytest.mark.operation("listTaskTypeOutcomeRelations")
def test_list_task_type_outcome_relations(ac: ActiveCampaign) -> None:
    page = expect(list_task_type_outcome_relations.sync_detailed(client=ac.api), TaskTypeOutcomeRelationList, 200)
    assert [(r.tasktype, r.outcome) for r in page.tasktype_outcome_rels] == [("1", "9"), ("1", "10"), ("2", "9")]
    assert page.tasktype_outcome_rels[0].updated_by is None


@pytest.mark.operation("getTaskTypeOutcomeRelation")
def test_get_task_type_outcome_relation(ac: ActiveCampaign) -> None:
    response = get_task_type_outcome_relation.sync_detailed("1", client=ac.api)
    relation = expect(response, TaskTypeOutcomeRelationEnvelope, 200).tasktype_outcome_rel
    assert (relation.display_order, relation.updated_utc_timestamp) == ("0", "2021-04-05 15:19:36")


@pytest.mark.operation("createTaskTypeOutcomeRelation")
def test_create_task_type_outcome_relation_as_documented(ac: ActiveCampaign) -> None:
    response = create_task_type_outcome_relation.sync_detailed(client=ac.api, body=_interested())
    assert expect(response, TaskOutcomeEnvelope, 200).task_outcome.id == "1"


@pytest.mark.operation("updateTaskTypeOutcomeRelation")
def test_update_task_type_outcome_relation_as_documented(ac: ActiveCampaign) -> None:
    body = TaskOutcomeUpdateRequest(task_outcome=TaskOutcomeFields(title="Interested"))
    response = update_task_type_outcome_relation.sync_detailed("1", client=ac.api, body=body)
    assert expect(response, TaskOutcomeEnvelope, 200).task_outcome.title == "Interested"


@pytest.mark.operation("deleteTaskTypeOutcomeRelation")
def test_delete_task_type_outcome_relation(ac: ActiveCampaign) -> None:
    expect(delete_task_type_outcome_relation.sync_detailed("1", client=ac.api), EmptyObject, 200)
