"""The SDK's one check of e-mail addresses before the API sees them (email-validator, syntax only: no DNS look-ups)."""

from __future__ import annotations

from .errors import InvalidInputError


def check_email(email: object) -> str:
    """The address itself, or InvalidInputError (a ValueError) saying what is wrong with it."""
    if not isinstance(email, str) or not email.strip():
        raise InvalidInputError("missing email")
    # Imported here: email-validator costs a sixth of `import activecampaign_sdk` and only
    # helpers that take e-mail addresses need it.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidInputError(f"invalid email {email!r}: {exc}") from None
    return email
