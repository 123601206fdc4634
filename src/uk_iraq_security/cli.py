"""Command line: `uk-iraq-security tables | show TABLE [ID] | search TEXT | timeline | evidence ID | describe [TABLE]
| cite | validate [DIR] | site OUT`. Building and releasing need a checkout: `python -m uis_build build | release | propose`."""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

# Each command imports what it needs when it runs, so `--help` and `cite` start without pandas, pyarrow,
# pandera or frictionless.
from . import __version__
from .cli_errors import output_failure, printable, run_guarded
from .cli_output import Parser, emit, join_sort_values, output_options, write_out
from .formats import NAMES as FORMAT_NAMES

EXTRA_HINT = "this command needs the '{extra}' extra: pip install 'uk-iraq-security[{extra}]'"


def _cmd_tables(args) -> int:
    from . import load, tables

    for name in tables():
        write_out(f"{name}\t{len(load(name))} rows\n")
    return 0


def _id_column(df, table: str) -> str:
    """The column a record id is looked up in: record_id where a table refers to other rows, else its key."""
    from . import schema

    return "record_id" if "record_id" in df.columns else schema(table)["primaryKey"][0]


# The columns the table output leads with, for the frames that are not the rows of one table
SEARCH_LEAD = ("table", "record_id", "title", "sentence", "source_id")
TIMELINE_LEAD = ("when", "status", "title", "participants")
DESCRIBE_LEAD = ("name", "type", "required", "description")


def _cmd_show(args) -> int:
    from . import load
    from .display import never_cut, reading_order
    from .evidencing import UnknownRecordError

    df = load(args.table, format=args.format)
    if args.record_id:
        col = _id_column(df, args.table)
        matched = df[df[col] == args.record_id]
        if matched.empty:
            close = difflib.get_close_matches(args.record_id, df[col].dropna().astype(str).unique().tolist(), n=3)
            hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
            raise UnknownRecordError(f"no row with {col} {args.record_id!r} in {args.table}{hint}")
        df = matched
    return emit(df, args, table=args.table, lead=reading_order(args.table), whole=never_cut(args.table))


def _cmd_search(args) -> int:
    from .searching import search

    return emit(search(args.text), args, lead=SEARCH_LEAD, whole={"record_id", "source_id"})


def _cmd_timeline(args) -> int:
    from .chronology import timeline

    # the title says what happened, where and when; its type and status read as words through the events schema
    return emit(timeline(), args, table="events", lead=TIMELINE_LEAD, whole={"event_id", "date_start", "date_end"},
                wrap={"when", "title", "participants"})


def _cmd_evidence(args) -> int:
    from .evidencing import UnknownRecordError, evidence

    if not args.record_id and not args.table:
        raise UnknownRecordError("give a RECORD_ID, or --table TABLE for the evidence of a whole table")
    return emit(evidence(args.record_id, table=args.table), args)


def _cmd_describe(args) -> int:
    from .describing import describe

    if args.table:
        return emit(describe(args.table), args, lead=DESCRIBE_LEAD, wrap={"description"})
    dataset = describe()
    if args.output == "table":
        write_out(f"{dataset}\n")
        return 0
    return emit(dataset.tables, args)


def _cmd_validate(args) -> int:
    try:
        from .validation import validate_package
    except ImportError as e:
        print(EXTRA_HINT.format(extra="validate") + f" ({e.name} is missing)", file=sys.stderr)
        return 2
    problems = validate_package(Path(args.path) if args.path else None)
    for p in problems:
        print(printable(p), file=sys.stderr)
    write_out("valid\n" if not problems else f"invalid: {len(problems)} problem(s)\n")
    return 1 if problems else 0


def _cmd_cite(args) -> int:
    from . import citation

    write_out(citation(args.style) + "\n")
    return 0


