"""The error every parser raises: a message saying what was expected and what was found."""

from uk_iraq_security.errors import UkIraqSecurityError


class ParseError(UkIraqSecurityError, ValueError):
    """Text could not be parsed as the expected kind of value."""
