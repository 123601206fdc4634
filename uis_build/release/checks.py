"""Checks of each release output against its outside standard. Each returns a list of problems
(empty: valid), each naming the file and what is wrong."""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
from pathlib import Path

from uk_iraq_security.formats import MAIN

SCHEMAS = Path(__file__).parent / "schemas"
CFF_SCHEMA = SCHEMAS / "cff-1.2.0.schema.json"
ZENODO_SCHEMA = SCHEMAS / "zenodo-deposit.schema.json"

# Kaggle's limits: the Kaggle API docs ("Dataset Metadata") and the checks of the kaggle client 2.2,
# which is stricter on the slug (6-50 characters, where the docs say 3-50)
KAGGLE_LICENSES = {
    "CC0-1.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "CC-BY-NC-SA-4.0", "GPL-2.0", "ODbL-1.0", "DbCL-1.0",
    "copyright-authors", "other", "unknown", "CC-BY-4.0", "CC-BY-NC-4.0", "PDDL", "CC-BY-3.0", "CC-BY-3.0-IGO",
    "US-Government-Works", "CC-BY-NC-SA-3.0-IGO", "CDLA-Permissive-1.0", "CDLA-Sharing-1.0", "CC-BY-ND-4.0",
    "CC-BY-NC-ND-4.0", "ODC-BY-1.0", "LGPL-3.0", "AGPL-3.0", "FDL-1.3", "EU-ODP-Legal-Notice", "apache-2.0", "GPL-3.0",
}
KAGGLE_TYPES = {"string", "boolean", "numeric", "datetime", "id", "uuid", "latitude", "longitude", "coordinates",
                "country", "province", "postalcode", "address", "email", "url", "integer", "decimal", "city"}
KAGGLE_METADATA_NAMES = ("dataset-metadata.json", "datapackage.json")  # what the Kaggle client reads as metadata


def _schema_problems(instance, schema_path: Path, label: str) -> list[str]:
    import jsonschema

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [f"{label}: {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
            for e in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))]


def cff_problems(path: Path) -> list[str]:
    """CITATION.cff parsed as YAML and validated against the CFF 1.2.0 JSON Schema."""
    import yaml

    try:
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        return [f"{path.name}: not valid YAML: {e}"]
    return _schema_problems(record, CFF_SCHEMA, path.name)


def zenodo_problems(path: Path) -> list[str]:
    """.zenodo.json validated against Zenodo's deposit metadata (schemas/zenodo-deposit.schema.json)."""
    return _schema_problems(json.loads(path.read_text(encoding="utf-8")), ZENODO_SCHEMA, path.name)


def _length(out: list, label: str, value, low: int, high: int) -> None:
    if not isinstance(value, str) or not low <= len(value) <= high:
        out.append(f"dataset-metadata.json: {label} must be {low}-{high} characters, is {value!r}")


