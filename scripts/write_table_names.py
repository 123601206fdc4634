"""Write src/uk_iraq_security/table_names.py, the `TableName` Literal type, from the table list in
schemas/datapackage.template.json (x-tables), so type checkers and editors know the table names.
The build writes it too; this script is for a checkout between builds.

    python scripts/write_table_names.py           # write it
    python scripts/write_table_names.py --check   # exit 1 if it differs from the schemas (a test runs this)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's uis_build/
from uis_build.curation.generated import table_names_module  # noqa: E402

MODULE = ROOT / "src" / "uk_iraq_security" / "table_names.py"


def render(root: Path = ROOT) -> str:
    names = json.loads((root / "schemas" / "datapackage.template.json").read_text(encoding="utf-8"))["x-tables"]
    missing = [n for n in names if not (root / "schemas" / f"{n}.json").is_file()]
    if missing:
        raise SystemExit(f"schemas/datapackage.template.json: x-tables names {missing} without schemas/<name>.json")
    return table_names_module(names)  # the build writes the same file (curation/generated.py)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not MODULE.is_file() or MODULE.read_text(encoding="utf-8") != text:
            print(f"{MODULE.relative_to(ROOT)} differs from the schemas: run python scripts/write_table_names.py",
                  file=sys.stderr)
            return 1
        return 0
    MODULE.write_text(text, encoding="utf-8")
    print(f"wrote {MODULE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
