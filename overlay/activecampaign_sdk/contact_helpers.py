"""Helpers over the contact, tag and list operations (sync)."""


class ContactHelpers:
    pass
