"""uis.validate(df, table): check a DataFrame against a table's schema, for users who derive or extend
the tables (needs the ``validate`` extra; pandera is imported only when called).

The checks are the build's own: the pandera schema derived from the Table Schema
(``validation.pandera_schema``): columns, types, required values, ranges, patterns, categories, codes.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import MissingExtraError, UkIraqSecurityError
from .registry import primary_key

MAX_LISTED = 20  # problems spelt out in the message; all are in .problems


@dataclass(frozen=True)
class Problem:
    table: str
    row: object          # the frame's index label, or None for a problem with the frame itself
    column: str | None
    check: str
    value: object

    def __str__(self) -> str:
        where = self.table if self.row is None else f"{self.table} row {self.row}"
        if self.check == "column_in_dataframe":
            return f"{where}: column {self.value} is missing"
        what = f"column {self.column}: {self.check}" if self.column else self.check
        return f"{where}: {what} (value {self.value!r})"


class TableValidationError(UkIraqSecurityError, ValueError):
    """A DataFrame does not satisfy its table's schema. ``.problems`` lists each (row, column, check, value)."""

    def __init__(self, table: str, problems: list[Problem]):
        self.table, self.problems = table, problems
        lines = [str(p) for p in problems[:MAX_LISTED]]
        if len(problems) > MAX_LISTED:
            lines.append(f"... and {len(problems) - MAX_LISTED} more (see .problems)")
        super().__init__(f"{len(problems)} problem(s) with the {table!r} table:\n  " + "\n  ".join(lines))


def _row_label(df, index, key: str | None):
    if index is None or index != index:  # NaN: a problem with the frame, not a row
        return None
    if key and key in df.columns and index in df.index:
        value = df.at[index, key]
        if isinstance(value, str):
            return f"{index} ({key} {value})"
    return index


def validate(df, table: str):
    """Check ``df`` against the schema of ``table`` (e.g. "funding"); return ``df`` unchanged if it
    passes, else raise ``TableValidationError`` naming every failing row, column and value.

    Needs ``pip install 'uk-iraq-security[validate]'``.
    """
    from .loading import schema as table_schema

    table_def = table_schema(table)  # UnknownTableError for a name that is not a table
    try:
        import pandera.pandas as pa

        from .validation import pandera_schema
    except ImportError as e:
        raise MissingExtraError("uis.validate", "validate", e.name) from e
    keys = primary_key(table_def)
    key = keys[0] if len(keys) == 1 else None
    try:
        pandera_schema(table_def).validate(df, lazy=True)
    except pa.errors.SchemaErrors as e:
        problems = [
            Problem(table, _row_label(df, case.index, key), case.column if isinstance(case.column, str) else None,
                    str(case.check), case.failure_case)
            for case in e.failure_cases.itertuples(index=False)
        ]
        raise TableValidationError(table, problems) from None
    return df
