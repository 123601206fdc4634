#!/usr/bin/env python3
"""Same as `python -m uis_build build` (see its --help), from any folder."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's uis_build/

from uis_build.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["build", "--root", str(ROOT), *sys.argv[1:]]))
