"""The rows the command line prints, and in which order: ``--where``, ``--sort`` and ``--rows``.

Conditions compare with the value as written in the CSV files (a missing value is the empty text):
``=`` and ``!=`` the whole value, ``~`` a part of it (or of its words for people: "geography~kurdistan"
finds IQ-KR), ignoring case and accents, ``<`` and ``>`` in number order where the column holds numbers and
in text order otherwise (dates are YYYY-MM-DD, so text order is date order); a missing value is never
less or greater than anything.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

import pandas as pd

from .cli_output import Condition, SortKey
from .display import cell, column_words, is_number
from .errors import UkIraqSecurityError
from .searching import fold


class UnknownColumnError(UkIraqSecurityError, KeyError):
    """A column name that the table does not have."""

    exit_status = 2  # a usage error, as argparse's

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.args[0]


class ConditionError(UkIraqSecurityError, ValueError):
    """A ``--where`` condition that cannot be applied (a number column compared with a word)."""

    exit_status = 2


def check_columns(df: pd.DataFrame, names: Sequence[str], what: str) -> None:
    """Raise UnknownColumnError naming the first unknown name, a close match and the valid columns."""
    unknown = [n for n in names if n not in df.columns]
    if unknown:
        close = difflib.get_close_matches(unknown[0], list(df.columns), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise UnknownColumnError(f"unknown {what} {', '.join(map(repr, unknown))}{hint}; valid columns: {', '.join(df.columns)}")


def _matches(df: pd.DataFrame, c: Condition, table: str | None) -> pd.Series:
    series = df[c.column]
    texts = [cell(v) or "" for v in series]
    if c.op in ("=", "!="):
        equal = pd.Series([t == c.value for t in texts], index=df.index)
        return equal if c.op == "=" else ~equal
    if c.op == "~":
        needle = fold(c.value)
        shown = column_words(df, table, c.column) if table else [None] * len(df)
        return pd.Series([needle in fold(t) or (s is not None and needle in fold(s)) for t, s in zip(texts, shown)],
                         index=df.index)
    if is_number(series.dtype):
        try:
            bound = float(c.value)
        except ValueError:
            raise ConditionError(f"--where {c.column}{c.op}{c.value}: {c.column} holds numbers, and {c.value!r} is not one") from None
        numbers = series.astype("float64")  # a missing value is NaN, neither less nor greater
        return numbers < bound if c.op == "<" else numbers > bound
    present = series.notna()
    return pd.Series([p and ((t < c.value) if c.op == "<" else (t > c.value)) for p, t in zip(present, texts)], index=df.index)


def _sorted(df: pd.DataFrame, keys: list[SortKey]) -> pd.DataFrame:
    """Numbers and dates in their order, anything else in the order of its text; missing values last."""
    def key(series: pd.Series) -> pd.Series:
        if is_number(series.dtype) or pd.api.types.is_datetime64_any_dtype(series.dtype):
            return series
        return pd.Series([cell(v) for v in series], index=series.index, dtype="string")

    return df.sort_values([k.column for k in keys], ascending=[not k.descending for k in keys], key=key,
                          na_position="last", kind="stable")


def select(df: pd.DataFrame, *, where: Sequence[Condition] = (), sort: Sequence[SortKey] = (),
           rows: int = 0, table: str | None = None) -> pd.DataFrame:
    """The rows for which every condition of ``where`` holds, sorted by ``sort``, the first ``rows`` of them
    (0: all). For a frame of ``table``'s rows, ``~`` also searches the values in words."""
    check_columns(df, [c.column for c in where], "column in --where")
    check_columns(df, [k.column for k in sort], "column in --sort")
    for condition in where:
        df = df[_matches(df, condition, table)]
    if sort:
        df = _sorted(df, list(sort))
    return df.head(rows) if rows else df
