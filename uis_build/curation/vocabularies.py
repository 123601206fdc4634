"""annotations/vocabularies.yaml: the open vocabularies (indicators, units), each term with its description.

A Table Schema field marked ``"x-categories": "vocabulary:<name>"`` gets the terms of <name> as its
categories in the built schemas (generated.complete_schemas), so a new term is one line of curated YAML,
never a schema edit; a record whose value is not declared is refused, saying where to declare it.
"""

from __future__ import annotations

from uk_iraq_security.registry import Table, category_values

from .errors import BuildError

VOCABULARIES_FILE = "annotations/vocabularies.yaml"
MARKER = "vocabulary:"

_DESCRIPTION = {"type": "string", "minLength": 1, "description": "what the term means: its category label"}
VOCABULARIES_SCHEMA = {
    "title": VOCABULARIES_FILE,
    "type": "object",
    "description": "vocabulary name -> term -> description (or {description, parent, short})",
    "propertyNames": {"pattern": "^[a-z][a-z0-9_]*$"},
    "additionalProperties": {
        "type": "object",
        "minProperties": 1,
        "propertyNames": {"pattern": "^[a-z][a-z0-9_]*$"},
        "additionalProperties": {"oneOf": [_DESCRIPTION, {
            "type": "object",
            "properties": {
                "description": _DESCRIPTION,
                "parent": {"type": "string", "description": "the term of this vocabulary this one is a subset of"},
                "short": {"type": "string", "minLength": 1, "description": "the words a title uses for the term"},
            },
            "required": ["description"],
            "additionalProperties": False,
        }]},
    },
}


def categories(doc: dict) -> dict[str, list[dict]]:
    """Vocabulary name -> Table Schema categories ({value, label[, parent][, x-short]}), in the file's order."""
    out = {}
    for name, terms in doc.items():
        cats = []
        for value, term in terms.items():
            term = term if isinstance(term, dict) else {"description": term}
            parent = term.get("parent")
            if parent is not None and (parent == value or parent not in terms):
                raise BuildError(VOCABULARIES_FILE, f"{name}: {value}",
                                 f"parent {parent!r} is not another term of {name}:; declare it there first")
            cats.append({"value": value, "label": term["description"], **({"parent": parent} if parent else {}),
                         **({"x-short": term["short"]} if "short" in term else {})})
        out[name] = cats
    return out


def vocabulary_of(field: dict) -> str | None:
    """The vocabulary a Table Schema field takes its categories from, if it is marked with one."""
    marker = field.get("x-categories")
    return marker[len(MARKER):] if isinstance(marker, str) and marker.startswith(MARKER) else None


def check_declared(table: Table, rows: list[dict], file: str) -> None:
    """Every value of a vocabulary column is a declared term; else a BuildError naming the record (in
    `file`), the value and where to declare it."""
    for field in table.schema["fields"]:
        name = vocabulary_of(field)
        if name is None:
            continue
        terms = category_values(field) or []
        for row in rows:
            value = row.get(field["name"])
            if value is not None and value not in terms:
                record = row.get(table.id_column) if table.id_column else None
                raise BuildError(file, record, f"{field['name']} {value!r} is not a declared term: declare it under "
                                               f"{name}: in {VOCABULARIES_FILE} (with a description), or use one of "
                                               f"{', '.join(terms)}")
