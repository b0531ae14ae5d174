"""The sample here is a consumer's test, run by tests/test_publish.py from the installed wheel, not by this suite."""

collect_ignore = ["test_consumer_sample.py"]
