"""Command line: `uk-iraq-security tables | show TABLE | cite | validate [DIR] | build [--check] | release`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import load, tables

EXTRA_HINT = "this command needs the '{extra}' extra: pip install 'uk-iraq-security[{extra}]'"
# build and release run in a checkout, with dependency groups (pip >= 25.1) rather than published extras
GROUP_HINT = ("this command needs the '{group}' dependency group, in a checkout: "
              "pip install -e '.[validate]' --group {group} (or the quick start's requirements-lock.txt)")


def _cmd_tables(args) -> int:
    for name in tables():
        print(f"{name}\t{len(load(name))} rows")
    return 0


def _cmd_show(args) -> int:
    import pandas as pd

    df = load(args.table, format=args.format)
    with pd.option_context("display.max_columns", None, "display.width", 200, "display.max_colwidth", 60):
        print(df.head(args.rows).to_string() if args.rows else df.to_string())
    return 0


def _cmd_validate(args) -> int:
    try:
        from .validation import validate_package
    except ImportError as e:
        print(EXTRA_HINT.format(extra="validate") + f" ({e.name} is missing)", file=sys.stderr)
        return 2
    problems = validate_package(Path(args.path) if args.path else None)
    for p in problems:
        print(p, file=sys.stderr)
    print("valid" if not problems else f"invalid: {len(problems)} problem(s)")
    return 1 if problems else 0


def _cmd_build(args) -> int:
    try:
        from .curation import BuildError, build
    except ImportError as e:
        print(GROUP_HINT.format(group="build") + f" ({e.name} is missing)", file=sys.stderr)
        return 2
    try:
        result = build(args.root, check=args.check)
    except BuildError as e:
        print(f"build failed: {e}", file=sys.stderr)
        print("data/ was left as it was.", file=sys.stderr)
        return 1
    for table, n in result.row_counts.items():
        print(f"{table}\t{n} rows")
    if args.check:
        if result.differences:
            print("committed files differ from a fresh build: " + ", ".join(result.differences), file=sys.stderr)
            return 1
        print("committed data/ and datapackage.json equal a fresh build")
    else:
        print("built and validated: data/ and datapackage.json")
    return 0


def _cmd_cite(args) -> int:
    from . import citation

    print(citation(args.style))
    return 0


def _cmd_release(args) -> int:
    try:
        from .release import ReleaseError, release, stale_root_files, write_root_files
        from .release.metadata import checkout_version
    except ImportError as e:
        print(GROUP_HINT.format(group="release") + f" ({e.name} is missing)", file=sys.stderr)
        return 2
    root = Path(args.root).resolve()
    try:
        if args.published:
            from .release.status import record_published

            record_published(root, checkout_version(root), args.published, args.kaggle_version)
        if args.write_metadata or args.published:
            for name in write_root_files(root):
                print(f"wrote {name}")
            return 0
        if args.check_metadata:
            stale = stale_root_files(root)
            for name in stale:
                print(f"{name} differs from the metadata: run `python scripts/release.py --write-metadata`",
                      file=sys.stderr)
            return 1 if stale else 0
        result = release(root, args.out, allow_dirty=args.allow_dirty, clean=args.clean)
    except ReleaseError as e:
        print(f"release failed: {e}", file=sys.stderr)
        print("dist/ was left as it was.", file=sys.stderr)
        return 1
    except ImportError as e:
        print(GROUP_HINT.format(group="release") + f" ({e.name} is missing)", file=sys.stderr)
        return 2
    for name in result.files:
        print(name)
    print(f"release {result.version} (SOURCE_DATE_EPOCH={result.epoch}) written to {result.out}, "
          "checked, with SHA256SUMS")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="uk-iraq-security", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("tables", help="list the tables and their row counts").set_defaults(func=_cmd_tables)
    show = sub.add_parser("show", help="print a table")
    show.add_argument("table")
    show.add_argument("--rows", type=int, default=0, help="only the first N rows")
    show.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    show.set_defaults(func=_cmd_show)
    val = sub.add_parser("validate", help="validate a dataset folder (default: the installed one)")
    val.add_argument("path", nargs="?", help="folder with datapackage.json")
    val.set_defaults(func=_cmd_validate)
    b = sub.add_parser("build", help="build data/ from seeds and annotations in a checkout")
    b.add_argument("--root", default=".", help="the checkout (default: current folder)")
    b.add_argument("--check", action="store_true", help="write nothing; fail if committed files differ from a fresh build")
    b.set_defaults(func=_cmd_build)
    c = sub.add_parser("cite", help="print how to cite this version")
    c.add_argument("--style", choices=("text", "bibtex", "apa", "cff"), default="text")
    c.set_defaults(func=_cmd_cite)
    r = sub.add_parser("release", help="build dist/: wheel, sdist, dataset zip, Zenodo/Kaggle/Croissant metadata, SHA256SUMS")
    r.add_argument("--root", default=".", help="the checkout (default: current folder)")
    r.add_argument("--out", help="output folder (default: ROOT/dist)")
    r.add_argument("--clean", action="store_true", help="replace a non-empty output folder")
    r.add_argument("--allow-dirty", action="store_true", help="build from uncommitted changes (trial builds)")
    r.add_argument("--write-metadata", action="store_true", help="only (re)write CITATION.cff, .zenodo.json and the README release status at ROOT")
    r.add_argument("--check-metadata", action="store_true", help="only check CITATION.cff, .zenodo.json and the README release status at ROOT are current")
    r.add_argument("--published", metavar="DOI", help="after a release is out: record its Zenodo DOI and rewrite "
                   "the metadata and the README's release status")
    r.add_argument("--kaggle-version", type=int, metavar="N", help="with --published: the Kaggle dataset version")
    r.set_defaults(func=_cmd_release)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyError as e:  # UnknownTableError
        print(str(e), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
