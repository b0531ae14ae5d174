from typing import Literal

TaskOutcomeSentiment = Literal["Negative", "Neutral", "Positive"]

TASK_OUTCOME_SENTIMENT_VALUES: set[TaskOutcomeSentiment] = {
    "Negative",
    "Neutral",
    "Positive",
}


def check_task_outcome_sentiment(value: str) -> TaskOutcomeSentiment:
    if value in TASK_OUTCOME_SENTIMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASK_OUTCOME_SENTIMENT_VALUES!r}")
