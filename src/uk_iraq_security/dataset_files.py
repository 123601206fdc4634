"""Where the dataset files are: inside the installed wheel, or in a source checkout."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from .dataset_paths import read_json
from .errors import DatasetFolderError

# The wheel ships datapackage.json, schemas/ and data/ under this folder of the package.
BUNDLE = "dataset"
# datapackage.json's list of the files of data/ that are not table resources (the datasheet, the data
# dictionary, the coverage report, the SQLite copy), each with bytes and sha256 (validation.data_file_problems)
X_FILES = "x-files"
ADVICE = "reinstall uk-iraq-security (pip install --force-reinstall uk-iraq-security), or in a checkout run `python scripts/build.py`"


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
    return _json_object(root or dataset_root(), "datapackage.json")


@cache
def template(root: Path | None = None) -> dict:
    """The package template (schemas/datapackage.template.json): package-level and release metadata."""
    return _json_object(root or dataset_root(), "schemas/datapackage.template.json")


def _json_object(root: Path, rel: str) -> dict:
    """A JSON object of the dataset; a damaged or truncated file is one clear DatasetFolderError saying what to do."""
    try:
        value = read_json(root / rel)
    except DatasetFolderError as e:
        if not (root / rel).is_file():
            raise FileNotFoundError(f"{root / rel} is missing; {ADVICE}") from None
        raise DatasetFolderError(f"{e}; {ADVICE}") from None
    if not isinstance(value, dict):
        raise DatasetFolderError(f"{root / rel}: JSON of type {type(value).__name__}, not an object; {ADVICE}")
    return value
