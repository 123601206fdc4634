"""The package's errors. Every error it raises on purpose is a ``UkIraqSecurityError``; each also keeps
the builtin base callers already catch (``KeyError`` for an unknown table, ``ValueError`` for a bad
value). No third-party imports, so ``import uk_iraq_security`` can expose them."""

from __future__ import annotations


class UkIraqSecurityError(Exception):
    """Base class of every error uk_iraq_security raises on purpose."""


class MissingExtraError(UkIraqSecurityError, ImportError):
    """A feature needs an optional extra that is not installed; the message says what to install."""

    def __init__(self, feature: str, extra: str, missing: str | None):
        super().__init__(f"{feature} needs the {extra!r} extra ({missing or 'a dependency'} is missing): "
                         f"pip install 'uk-iraq-security[{extra}]'", name=missing)


class BuildError(UkIraqSecurityError):
    """A build step failed; the message names the file and the record involved."""

    def __init__(self, file: str, record: str | None, message: str):
        self.file, self.record, self.message = file, record, message
        where = f"{file}: {record}" if record else file
        super().__init__(f"{where}: {message}")


class DatasetFolderError(UkIraqSecurityError, ValueError):
    """A dataset folder (the installed one, or one given to ``validate`` or ``site --root``) cannot be used
    safely: a path its datapackage.json names leaves it, or one of its JSON files is not readable JSON."""


class OutputError(UkIraqSecurityError, OSError):
    """The command line's output cannot be written (a full disk, /dev/full)."""


class ArgumentTypeError(UkIraqSecurityError, TypeError):
    """An argument of a public function of the wrong type (``evidence(123)``); the message says what is expected."""
