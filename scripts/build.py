#!/usr/bin/env python3
"""Build and validate the dataset: seeds -> annotations -> parsed records -> validated tables -> data/.

    python scripts/build.py            # build, validate, write data/ and datapackage.json
    python scripts/build.py --check    # write nothing; fail if committed files differ from a fresh build

Same as `uk-iraq-security build`; needs `pip install -e '.[validate]' --group build`.
"""

import sys
from pathlib import Path

from uk_iraq_security.cli import main

if __name__ == "__main__":
    root = str(Path(__file__).resolve().parents[1])
    sys.exit(main(["build", "--root", root, *sys.argv[1:]]))
