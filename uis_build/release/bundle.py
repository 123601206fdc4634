"""The dataset as published outside PyPI: the zip bundle (Zenodo) and the flat Kaggle folder.

Both carry a Frictionless descriptor in which every resource has `bytes` and `hash`. In them the
resources of every format frictionless does not read (formats.FORMATS; Parquet) are typed "file", not "table": frictionless 5.21 reads Parquet through pyarrow
without counting or hashing the bytes, so for a Parquet *table* it fails on any `bytes` ("actual
None") and silently skips the sha256; for a *file* it checks both. The Parquet rows are the CSV
rows, which frictionless validates as tables against the same schemas, and `uk-iraq-security
validate` checks the Parquet tables themselves (pandera, and equality with the CSV).

The generated documents (datasheet, data dictionary, coverage report) are files of data/, listed with
their sha256 under `x-files` like every other file of data/; the bundle carries all of data/ but the
SQLite copy and its Datasette metadata (released beside the zip), the Kaggle folder the datasheet.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from uk_iraq_security.dataset_files import X_FILES
from uk_iraq_security.dataset_paths import resource_schema
from uk_iraq_security.formats import FORMATS
from uk_iraq_security.hashing import sha256
from uk_iraq_security.sqlite_db import RELEASE_NAMES

from .errors import ReleaseError

TEXT_FILES = ("README.md", "CHANGELOG.md", "LICENSE", "LICENSE-DATA")
NOT_BUNDLED = tuple(f"data/{name}" for name in RELEASE_NAMES)  # released beside the zip (sqlite_db.RELEASE_NAMES)
KAGGLE_FILES = ("data/datasheet.md",)  # the x-files of the flat Kaggle folder (curation.documents.DATASHEET)
KAGGLE_DESCRIPTOR = "uk-iraq-security.datapackage.json"  # not datapackage.json: the Kaggle client would read it


def _with_bytes(res: dict, data: bytes) -> dict:
    digest = "sha256:" + sha256(data)
    if res.get("hash") != digest:
        raise ReleaseError(f"{res['path']}: its sha256 differs from datapackage.json; run `python scripts/build.py`")
    out = {k: v for k, v in res.items() if k not in ("bytes", "hash")}
    fmt = FORMATS.get(res.get("format", ""))
    if fmt is not None and not fmt.frictionless:
        out["type"] = "file"
    out.update({"bytes": len(data), "hash": digest})
    return out


def bundle_descriptor(pkg: dict, root: Path, files: tuple[str, ...] | None = None) -> dict:
    """datapackage.json of the bundle: the checkout's, with `bytes` and `hash` on every resource, and
    `x-files` only for the files it carries (`files`; default: all of data/ but NOT_BUNDLED)."""
    out = copy.deepcopy(pkg)
    out["resources"] = [_with_bytes(res, (root / res["path"]).read_bytes()) for res in pkg["resources"]]
    out[X_FILES] = [_with_bytes(entry, (root / entry["path"]).read_bytes()) for entry in pkg.get(X_FILES, [])
                    if (entry["path"] in files if files is not None else entry["path"] not in NOT_BUNDLED)]
    return out


def table_schemas(pkg: dict, root: Path) -> dict[str, dict]:
    """Table Schema of each table, by table name (funding): inline in the descriptor, or the file a resource names."""
    return {Path(res["path"]).stem: resource_schema(root, res, f"datapackage.json {res['name']}") for res in pkg["resources"]}


def bundle_members(pkg: dict, root: Path, generated: dict[str, bytes], prefix: str) -> dict[str, bytes]:
    """Zip members (under `prefix`/): data files, schemas, the bundle descriptor, texts and `generated`."""
    members = {"datapackage.json": json_bytes(bundle_descriptor(pkg, root))}
    for res in pkg["resources"]:
        members[res["path"]] = (root / res["path"]).read_bytes()
        if isinstance(res.get("schema"), str):  # the build inlines them; a schema file travels with its resource
            members[res["schema"]] = (root / res["schema"]).read_bytes()
    for entry in bundle_descriptor(pkg, root)[X_FILES]:
        members[entry["path"]] = (root / entry["path"]).read_bytes()
    for name in TEXT_FILES:
        members[name] = (root / name).read_bytes()
    members.update(generated)
    return {prefix + name: data for name, data in members.items()}


def flat_descriptor(pkg: dict, root: Path) -> dict:
    """The bundle descriptor for a flat folder: file names without data/, schemas inline."""
    out = bundle_descriptor(pkg, root, KAGGLE_FILES)
    schemas = table_schemas(pkg, root)
    for res in out["resources"]:
        res["schema"] = schemas[Path(res["path"]).stem]
        res["path"] = Path(res["path"]).name
    for entry in out[X_FILES]:
        entry["path"] = Path(entry["path"]).name
    return out


def write_kaggle_folder(folder: Path, pkg: dict, root: Path, metadata: dict, generated: dict[str, bytes]) -> None:
    """The flat folder `kaggle datasets create/version -p` uploads: tables, descriptor, texts, metadata."""
    folder.mkdir(parents=True)
    for res in pkg["resources"]:
        (folder / Path(res["path"]).name).write_bytes((root / res["path"]).read_bytes())
    for name in TEXT_FILES + KAGGLE_FILES:
        (folder / Path(name).name).write_bytes((root / name).read_bytes())
    for name, data in generated.items():
        (folder / name).write_bytes(data)
    (folder / KAGGLE_DESCRIPTOR).write_bytes(json_bytes(flat_descriptor(pkg, root)))
    (folder / "dataset-metadata.json").write_bytes(json_bytes(metadata))


def json_bytes(obj) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
