"""Croissant (ML Commons) JSON-LD generated from the bundle's datapackage.json with mlcroissant's own
classes, so the context and vocabulary are the ones mlcroissant validates against."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from uk_iraq_security.formats import FORMATS, MAIN
from uk_iraq_security.registry import type_name

from .errors import ReleaseError


def _mlc():
    try:
        import mlcroissant as mlc
    except ImportError as e:
        raise ReleaseError("Croissant metadata needs mlcroissant: pip install --group release") from e
    return mlc


def croissant(pkg: dict, schemas: dict[str, dict], record: dict, bibtex: str, epoch: int) -> dict:
    """croissant.json for the bundle: a FileObject per data file (sha256, size) and a RecordSet per
    table read from its CSV (formats.MAIN), one Field per column with the schema's description and type."""
    mlc = _mlc()
    files, record_sets = [], []
    for res in pkg["resources"]:
        fmt = FORMATS[res["format"]]
        files.append(mlc.FileObject(id=res["path"], name=res["path"], description=res.get("description"),
                                    content_url=res["path"], content_size=f"{res['bytes']} B",
                                    encoding_formats=[fmt.croissant or fmt.mediatype],
                                    sha256=res["hash"].removeprefix("sha256:")))
        if fmt is not MAIN:
            continue
        table = Path(res["path"]).stem
        fields = [mlc.Field(id=f"{table}/{f['name']}", name=f["name"], description=f.get("description"),
                            data_types=[getattr(mlc.DataType, type_name(f, "croissant"))],
                            source=mlc.Source(file_object=res["path"], extract=mlc.Extract(column=f["name"])))
                  for f in schemas[table]["fields"]]
        key = [f"{table}/{k}" for k in schemas[table].get("primaryKey", [])] or None
        record_sets.append(mlc.RecordSet(id=table, name=table, description=res.get("description"),
                                         key=key, fields=fields))
    creators = [mlc.Person(name=" ".join(filter(None, (a.get("given-names"), a.get("family-names")))))
                if "family-names" in a else mlc.Organization(name=a["name"]) for a in record["authors"]]
    metadata = mlc.Metadata(
        name=pkg["name"], description=pkg["description"], url=pkg["homepage"], version=record["version"],
        license=[lic.get("path") or lic["name"] for lic in pkg["licenses"]], cite_as=bibtex,
        creators=creators, keywords=record["keywords"], in_language=["en"],
        date_published=dt.datetime.fromtimestamp(epoch, tz=dt.timezone.utc).replace(tzinfo=None),
        distribution=files, record_sets=record_sets,
    )
    problems = [*metadata.ctx.issues.errors, *metadata.ctx.issues.warnings]
    if problems:
        raise ReleaseError("croissant.json: " + "; ".join(sorted(problems)))
    return metadata.to_json()


def croissant_problems(path: Path) -> list[str]:
    """Errors and warnings of mlcroissant on a croissant.json (empty: valid, nothing to improve)."""
    mlc = _mlc()
    logging.getLogger("absl").setLevel(logging.ERROR)  # mlcroissant logs its warnings too; we return them
    try:
        dataset = mlc.Dataset(str(path))
    except mlc.ValidationError as e:
        return [f"{path.name}: {e}"]
    return [f"{path.name}: {w}" for w in sorted(dataset.metadata.ctx.issues.warnings)]
