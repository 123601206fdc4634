"""`python -m uis_build build | release | propose`: the checkout's commands (not in the wheel)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from uk_iraq_security.cli_errors import run_guarded

GROUP_HINT = ("this command needs the '{group}' dependency group, in a checkout: "
              "pip install -e '.[validate]' --group {group} (or the quick start's requirements-lock.txt)")


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
            if any(name.endswith(".svg") for name in result.differences):
                # the charts' text is laid out with the system's sans-serif font (docs/contributing.md)
                print("a chart differs: is Liberation Sans installed (Debian: apt-get install fonts-liberation)? "
                      "The committed charts were rendered with it.", file=sys.stderr)
            return 1
        print("committed data/ and datapackage.json equal a fresh build")
    else:
        print("built and validated: data/ and datapackage.json")
    return 0


def _cmd_release(args) -> int:
    try:
        from .release import ReleaseError, release, require_checkout, stale_root_files, write_root_files
        from .release.metadata import checkout_version
    except ImportError as e:
        print(GROUP_HINT.format(group="release") + f" ({e.name} is missing)", file=sys.stderr)
        return 2
    try:
        if args.kaggle_version is not None and not args.published:
            raise ReleaseError("--kaggle-version goes with --published DOI (it records the Kaggle version of that release)")
        try:
            root = Path(args.root).resolve()
        except (OSError, RuntimeError) as e:  # RuntimeError: Python < 3.13's "Symlink loop"
            raise ReleaseError(f"--root {args.root} cannot be resolved ({e}): a symbolic link loop?") from e
        require_checkout(root)
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


def _cmd_propose(args) -> int:
    from .propose import run

    return run(args.rest)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m uis_build", description=__doc__)
    parser.add_argument("--debug", action="store_true", help="on an unexpected error, show the Python traceback")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    b = sub.add_parser("build", help="build data/ from seeds and annotations in a checkout")
    b.add_argument("--root", default=".", help="the checkout (default: current folder)")
    b.add_argument("--check", action="store_true", help="write nothing; fail if committed files differ from a fresh build")
    b.set_defaults(func=_cmd_build)
    r = sub.add_parser("release", help="build dist/: wheel, sdist, dataset zip, Zenodo/Kaggle/Croissant metadata, SHA256SUMS")
    r.add_argument("--root", default=".", help="the checkout (default: current folder)")
    r.add_argument("--out", help="output folder (default: ROOT/dist)")
    r.add_argument("--clean", action="store_true", help="replace a non-empty output folder")
    r.add_argument("--allow-dirty", action="store_true", help="build from uncommitted changes (trial builds)")
    r.add_argument("--write-metadata", action="store_true", help="only (re)write CITATION.cff at ROOT (.zenodo.json and BibTeX are written into dist/ by a release)")
    r.add_argument("--check-metadata", action="store_true", help="only check CITATION.cff at ROOT is current")
    r.add_argument("--published", metavar="DOI", help="after a release is out: record its Zenodo DOI and rewrite "
                   "CITATION.cff")
    r.add_argument("--kaggle-version", type=int, metavar="N", help="with --published: the Kaggle dataset version")
    r.set_defaults(func=_cmd_release)
    p = sub.add_parser("propose", help="draft annotations for new articles (see `propose --help`)", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=_cmd_propose)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return run_guarded(args.command, lambda: args.func(args), debug=args.debug)


if __name__ == "__main__":
    sys.exit(main())
