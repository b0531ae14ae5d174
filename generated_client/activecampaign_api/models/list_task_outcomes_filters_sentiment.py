from typing import Literal

ListTaskOutcomesFiltersSentiment = Literal["1", "2", "3"]

LIST_TASK_OUTCOMES_FILTERS_SENTIMENT_VALUES: set[ListTaskOutcomesFiltersSentiment] = {
    "1",
    "2",
    "3",
}


def check_list_task_outcomes_filters_sentiment(value: str) -> ListTaskOutcomesFiltersSentiment:
    if value in LIST_TASK_OUTCOMES_FILTERS_SENTIMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TASK_OUTCOMES_FILTERS_SENTIMENT_VALUES!r}")
