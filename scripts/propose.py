#!/usr/bin/env python3
"""Propose evidence for a new article: candidate quotes per table, as JSON Lines or a draft file.

    python scripts/propose.py ARTICLE.txt                      # JSON Lines, one candidate a line
    python scripts/propose.py ARTICLE.txt --draft 005-name     # a draft annotations/articles file
    python scripts/propose.py ARTICLE.txt --reference 2025-03  # resolve "last year" in `period`
    python scripts/propose.py ARTICLE.txt --exclusions 005-name --annotation annotations/articles/005_x.yaml
        # numeric mentions the (reviewed) annotation leaves uncited, as a coverage_exclusions.yaml block

Each line has `table` (statistics, funding, officials or agreements), `char_start`, `char_end`
(Unicode code points, end exclusive), `quote` (== text[char_start:char_end]), `occurrence` when
the quote repeats, the parsed values (statistics: value, qualifier, unit, period; funding:
amount, currency, qualifier, converted_*; officials: name, role; agreements: title,
instrument_type), `<field>_text` for each field span, and `spans` (field -> [start, end]).
The article is read as the build reads seeds: a BOM, invalid UTF-8, CR line endings or an
empty file is refused with a message (exit 1), never normalised into shifted offsets.
Needs the `validate` extra and the `build` dependency group.
"""

import argparse
import json
import sys

from uk_iraq_security.curation import BuildError
from uk_iraq_security.drafting import propose, read_text
from uk_iraq_security.drafting.coverage import exclusions_yaml, quotes_of
from uk_iraq_security.drafting.draft import draft_annotation


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("article", help="path of a UTF-8 article text")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--draft", metavar="SOURCE_ID", help="print a draft annotation file for this source_id")
    mode.add_argument("--exclusions", metavar="SOURCE_ID",
                      help="print draft coverage exclusions for the mentions no quote covers")
    parser.add_argument("--annotation", metavar="YAML",
                        help="with --exclusions: the reviewed annotation file (default: the proposals)")
    parser.add_argument("--reference", metavar="EDTF", help="reference date for relative periods, e.g. 2025-03")
    args = parser.parse_args(argv)
    try:
        text = read_text(args.article)
    except BuildError as e:
        print(f"propose.py: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"propose.py: {args.article}: cannot read: {e.strerror}", file=sys.stderr)
        return 1
    candidates = [c.to_json(text) for c in propose(text, reference=args.reference)]
    if args.exclusions:
        try:
            quotes = (quotes_of(text, args.annotation) if args.annotation
                      else [(c["char_start"], c["char_end"]) for c in candidates])
        except BuildError as e:
            print(f"propose.py: {e}", file=sys.stderr)
            return 1
        sys.stdout.write(exclusions_yaml(text, quotes, args.exclusions))
    elif args.draft:
        sys.stdout.write(draft_annotation(candidates, args.draft, article=args.article))
    else:
        for cand in candidates:
            print(json.dumps(cand, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
