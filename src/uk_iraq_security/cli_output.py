"""Options and output shared by the commands that print a frame (show, search, timeline, evidence, describe).

Standard library only at import: ``--help`` starts without pandas."""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from collections.abc import Collection
from typing import NamedTuple

from .errors import OutputError

OUTPUTS = ("table", "csv", "json", "markdown")
OPERATORS = ("=", "!=", "~", "<", ">")
_CONDITION = re.compile(r"\s*(\w+)\s*([=!~<>]+)(.*)", re.DOTALL)  # the operator: every operator character in a row
CONDITIONS = "COLUMN=VALUE, COLUMN!=VALUE, COLUMN~TEXT, COLUMN<VALUE or COLUMN>VALUE"


class Condition(NamedTuple):
    """One --where condition: COLUMN, one of OPERATORS, VALUE as written."""

    column: str
    op: str
    value: str


class SortKey(NamedTuple):
    column: str
    descending: bool


def _non_negative(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {n}")
    return n


def _column_list(text: str) -> list[str]:
    names = [c.strip() for c in text.split(",") if c.strip()]
    if not names:
        raise argparse.ArgumentTypeError("give column names separated by commas, e.g. --columns name,role")
    return names


def _condition(text: str) -> Condition:
    m = _CONDITION.fullmatch(text)
    if not m:
        raise argparse.ArgumentTypeError(f"expected COLUMN=VALUE, not {text!r} (or {CONDITIONS.split(', ', 1)[1]})")
    column, op, value = m.groups()
    if op not in OPERATORS:
        raise argparse.ArgumentTypeError(f"unknown operator {op!r} in {text!r}; use {CONDITIONS}")
    return Condition(column, op, value)


def _sort_keys(text: str) -> list[SortKey]:
    names = [n.strip() for n in text.split(",") if n.strip()]
    keys = [SortKey(n.removeprefix("-").strip(), n.startswith("-")) for n in names]
    if not keys or not all(k.column for k in keys):
        raise argparse.ArgumentTypeError(f"expected COLUMN or -COLUMN (descending), comma-separated, not {text!r}")
    return keys


def join_sort_values(argv: list[str]) -> list[str]:
    """``--sort -amount`` as ``--sort=-amount``: argparse would take -amount for an option."""
    out: list[str] = []
    for arg in argv:
        if out and out[-1] == "--sort" and arg.startswith("-"):
            out[-1] = f"--sort={arg}"
        else:
            out.append(arg)
    return out


class Parser(argparse.ArgumentParser):
    """argparse, except that --help and --version fail when their output cannot be written (argparse ignores it)."""

    def _print_message(self, message, file=None):
        if message:
            file = file or sys.stderr
            file.write(message)
            file.flush()


def output_options(vertical_default: bool) -> Parser:
    """Options shared by the commands that print a frame."""
    p = Parser(add_help=False)
    p.add_argument("--columns", type=_column_list, metavar="A,B,...", help="only these columns, in this order")
    p.add_argument("--where", type=_condition, action="append", default=[], metavar="COLUMN=VALUE",
                   help="only rows whose COLUMN is VALUE, written as in the CSV files (a missing value is empty); "
                        "also COLUMN!=VALUE, COLUMN~TEXT (contains TEXT, ignoring case and accents, in the value or in "
                        "its words: geography~kurdistan), COLUMN<VALUE and COLUMN>VALUE (numbers in number order, "
                        "anything else, dates too, in text order). Repeat: all must hold")
    p.add_argument("--sort", type=_sort_keys, default=[], metavar="COLUMN",
                   help="order the rows by COLUMN (-COLUMN: descending; several: comma-separated); numbers and dates "
                        "in their order, missing values last")
    p.add_argument("--rows", type=_non_negative, default=0, metavar="N", help="only the first N rows (default 0: all)")
    p.add_argument("--output", choices=OUTPUTS, default="table",
                   help="table (fits the terminal, values in words, a missing value shows as —), or csv, json, markdown "
                        "for piping: every column, values as stored (missing values: empty; null in json). csv is for "
                        "spreadsheets: a cell starting with = + - @, a tab or a carriage return that is not a plain "
                        "number gets a leading ' so that it is not run as a formula (json, and the files in data/, "
                        "keep every value exactly); markdown escapes HTML, pipes and brackets")
    p.add_argument("--vertical", action=argparse.BooleanOptionalAction, default=vertical_default,
                   help="table output: one field per line for each record, long values wrapped"
                        + (" (the default here)" if vertical_default else ""))
    p.add_argument("--raw", action="store_true",
                   help="table output: the values as stored (75000000, IQ-KR) and the columns in the table's order")
    return p


def emit(df, args, *, table: str | None = None, lead: Collection[str] = (), whole: Collection[str] = (),
         wrap: Collection[str] = ()) -> int:
    """Filter, sort and print a frame as the output options say. The table output, unless --raw, starts with
    the ``lead`` columns and, for a frame of ``table``'s rows, shows the values in words; ``whole`` and
    ``wrap`` columns are never cut (display.table)."""
    from .display import in_words, render  # pandas: only once there is a frame to print
    from .selecting import check_columns, select

    df = select(df, where=args.where, sort=args.sort, rows=args.rows, table=table)
    columns = args.columns
    if columns:
        check_columns(df, columns, "column")
    if args.output == "table" and not args.raw:
        if table:
            df = in_words(df, table, short=not args.vertical)  # before choosing columns: a figure reads with its unit
        columns = columns or list(dict.fromkeys([*lead, *df.columns]))
    if columns:
        df = df[columns]
    width = shutil.get_terminal_size().columns  # an invalid $COLUMNS gives the default; display caps a huge one
    write_out(render(df, args.output, width=width, vertical_layout=args.vertical, whole=whole, wrap=wrap))
    return 0


def write_out(text: str) -> None:
    """Write `text` to stdout now: a failure is an OutputError naming standard output (BrokenPipeError, a
    reader that left, stays itself: cli_errors ends quietly on it)."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as e:
        raise OutputError(e.errno, e.strerror or str(e), "<stdout>") from e
