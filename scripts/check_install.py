"""Smoke test of an installed package (CI runs it after a plain `pip install .` on every Python): every table
loads with every installed backend from both formats, with the same row counts as datapackage.json says.

    cd /tmp && python /path/to/scripts/check_install.py [--installed]

--installed also requires the package (and its data) to come from site-packages, not a checkout.
Needs only the package's own dependencies; polars is tried if installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--installed", action="store_true", help="fail unless loaded from an installed wheel")
    args = parser.parse_args(argv)

    import uk_iraq_security as uis
    from uk_iraq_security.dataset_files import dataset_root, descriptor

    root = dataset_root()
    print(f"uk_iraq_security {uis.__version__} on Python {sys.version.split()[0]}: {uis.__file__}")
    if args.installed and "site-packages" not in str(root):
        print(f"data comes from {root}, not an installed package", file=sys.stderr)
        return 1
    backends = ["pandas", "pyarrow"] + (["polars"] if importlib.util.find_spec("polars") else [])
    rows = {r["name"]: len((root / r["path"]).read_text(encoding="utf-8").splitlines()) - 1
            for r in descriptor()["resources"] if r["format"] == "csv"}
    failures = 0
    for backend in backends:
        for fmt in ("parquet", "csv"):
            got = {name: len(table) for name, table in uis.load(format=fmt, backend=backend).items()}
            ok = got == rows
            failures += not ok
            print(f"{'ok' if ok else 'FAIL'}\t{backend}\t{fmt}\t" + " ".join(f"{k}={v}" for k, v in got.items()))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
