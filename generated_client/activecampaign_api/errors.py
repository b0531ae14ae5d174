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
    """A body that does not fit the model it is decoded into, under the wire-tolerance policy.

    `model` names the model (or the union of models) the body was decoded into; the message
    adds what did not fit and where, as a JSON path (`at $.contacts[1].sentcnt`).
    """

    def __init__(self, model: str, cause: Exception) -> None:
        if isinstance(cause, KeyError) and cause.args:
            reason = f"required key {cause.args[0]!r} is missing"
        else:
            reason = f"{type(cause).__name__}: {cause}"
        super().__init__(f"{model}: {reason}")
        self.model = model


class InvalidPathParameter(ValueError):
    """A path parameter that no resource can have (an empty or `..` segment, a `/`, None, a negative id).

    Raised by an operation before any request is built. `parameter` names it as the spec does.
    A layer over this package can have its own subclass raised instead (`raise_path_errors_as`),
    so its callers catch one error type for every input it refuses.
    """

    def __init__(self, parameter: str, value: object, reason: str) -> None:
        super().__init__(f"path parameter {parameter!r} {reason}, got {value!r}")
        self.parameter = parameter
        self.value = value
        self.reason = reason

    def __reduce__(self) -> tuple[object, ...]:
        return type(self), (self.parameter, self.value, self.reason)


_path_error: type[InvalidPathParameter] = InvalidPathParameter


def raise_path_errors_as(error: type[InvalidPathParameter]) -> None:
    """Raise `error` (a subclass of InvalidPathParameter, constructed the same way) for refused path parameters."""
    global _path_error
    if not issubclass(error, InvalidPathParameter):
        raise TypeError(f"{error!r} is not a subclass of InvalidPathParameter")
    _path_error = error


def path_parameter_error(parameter: str, value: object, reason: str) -> InvalidPathParameter:
    return _path_error(parameter, value, reason)


__all__ = ["InvalidPathParameter", "ParseError", "UnexpectedStatus", "path_parameter_error", "raise_path_errors_as"]
