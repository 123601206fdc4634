"""The error every parser raises: a message saying what was expected and what was found."""


class ParseError(ValueError):
    """Text could not be parsed as the expected kind of value."""
