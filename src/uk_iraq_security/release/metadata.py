"""Release metadata derived from the one CFF record (uk_iraq_security.citing.cff): .zenodo.json and
Kaggle's dataset-metadata.json, plus the committed CITATION.cff and .zenodo.json at the checkout root.

Zenodo ignores CITATION.cff when .zenodo.json exists, so .zenodo.json is a translation of the CFF
record, field by field, never a second source of metadata.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..citing import cff, release_settings, to_yaml
from .status import readme_files

ROOT_FILES = ("CITATION.cff", ".zenodo.json")
KAGGLE_TYPES = {"string": "string", "integer": "integer", "number": "numeric", "boolean": "boolean", "date": "datetime"}


def json_text(obj) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def checkout_version(root: Path) -> str:
    """__version__ as written in src/uk_iraq_security/__init__.py (what hatch puts in the wheel)."""
    text = (root / "src" / "uk_iraq_security" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def read_json(path: Path) -> dict:
    """A JSON file read afresh (the run-time descriptor() and template() are cached per process)."""
    return json.loads(path.read_text(encoding="utf-8"))


def checkout_descriptor(root: Path) -> dict:
    return read_json(root / "datapackage.json")


def checkout_settings(root: Path) -> dict:
    """The template's x-release settings of the checkout at `root`."""
    return release_settings(read_json(root / "schemas" / "datapackage.template.json"))


def cff_record(root: Path) -> dict:
    """The CFF record of the checkout at `root` (its datapackage.json, template and version)."""
    return cff(checkout_descriptor(root), checkout_version(root), checkout_settings(root))


def _creator(author: dict) -> dict:
    if "name" in author:
        out = {"name": author["name"]}
    else:
        out = {"name": ", ".join(p for p in (author["family-names"], author.get("given-names")) if p)}
    if author.get("affiliation"):
        out["affiliation"] = author["affiliation"]
    if author.get("orcid"):
        out["orcid"] = author["orcid"].rstrip("/").rsplit("/", 1)[-1]  # Zenodo wants the bare id
    return out


def _reference_text(ref: dict) -> str:
    authors = ", ".join(a.get("name") or a.get("family-names") for a in ref["authors"])
    return f"{authors}. {ref['title']}. {ref['url']}"


def zenodo_metadata(record: dict) -> dict:
    """.zenodo.json (Zenodo deposit metadata) translated from a CFF record."""
    related = [{"identifier": record["repository-code"], "relation": "isSupplementTo", "resource_type": "software"}]
    related += [{"identifier": i["value"], "relation": "isVariantFormOf", "resource_type": "dataset"}
                for i in record.get("identifiers", []) if i["type"] == "url"]
    related += [{"identifier": r["url"], "relation": "isDerivedFrom", "resource_type": "publication-article"}
                for r in record.get("references", [])]
    out = {
        "upload_type": "dataset",
        "title": record["title"],
        "version": record["version"],
        "description": record["abstract"],
        "creators": [_creator(a) for a in record["authors"]],
        "access_right": "open",
        "license": record["license"].lower(),
        "keywords": record["keywords"],
        "related_identifiers": related,
        "notes": record["message"],
        "language": "eng",
    }
    if record.get("references"):
        out["references"] = [_reference_text(r) for r in record["references"]]
    return out


def root_files(root: Path) -> dict[str, str]:
    """Fresh text of the metadata files committed at the checkout root."""
    record = cff_record(root)
    return {"CITATION.cff": to_yaml(record), ".zenodo.json": json_text(zenodo_metadata(record))}


def _generated_files(root: Path) -> dict[str, str]:
    """root_files plus the README's release-status block (not shipped in dist/: the README is, as is)."""
    return {**root_files(root), **readme_files(root, read_json(root / "schemas" / "datapackage.template.json"),
                                                checkout_version(root))}


def stale_root_files(root: Path) -> list[str]:
    """Root metadata files (and the README's release status) missing or different from a fresh generation."""
    return [name for name, text in _generated_files(root).items()
            if not (root / name).is_file() or (root / name).read_text(encoding="utf-8") != text]


def write_root_files(root: Path) -> list[str]:
    """Write CITATION.cff, .zenodo.json and the README's release status at the checkout root; return the names written."""
    files = _generated_files(root)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8", newline="\n")
    return list(files)


def kaggle_description(pkg: dict, record: dict, descriptor_name: str, bibtex: str) -> str:
    """Markdown shown on the Kaggle page: what the dataset is, its version, its files, how to cite."""
    tables = [r for r in pkg["resources"] if r.get("format") == "csv"]
    version = record["version"]
    lines = [pkg["description"], "",
             f"**Version {version}** of the dataset (the same as `pip install {pkg['name']}=={version}`).", "",
             "## Files", "",
             "Each table is given as CSV and as Parquet with the same content:", ""]
    lines += [f"- `{Path(r['path']).stem}`: {r.get('description', '')}" for r in tables]
    lines += ["", f"`{descriptor_name}` is the Frictionless Data Package (v2) descriptor: Table Schemas, "
              "sha256 of every file. `CITATION.cff` says how to cite.", "",
              "## How to cite", "", "```bibtex", bibtex, "```", "",
              f"Source code, build and issues: {pkg['homepage']}"]
    return "\n".join(lines)


def kaggle_metadata(pkg: dict, schemas: dict[str, dict], settings: dict, record: dict, descriptor_name: str,
                    bibtex: str, extra_files: dict[str, str]) -> dict:
    """dataset-metadata.json for the flat Kaggle folder: id, titles, one licence, keywords, and every
    table file with its columns (all of them, in order, as Kaggle requires) and Kaggle types."""
    kaggle = settings["kaggle"]
    resources = []
    for res in pkg["resources"]:
        table = Path(res["path"]).stem
        fields = [{"name": f["name"], "description": f.get("description") or f.get("title") or f["name"],
                   "type": "url" if f.get("format") == "uri" else KAGGLE_TYPES[f.get("type", "string")]}
                  for f in schemas[table]["fields"]]
        resources.append({"path": Path(res["path"]).name,
                          "description": f"{res.get('description', '')} ({res['format'].upper()})".strip(),
                          "schema": {"fields": fields}})
    resources += [{"path": name, "description": text} for name, text in extra_files.items()]
    return {
        "id": kaggle["id"],
        "title": kaggle["title"],
        "subtitle": kaggle["subtitle"],
        "description": kaggle_description(pkg, record, descriptor_name, bibtex),
        "licenses": [{"name": pkg["licenses"][0]["name"]}],
        "keywords": [k.lower() for k in record["keywords"]],
        "resources": resources,
    }
