"""BuildError: says which file, which record, and what was expected (defined in uk_iraq_security.errors)."""

from uk_iraq_security.errors import BuildError

__all__ = ["BuildError"]
