"""Errors of remote loading; no third-party imports, so `import uk_iraq_security` can expose them."""

from __future__ import annotations

from ..errors import UkIraqSecurityError


class MissingExtraError(UkIraqSecurityError, ImportError):
    """An optional dependency of a remote source is not installed."""

    def __init__(self, source: str, extra: str, missing: str):
        super().__init__(f"source={source!r} needs the {extra!r} extra ({missing} is missing): "
                         f"pip install 'uk-iraq-security[{extra}]'", name=missing)


class ChecksumMismatchError(UkIraqSecurityError, ValueError):
    """A downloaded file differs from what its manifest says; the file has been removed from the cache."""

    def __init__(self, file: str, algorithm: str, expected: str, actual: str | None, manifest: str, advice: str):
        self.file, self.algorithm, self.expected, self.actual = file, algorithm, expected, actual
        super().__init__(f"{file}: {algorithm} is {actual or 'unknown'}, but {manifest} says {expected}. "
                         f"The file was not kept in the cache. {advice}")


class RemoteDataError(UkIraqSecurityError, ValueError):
    """A server's answer is not what was expected (shape, size, file name); the message names the URL."""


class RemoteTimeoutError(UkIraqSecurityError, TimeoutError):
    """A remote load did not finish within its overall deadline."""


class CacheError(UkIraqSecurityError, OSError):
    """The download cache cannot be used (not writable, a folder where a file should be, ...)."""
