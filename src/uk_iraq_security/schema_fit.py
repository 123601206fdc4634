"""Data that does not fit its Table Schema: one error naming the file, the row, the column, the value and what
was expected, raised by the typing of a table (arrow_types, for every backend). Standard library only."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from .dataset_paths import shown
from .errors import UkIraqSecurityError

# What a cell of each Table Schema type must be, as the message says it
EXPECTED = {"integer": "a whole number (64-bit)", "number": "a finite number", "boolean": "true or false",
            "date": "a date written YYYY-MM-DD", "string": "text"}
REQUIRED = "empty, but the column is required"
T = TypeVar("T")


class TableDataError(UkIraqSecurityError, ValueError):
    """A table's data does not fit its Table Schema. ``.file`` (None if not read from a file), ``.row`` (1-based
    among the data rows; None for the table as a whole), ``.column``, ``.value`` and ``.expected`` say where and
    what; ``.rows`` is how many rows fail the same way (at least 1; 1 where only the first is known)."""

    def __init__(self, column: str | None, row: int | None, value: object, expected: str, *, problem: str = "",
                 rows: int = 1, file: str | None = None, key: str = ""):
        self.column, self.row, self.value, self.expected, self.problem, self.rows = column, row, value, expected, problem, rows
        self.file, self.key = file, key
        where = [f"row {row}" + (f" ({key})" if key else "") if row else "", f"column {column!r}" if column else ""]
        text = problem or f"{shown(value)} is not {expected}"
        more = f" ({rows - 1} more row{'s' if rows > 2 else ''} like it)" if rows > 1 else ""
        super().__init__(": ".join(filter(None, [file, ", ".join(filter(None, where)), text + more])))

    def at(self, file: str | None, key: str = "") -> TableDataError:
        """The same error, naming the file it was read from and the row's key (e.g. ``funding_id 'fund-x'``)."""
        return TableDataError(self.column, self.row, self.value, self.expected, problem=self.problem, rows=self.rows,
                              file=file, key=key)


def expected(field: dict) -> str:
    """What a cell of `field` must be, in words."""
    return EXPECTED.get(field.get("type", "string"), f"of type {field.get('type')!r}")


def first_failure(n: int, fails: Callable[[int], bool]) -> int | None:
    """The index of the first of `n` rows at which a conversion fails, where ``fails(k)`` converts the first k rows:
    by bisection, so a whole column is converted O(log n) times instead of once per row. None if all n convert."""
    if not fails(n):
        return None
    good, bad = 0, n  # converting `good` rows works, `bad` rows fails
    while bad - good > 1:
        mid = (good + bad) // 2
        good, bad = (good, mid) if fails(mid) else (mid, bad)
    return bad - 1


def read_file(read: Callable[..., T], file, label: str, *args) -> T:
    """``read(file, *args)`` (a format's reader), its parse errors (not UTF-8, not CSV, not Parquet, empty) one
    TableDataError naming the file; an OSError (missing, unreadable) goes through as it is."""
    try:
        return read(file, *args)
    except ValueError as e:  # pandas' and pyarrow's parse errors, UnicodeDecodeError
        raise TableDataError(None, None, None, f"a {label} file", file=str(file),
                             problem=f"cannot be read as {label}: {' '.join(str(e).split())[:300]}") from None
