"""Propose evidence for new articles: candidate quotes per table, as JSON Lines, Parquet or a draft file.

    python -m uis_build propose ARTICLE.txt                      # JSON Lines, one candidate a line
    python -m uis_build propose seeds/*.txt corpus/ --jobs 2     # many files and folders, one process (+ workers)
    jq -c '.[] | {id, text}' articles.json | python -m uis_build propose -   # {id, text} records, JSON Lines or Parquet
    python -m uis_build propose corpus/ --output candidates.parquet    # one Parquet file instead of JSON Lines
    python -m uis_build propose ARTICLE.txt --draft 005-name     # a draft annotations/articles file
    python -m uis_build propose seeds/005_x.txt --draft 005-name --write   # ... written in place, with a sources.yaml stub
    python -m uis_build propose ARTICLE.txt --reference 2025-03  # resolve "last year" in `period`
    python -m uis_build propose ARTICLE.txt --exclusions 005-name --annotation annotations/articles/005_x.yaml
        # numeric mentions the (reviewed) annotation leaves uncited, as a coverage_exclusions.yaml block

Each line has `id` (the article: its path, or the record's id), `table` (statistics, funding,
officials, agreements, events, measures or statements), `char_start`, `char_end` (Unicode code points, end exclusive), `quote`
(== text[char_start:char_end]), `occurrence` when the quote repeats, the parsed values
(statistics: value, qualifier, unit, period; funding: amount, currency, qualifier, converted_*;
officials: name, role; agreements: title, instrument_type; events: event_type (guessed), date, status
(occurred or planned); measures: measure_type (guessed); statements: speaker (the full name where found), speaker_kind
(official, person or organization)), `<field>_text` for each field span,
and `spans` (field -> [start, end]). Output is written as each article is drafted.
Each article is read as the build reads seeds: a BOM, invalid UTF-8, CR line endings or an
empty text is refused, never normalised into shifted offsets. An article that cannot be read or
drafted is reported on standard error (naming it and what was expected) and skipped; the run goes
on, and its exit status is 1 if any article failed. A progress bar shows when standard error is a terminal.
Needs the `validate` extra and the `build` dependency group.
"""

import argparse
import os
import sys

from uis_build.curation import BuildError
from uis_build.drafting import candidate_records, read_text, unparsed_numbers
from uis_build.drafting.corpus import articles_from, draft_all
from uis_build.parsing.periods import parse_reference


def _single(args) -> int:
    """--draft / --exclusions: one article file in, one YAML block out."""
    from uis_build.drafting.coverage import exclusions_yaml, quotes_of
    from uis_build.drafting.draft import draft_annotation

    (article,) = args.articles
    try:
        text = read_text(article)
    except BuildError as e:
        print(f"propose.py: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"propose.py: {article}: cannot read: {e.strerror}", file=sys.stderr)
        return 1
    candidates = candidate_records(text, reference=args.reference)
    for start, end in unparsed_numbers(text):
        print(f"propose.py: skipped {text[start:end]!r} at {start}-{end}: digits of a script the parsers do not "
              "read; annotate it by hand if it is a figure", file=sys.stderr)
    if args.exclusions:
        try:
            quotes = (quotes_of(text, args.annotation) if args.annotation
                      else [(c["char_start"], c["char_end"]) for c in candidates])
        except BuildError as e:
            print(f"propose.py: {e}", file=sys.stderr)
            return 1
        sys.stdout.write(exclusions_yaml(text, quotes, args.exclusions))
    elif args.write:
        from uis_build.drafting.draft_files import write_draft

        try:
            written = write_draft(article, args.draft, args.reference, draft_annotation(candidates, args.draft, article=article))
        except (BuildError, OSError) as e:
            print(f"propose.py: {e}", file=sys.stderr)
            return 1
        for path in written:
            print(f"propose.py: wrote {path}", file=sys.stderr)
    else:
        sys.stdout.write(draft_annotation(candidates, args.draft, article=article))
    return 0


def _progress(results, total: int | None):
    """A progress bar on standard error when it is a terminal (and tqdm is installed); else nothing."""
    if not sys.stderr.isatty():
        return results, print
    try:
        from tqdm import tqdm
    except ImportError:
        return results, print
    return tqdm(results, total=total, unit="article", file=sys.stderr), tqdm.write


def _corpus(args) -> int:
    """Every article, in order: candidates streamed out, failures reported and skipped."""
    stdin = sys.stdin.buffer if sys.stdin is not None and not sys.stdin.closed else None  # `<&-` closes it
    articles = articles_from(args.articles, stdin)
    total = None
    if "-" not in args.articles:
        articles = list(articles)  # paths only: cheap to list, and the bar can show a total
        total = len(articles)
    if args.output and args.output.endswith(".parquet"):
        from uis_build.drafting.sinks import ParquetSink

        sink = ParquetSink(args.output)
    else:
        from uis_build.drafting.sinks import JsonLinesSink

        sink = JsonLinesSink(args.output or sys.stdout)
    results, say = _progress(draft_all(articles, reference=args.reference, jobs=args.jobs), total)
    failed = done = 0
    ok = False
    try:
        for drafted in results:
            done += 1
            for note in drafted.notes:
                say(f"propose.py: {note}", file=sys.stderr)
            if drafted.error:
                failed += 1
                say(f"propose.py: {drafted.error}", file=sys.stderr)
            else:
                sink.write(drafted.id, drafted.candidates)
        ok = True
    finally:
        sink.close(ok)
    if failed and done > 1:
        print(f"propose.py: {failed} of {done} articles failed and were skipped", file=sys.stderr)
    return 1 if failed else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m uis_build propose", description=__doc__.split("\n")[0],
                                     epilog="Exit status: 0 if every article was drafted, 1 if any was skipped "
                                            "(each is named on standard error), 2 for bad arguments.")
    parser.add_argument("articles", nargs="+", metavar="ARTICLE",
                        help="a UTF-8 article file, a folder of *.txt articles, or - for {id, text} records "
                             "(JSON Lines or Parquet) on standard input")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--draft", metavar="SOURCE_ID", help="print a draft annotation file for this source_id")
    mode.add_argument("--exclusions", metavar="SOURCE_ID",
                      help="print draft coverage exclusions for the mentions no quote covers")
    parser.add_argument("--write", action="store_true",
                        help="with --draft, for an article in seeds/: write annotations/articles/<seed>.yaml and append a "
                             "stub of its entry to annotations/sources.yaml (instead of printing the draft)")
    parser.add_argument("--annotation", metavar="YAML",
                        help="with --exclusions: the reviewed annotation file (default: the proposals)")
    parser.add_argument("--reference", metavar="EDTF", help="reference date for relative periods, e.g. 2025-03")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1: this one)")
    parser.add_argument("--output", metavar="FILE",
                        help="write the candidates to FILE: Parquet if it ends in .parquet, else JSON Lines")
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.reference:
        try:
            parse_reference(args.reference)  # "2024-13" is refused before anything is proposed
        except ValueError as e:  # ParseError
            print(f"propose.py: {e}", file=sys.stderr)
            return 1
    if args.write and not args.draft:
        parser.error("--write goes with --draft")
    if args.draft or args.exclusions:
        if len(args.articles) != 1 or args.articles[0] == "-" or args.output:
            parser.error("--draft and --exclusions take one article file and print to standard output")
        return _single(args)
    return _corpus(args)


def run(argv=None) -> int:
    """main() for a command line: a reader that stops early (`| head`) ends it without a traceback."""
    try:
        return main(argv)
    except BrokenPipeError:  # no second error at exit either
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
