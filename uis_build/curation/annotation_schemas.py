"""JSON Schemas of the annotation files, generated from schemas/ (tables registry) and the evidence
fields registry, so a new table or a new curated column needs no edit here.

The build checks every annotation file against them and writes them to annotations/schema/ so an
editor can offer completion (`# yaml-language-server: $schema=...` at the top of each file).
"""

from __future__ import annotations

from uk_iraq_security.entities import ENTITY_SHAPE
from uk_iraq_security.registry import ISO3166_SHAPE, Tables, category_values, type_name

from .fields import KINDS, evidence_columns, field_names

SCHEMA_DIR = "annotations/schema"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
# Keys of a records.yaml entry that are not columns.
META = {
    "primary": {"type": "string", "description": "source_id of the article whose reading gives the record's values"},
    "primary_reason": {"type": "string", "description": "why that article"},
    "kinds": {"type": "object", "description": "conflict kind per compared column, where the default does not fit",
              "additionalProperties": {"enum": list(KINDS)}},
}
_CODE = f"^(?:{ISO3166_SHAPE.pattern}|{ENTITY_SHAPE.pattern})$"  # ISO 3166 or an organisation code of entities.py

SPAN = {
    "oneOf": [
        {"type": "string", "minLength": 1},
        {
            "type": "object",
            "properties": {
                "text": {"type": "string", "minLength": 1},
                "occurrence": {"type": "integer", "minimum": 1},
                "same_as": {"type": "string"},
                "relative_to": {"type": "string"},
                "absent": {"type": "boolean"},
            },
            "required": ["text"],
            "additionalProperties": False,
        },
    ]
}


def column_schema(field: dict, tables: Tables | None = None, fk_target: str | None = None) -> dict:
    """The JSON Schema of a curated value of a Table Schema field."""
    out: dict = {}
    if field.get("description"):
        out["description"] = field["description"]
    values = category_values(field)
    if values is not None:
        return {**out, "enum": values}
    out["type"] = type_name(field, "json_schema")
    pattern = field.get("constraints", {}).get("pattern")
    if field.get("x-code") == "iso3166":
        pattern = _CODE
    if fk_target and tables is not None and tables[fk_target].id_prefix:
        pattern = f"^{tables[fk_target].id_prefix}-"
    if pattern:
        out["pattern"] = pattern if pattern.startswith("^") else f"^(?:{pattern})$"
    return out


def curated_fields(tables: Tables, name: str) -> list[dict]:
    """The Table Schema fields of a fact table that records.yaml gives: not the id, not set by evidence,
    not derived by the build."""
    t = tables[name]
    skip = {t.id_column, *evidence_columns(t), *t.derived}
    return [f for f in t.schema["fields"] if f["name"] not in skip]


def records_schema(tables: Tables) -> dict:
    """annotations/records.yaml: table -> record id -> curated columns."""
    props = {}
    for name in tables.facts:
        t = tables[name]
        fks = {fk.columns[0]: fk.table for fk in t.foreign_keys if len(fk.columns) == 1}
        fields = curated_fields(tables, name)
        entry = {
            "type": "object",
            "additionalProperties": False,
            "properties": {**META, **{f["name"]: column_schema(f, tables, fks.get(f["name"])) for f in fields}},
        }
        required = [f["name"] for f in fields if f.get("constraints", {}).get("required")]
        if required:
            entry["required"] = required
        props[name] = {"type": "object", "description": t.schema.get("description", ""),
                       "propertyNames": {"pattern": f"^{t.id_prefix}-[a-z0-9]+(-[a-z0-9]+)*$"},
                       "additionalProperties": entry}
    return {"$schema": DRAFT, "title": "annotations/records.yaml", "type": "object", "properties": props,
            "additionalProperties": False}


ARTICLE_SCHEMA = {
    "$schema": DRAFT,
    "title": "annotations/articles/*.yaml",
    "type": "object",
    "properties": {
        "source_id": {"type": "string"},
        "evidence": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "record": {"type": "string"},
                    "quote": {"type": "string", "minLength": 1},
                    "occurrence": {"type": "integer", "minimum": 1},
                    "why": {"type": "string"},
                    **{f: SPAN for f in field_names()},
                },
                "required": ["record", "quote"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["source_id", "evidence"],
    "additionalProperties": False,
}
