#!/usr/bin/env python3
"""Build the release into dist/: wheel, sdist, dataset zip, .zenodo.json, CITATION.cff, croissant.json,
the Kaggle folder and SHA256SUMS, all checked, byte-reproducible for a commit.

    python scripts/release.py                   # from a clean checkout; dist/ must be absent or empty
    python scripts/release.py --clean           # replace dist/
    python scripts/release.py --allow-dirty     # trial build with uncommitted changes
    python scripts/release.py --write-metadata  # regenerate CITATION.cff and .zenodo.json at the root

Same as `uk-iraq-security release`; needs `pip install -e '.[validate]' --group release`.
"""

import sys
from pathlib import Path

from uk_iraq_security.cli import main

if __name__ == "__main__":
    root = str(Path(__file__).resolve().parents[1])
    sys.exit(main(["release", "--root", root, *sys.argv[1:]]))
