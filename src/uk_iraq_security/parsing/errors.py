"""The error every parser raises: a message saying what was expected and what was found."""

from ..errors import UkIraqSecurityError


class ParseError(UkIraqSecurityError, ValueError):
    """Text could not be parsed as the expected kind of value."""
