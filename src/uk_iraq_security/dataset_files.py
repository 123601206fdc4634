"""Where the dataset files are: inside the installed wheel, or in a source checkout."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path

# The wheel ships datapackage.json, schemas/ and data/ under this folder of the package.
BUNDLE = "dataset"
# datapackage.json's list of the files of data/ that are not table resources (the datasheet, the data
# dictionary, the coverage report, the SQLite copy), each with bytes and sha256 (validation.data_file_problems)
X_FILES = "x-files"


def dataset_root() -> Path:
    """Folder holding datapackage.json, schemas/ and data/ (wheel first, then the checkout)."""
    bundled = resources.files(__package__) / BUNDLE
    if bundled.joinpath("datapackage.json").is_file():
        return Path(str(bundled))
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "datapackage.json").is_file():
        return checkout
    raise FileNotFoundError(
        "uk_iraq_security: no datapackage.json in the installed package or the source checkout; "
        "reinstall the package, or run `python scripts/build.py` in a checkout"
    )


@cache
def descriptor(root: Path | None = None) -> dict:
    """The Data Package descriptor (datapackage.json) as a dict."""
    root = root or dataset_root()
    return json.loads((root / "datapackage.json").read_text(encoding="utf-8"))


@cache
def template(root: Path | None = None) -> dict:
    """The package template (schemas/datapackage.template.json): package-level and release metadata."""
    root = root or dataset_root()
    return json.loads((root / "schemas" / "datapackage.template.json").read_text(encoding="utf-8"))
