"""Options and output shared by the commands that print a frame (show, evidence, describe)."""

from __future__ import annotations

import argparse
import shutil
import sys

from .errors import OutputError

OUTPUTS = ("table", "csv", "json", "markdown")


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


def _condition(text: str) -> tuple[str, str]:
    col, eq, value = text.partition("=")
    if not eq or not col.strip():
        raise argparse.ArgumentTypeError(f"expected COLUMN=VALUE, not {text!r}")
    return col.strip(), value


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
                   help="only rows whose COLUMN is VALUE, written as in the CSV files (repeat: all must hold)")
    p.add_argument("--rows", type=_non_negative, default=0, metavar="N", help="only the first N rows (default 0: all)")
    p.add_argument("--output", choices=OUTPUTS, default="table",
                   help="table (fits the terminal; a missing value shows as a dash), or csv, json, markdown for "
                        "piping (missing values: empty; null in json). csv is for spreadsheets: a cell starting with "
                        "= + - @, a tab or a carriage return that is not a plain number gets a leading ' so that it "
                        "is not run as a formula (json, and the files in data/, keep every value exactly); markdown "
                        "escapes HTML, pipes and brackets")
    p.add_argument("--vertical", action=argparse.BooleanOptionalAction, default=vertical_default,
                   help="table output: one field per line for each record, long values wrapped"
                        + (" (the default here)" if vertical_default else ""))
    return p


def emit(df, args) -> int:
    """Select, filter and print a frame as the output options say."""
    from .display import render, select  # pandas: only once there is a frame to print

    df = select(df, columns=args.columns, where=args.where, rows=args.rows)
    width = shutil.get_terminal_size().columns  # an invalid $COLUMNS gives the default; display caps a huge one
    write_out(render(df, args.output, width=width, vertical_layout=args.vertical))
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