def _cmd_site(args) -> int:
    from .errors import DatasetFolderError, MissingExtraError
    from .site import SiteError, write_site

    try:
        result = write_site(args.out, args.root)
    except (SiteError, DatasetFolderError) as e:
        print(f"site failed: {printable(str(e))}", file=sys.stderr)
        return 1
    except MissingExtraError as e:  # no jinja2: one line saying what to install, exit 2 as `validate` does
        print(f"site failed: {e}", file=sys.stderr)
        return 2
    pages = ", ".join(f"{t} {n}" for t, n in result.record_pages.items())
    write_out(f"wrote {len(result.files)} files to {result.out} (record pages: {pages}); open {Path(result.out) / 'index.html'}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="uk-iraq-security", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="print the package and dataset version and exit")
    parser.add_argument("--debug", action="store_true", help="on an unexpected error, show the Python traceback")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("tables", help="list the tables and their row counts").set_defaults(func=_cmd_tables)
    show = sub.add_parser("show", parents=[output_options(False)], help="print a table, fitted to the terminal")
    show.add_argument("table", help="table name (see `uk-iraq-security tables`)")
    show.add_argument("record_id", nargs="?", help="only the row(s) of this record id (its key, or record_id in "
                                                    "citations and conflicts)")
    show.add_argument("--format", choices=FORMAT_NAMES, default=FORMAT_NAMES[0],
                      help=f"which files to read: {', '.join(FORMAT_NAMES)} (default: {FORMAT_NAMES[0]})")
    show.set_defaults(func=_cmd_show)
    se = sub.add_parser("search", parents=[output_options(True)],
                        help="every record that mentions TEXT, best first: its table, id, title and a sentence of its evidence")
    se.add_argument("text", help="words to look for, ignoring case and accents; a place by its name or code "
                                 "(Kurdistan, KRI, IQ-KR); at most 200 characters")
    se.set_defaults(func=_cmd_search)
    tl = sub.add_parser("timeline", parents=[output_options(False)],
                        help="the events in date order: when (in words), status, title, who took part")
    tl.set_defaults(func=_cmd_timeline)
    ev = sub.add_parser("evidence", parents=[output_options(True)],
                        help="the citations of a record: quote, whole sentence, fields supported, article")
    ev.add_argument("record_id", nargs="?", help="a record id, e.g. fund-gb-border-security-command")
    ev.add_argument("--table", help="the evidence of every record of this table (with RECORD_ID: only look there)")
    ev.set_defaults(func=_cmd_evidence)
    de = sub.add_parser("describe", parents=[output_options(False)],
                        help="the fields of a table: type, required, description, categories, example, dtype; "
                             "without TABLE, the dataset: what it is, its articles and tables, licence, citation, caveats")
    de.add_argument("table", nargs="?", help="table name (see `uk-iraq-security tables`); without it, the dataset "
                                             "(--output csv, json, markdown: its tables)")
    de.set_defaults(func=_cmd_describe)
    val = sub.add_parser("validate", help="validate a dataset folder (default: the installed one)")
    val.add_argument("path", nargs="?", help="folder with datapackage.json")
    val.set_defaults(func=_cmd_validate)
    c = sub.add_parser("cite", help="print how to cite this version")
    c.add_argument("--style", choices=("text", "bibtex", "apa", "cff"), default="text", help="citation format (default: text)")
    c.set_defaults(func=_cmd_cite)
    site = sub.add_parser("site", help="write the explorer: static HTML pages, one per record, with the sentences behind it")
    site.add_argument("out", help="output folder: new, empty, or a site written by this command before")
    site.add_argument("--root", help="dataset folder with datapackage.json (default: the installed dataset)")
    site.set_defaults(func=_cmd_site)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(join_sort_values(sys.argv[1:] if argv is None else list(argv)))
    except OSError as e:  # --help or --version could not be written
        raise SystemExit(output_failure("uk-iraq-security", e)) from None
    return run_guarded(args.command, lambda: args.func(args), debug=args.debug)


if __name__ == "__main__":
    sys.exit(main())
