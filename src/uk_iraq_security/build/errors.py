"""BuildError: says which file, which record, and what was expected."""

from __future__ import annotations


class BuildError(Exception):
    """A build step failed; the message names the file and the record involved."""

    def __init__(self, file: str, record: str | None, message: str):
        self.file, self.record, self.message = file, record, message
        where = f"{file}: {record}" if record else file
        super().__init__(f"{where}: {message}")