def kaggle_problems(folder: Path) -> list[str]:
    """The flat Kaggle folder against Kaggle's documented limits: title 6-50 and subtitle 20-80 characters,
    id owner/slug with a 6-50 character slug, exactly one known licence, keywords, resources naming
    files of the folder, every column of each table in order with a known type; no datapackage.json."""
    out: list[str] = []
    meta = json.loads((folder / "dataset-metadata.json").read_text(encoding="utf-8"))
    _length(out, "title", meta.get("title"), 6, 50)
    _length(out, "subtitle", meta.get("subtitle"), 20, 80)
    owner, _, slug = str(meta.get("id", "")).partition("/")
    if not owner or not re.fullmatch(r"[a-z0-9][a-z0-9-]{4,48}[a-z0-9]", slug):
        out.append(f"dataset-metadata.json: id must be owner/slug with a 6-50 character slug, is {meta.get('id')!r}")
    licenses = meta.get("licenses") or []
    if len(licenses) != 1 or licenses[0].get("name") not in KAGGLE_LICENSES:
        out.append(f"dataset-metadata.json: licenses must hold exactly one of Kaggle's licences, is {licenses!r}")
    if not meta.get("keywords") or not all(isinstance(k, str) and k for k in meta["keywords"]):
        out.append("dataset-metadata.json: keywords must be a non-empty list of strings")
    if (folder / "datapackage.json").exists():
        out.append("datapackage.json in the Kaggle folder: the Kaggle client would read it as its metadata")
    files = {p.name for p in folder.iterdir()} - set(KAGGLE_METADATA_NAMES)
    described = set()
    for res in meta.get("resources", []):
        path = res.get("path", "")
        if path in described:
            out.append(f"dataset-metadata.json: resource {path!r} is listed twice")
        described.add(path)
        if path not in files or "/" in path:
            out.append(f"dataset-metadata.json: resource {path!r} is not a file of the flat folder")
            continue
        if "schema" not in res:
            continue
        fields = res["schema"].get("fields", [])
        bad = [f"{f.get('name')}:{f.get('type')}" for f in fields if f.get("type") not in KAGGLE_TYPES]
        if bad:
            out.append(f"dataset-metadata.json: {path}: types not among Kaggle's: {bad}")
        if path.endswith(MAIN.suffix):
            header = (folder / path).read_text(encoding="utf-8").split("\n", 1)[0].split(",")
            if [f.get("name") for f in fields] != header:
                out.append(f"dataset-metadata.json: {path}: fields must be all the columns in order: {header}")
    if files - described:
        out.append(f"dataset-metadata.json: files without a resource entry: {sorted(files - described)}")
    return out


def package_problems(descriptor_path: Path) -> list[str]:
    """A Data Package as published: frictionless (tables, bytes and sha256) and our own file check."""
    from uk_iraq_security.validation import data_file_problems, frictionless_problems, resource_file_problems

    pkg = json.loads(descriptor_path.read_text(encoding="utf-8"))
    return (_unsized(descriptor_path, pkg) + frictionless_problems(descriptor_path)
            + resource_file_problems(descriptor_path.parent, pkg) + data_file_problems(descriptor_path.parent, pkg))


def _unsized(descriptor_path: Path, pkg: dict) -> list[str]:
    missing = [r["path"] for r in pkg["resources"] + pkg.get("x-files", []) if "bytes" not in r or not r.get("hash", "").startswith("sha256:")]
    return [f"{descriptor_path.name}: resources without bytes and a sha256 hash: {missing}"] if missing else []


def bundle_problems(zip_path: Path, validated_root: Path | None = None) -> list[str]:
    """The bundle unpacked: one top folder holding a valid package, validated like a user would.

    ``validated_root``: a checkout whose package already passed ``validate_package``. Then the bundle's
    own descriptor is still checked by frictionless (bytes, sha256, the CSV tables) and each data file
    must be byte-identical to the validated one, instead of running pandera and the cross-table checks again."""
    from uk_iraq_security.validation import (
        X_FILES,
        data_file_problems,
        frictionless_problems,
        resource_file_problems,
        validate_package,
    )

    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(zip_path) as zf:
        zf.extractall(tmp)
        tops = list(Path(tmp).iterdir())
        if len(tops) != 1 or not (tops[0] / "datapackage.json").is_file():
            return [f"{zip_path.name}: expected one folder with datapackage.json, found {[p.name for p in tops]}"]
        descriptor_path = tops[0] / "datapackage.json"
        pkg = json.loads(descriptor_path.read_text(encoding="utf-8"))
        if validated_root is None:
            # validate_package runs frictionless and the bytes/hash check, then pandera and CSV == Parquet
            found = validate_package(tops[0])
        else:
            found = (frictionless_problems(descriptor_path) + resource_file_problems(tops[0], pkg)
                     + data_file_problems(tops[0], pkg))
            files = sorted({res["path"] for res in pkg["resources"] + pkg.get(X_FILES, [])}
                           | {res["schema"] for res in pkg["resources"] if isinstance(res.get("schema"), str)})
            for rel in files:
                ours, theirs = tops[0] / rel, Path(validated_root) / rel
                if ours.is_file() and (not theirs.is_file() or ours.read_bytes() != theirs.read_bytes()):
                    found.append(f"{rel}: differs from the validated {rel} of the checkout")
        return [f"{zip_path.name}: {p}" for p in _unsized(descriptor_path, pkg) + found]
