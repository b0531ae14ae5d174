"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ParseError(ValueError):
    """A body that does not fit the model `from_dict` parses it into.

    `model` names the innermost model that failed: a nested model's error passes
    through the models around it unchanged.
    """

    def __init__(self, model: str, cause: Exception) -> None:
        if isinstance(cause, KeyError) and cause.args:
            reason = f"required key {cause.args[0]!r} is missing"
        else:
            reason = f"{type(cause).__name__}: {cause}"
        super().__init__(f"{model}: {reason}")
        self.model = model


__all__ = ["ParseError", "UnexpectedStatus"]
