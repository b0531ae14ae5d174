"""Helpers over the contact, tag and list operations (async)."""


class AsyncContactHelpers:
    pass
