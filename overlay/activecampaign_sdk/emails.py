"""Checking e-mail addresses before the API sees them (email-validator, syntax only: no DNS look-ups)."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email


def email_problem(email: object) -> str | None:
    """Why this is no e-mail address the API would take; None when it is one."""
    if not isinstance(email, str) or not email.strip():
        return "missing email"
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        return f"invalid email {email!r}: {exc}"
    return None


def check_email(email: object) -> str:
    """The address itself, or ValueError saying what is wrong with it."""
    problem = email_problem(email)
    if problem is not None:
        raise ValueError(problem)
    assert isinstance(email, str)
    return email
