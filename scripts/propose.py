#!/usr/bin/env python3
"""Propose evidence for new articles (see `python -m uis_build propose --help`); same as that command."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout's uis_build/

from uis_build.propose import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run())
