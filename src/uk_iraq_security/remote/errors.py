"""Errors of remote loading; no third-party imports, so `import uk_iraq_security` can expose them."""

from __future__ import annotations

from ..errors import MissingExtraError, UkIraqSecurityError

__all__ = ["CacheError", "ChecksumMismatchError", "MissingExtraError", "RemoteDataError", "RemoteTimeoutError"]


class ChecksumMismatchError(UkIraqSecurityError, ValueError):
    """A file differs from what its manifest says: a download (then removed from the cache) or an
    installed file (removed=False: left where it is)."""

    def __init__(self, file: str, algorithm: str, expected: str, actual: str | None, manifest: str, advice: str,
                 *, removed: bool = True):
        self.file, self.algorithm, self.expected, self.actual = file, algorithm, expected, actual
        kept = "The file was not kept in the cache. " if removed else ""
        super().__init__(f"{file}: {algorithm} is {actual or 'unknown'}, but {manifest} says {expected}. "
                         f"{kept}{advice}")


class RemoteDataError(UkIraqSecurityError, ValueError):
    """A server's answer is not what was expected (shape, size, file name); the message names the URL."""


class RemoteTimeoutError(UkIraqSecurityError, TimeoutError):
    """A remote load did not finish within its overall deadline."""


class CacheError(UkIraqSecurityError, OSError):
    """The download cache cannot be used (not writable, a folder where a file should be, ...)."""
