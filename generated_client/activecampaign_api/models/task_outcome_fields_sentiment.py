from typing import Literal

TaskOutcomeFieldsSentiment = Literal["Negative", "Neutral", "Positive"]

TASK_OUTCOME_FIELDS_SENTIMENT_VALUES: set[TaskOutcomeFieldsSentiment] = {
    "Negative",
    "Neutral",
    "Positive",
}


def check_task_outcome_fields_sentiment(value: str) -> TaskOutcomeFieldsSentiment:
    if value in TASK_OUTCOME_FIELDS_SENTIMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASK_OUTCOME_FIELDS_SENTIMENT_VALUES!r}")
