"""Recording a published release: `python scripts/release.py --published DOI [--kaggle-version N]` writes
the Zenodo DOI (and the Kaggle version) Zenodo minted for the checkout's version into `x-release.published`
of schemas/datapackage.template.json, from which CITATION.cff (and the installed package's `cite`) takes
the DOI. Nobody types the identifiers into a file by hand."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..safe_files import write_atomically
from .errors import ReleaseError

DOI = re.compile(r"10\.5281/zenodo\.[1-9][0-9]*")  # what Zenodo mints (fullmatch: nothing before or after)
TEMPLATE = Path("schemas") / "datapackage.template.json"


def record_published(root: Path, version: str, doi: str, kaggle_version: int | None = None) -> None:
    """Record that `version` is out, with its Zenodo DOI (and Kaggle version), in the template."""
    if not DOI.fullmatch(doi):
        raise ReleaseError(f"--published {doi!r} is not a Zenodo DOI: expected 10.5281/zenodo.<record number>, "
                           "nothing before or after (no URL, no trailing punctuation)")
    if kaggle_version is not None and (isinstance(kaggle_version, bool) or not isinstance(kaggle_version, int)
                                       or kaggle_version < 1):
        raise ReleaseError(f"--kaggle-version {kaggle_version!r} is not a Kaggle version: expected a whole number from 1")
    path = root / TEMPLATE
    try:
        pkg_template = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ReleaseError(f"{TEMPLATE}: cannot read it ({e}); expected the package template (JSON)") from e
    if not isinstance(pkg_template, dict) or not isinstance(pkg_template.setdefault("x-release", {}), dict):
        raise ReleaseError(f"{TEMPLATE}: expected a JSON object with an x-release object")
    entry = {"version": version, "doi": doi}
    if kaggle_version is not None:
        if not (pkg_template["x-release"].get("kaggle") or {}).get("id"):
            raise ReleaseError(f"--kaggle-version {kaggle_version}: {TEMPLATE} gives no x-release.kaggle.id, so no "
                               "Kaggle handle can be recorded; add it first")
        entry["kaggle_version"] = kaggle_version
    pkg_template["x-release"]["published"] = entry
    write_atomically(path, (json.dumps(pkg_template, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
