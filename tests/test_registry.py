"""The tables and fields registries: one list of tables, derived from schemas/; a new cited table or a
new curated column needs no code change (proven on a copy of the project)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import build_helpers_shared
import uk_iraq_security as uis
from conftest import ROOT
from uis_build.curation.annotation_schemas import ARTICLE_SCHEMA, records_schema
from uis_build.curation.fields import FIELDS, KINDS, check_against
from uk_iraq_security.registry import RegistryError, load_tables, tables_from_schemas

REGISTRY = load_tables(ROOT)  # the hand-written schemas
BUILT = tables_from_schemas({t: uis.schema(t) for t in uis.tables()})  # the complete ones, in datapackage.json


def test_registry_is_derived_from_the_schemas():
    assert list(REGISTRY) == json.loads((ROOT / "schemas/datapackage.template.json").read_text())["x-tables"]
    assert REGISTRY["agreements"].id_prefix == "agr" and REGISTRY["statistics"].id_column == "statistic_id"
    assert REGISTRY.of_record("agp-border-security-gb") == "agreement_parties"
    assert REGISTRY.children("agreements") == ["agreement_parties"]
    assert "citations" not in REGISTRY.facts and "sources" not in REGISTRY.facts
    assert REGISTRY.citable == ["sources", *REGISTRY.facts]
    with pytest.raises(RegistryError, match="unknown table 'fundng'"):
        REGISTRY["fundng"]


@pytest.mark.parametrize("table", ["citations", "conflicts"])
def test_table_categories_are_the_registrys(table):
    assert "categories" not in REGISTRY[table].field("table")  # generated: only in the build's outputs
    assert BUILT[table].field("table")["categories"] == REGISTRY.citable


def test_every_evidence_field_sets_columns_its_tables_have():
    assert check_against(REGISTRY) == []
    kinds = [c["value"] for c in REGISTRY["conflicts"].field("kind")["categories"]]
    assert kinds == list(KINDS)  # every kind is described in the conflicts schema
    assert all(kind in KINDS for f in FIELDS for kind in f.compare.values())


def test_annotation_schemas_on_disk_are_the_generated_ones():
    folder = ROOT / "annotations" / "schema"
    assert json.loads((folder / "records.json").read_text(encoding="utf-8"))["properties"] == records_schema(BUILT)["properties"]
    assert json.loads((folder / "article.json").read_text(encoding="utf-8"))["properties"] == ARTICLE_SCHEMA["properties"]


# -- edits made in the shared copies of tests/build_helpers_shared.py ----------------------------------

TOY_SCHEMA = {
    "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
    "description": "Toy table: places the articles mention.",
    "fields": [
        {"name": "place_id", "type": "string", "constraints": {"required": True, "unique": True, "pattern": "plc-[a-z0-9-]+"}},
        {"name": "place", "type": "string", "constraints": {"required": True}},
        {"name": "description", "type": "string", "description": "As written: takes `description:` spans, no code change"},
        {"name": "place_code", "type": "string", "x-code": "iso3166"},
    ],
    "missingValues": [""],
    "primaryKey": ["place_id"],
}
def add_a_cited_table(project) -> None:
    # the four files a curator edits; nothing under src/
    (project.root / "schemas/places.json").write_text(json.dumps(TOY_SCHEMA, indent=2), encoding="utf-8")
    project.edit_text("schemas/datapackage.template.json", '    "conflicts"\n', '    "conflicts",\n    "places"\n')
    records = project.root / "annotations/records.yaml"
    records.write_text(records.read_text(encoding="utf-8") + "\nplaces:\n  plc-calais:\n    place: Calais\n    place_code: FR\n",
                       encoding="utf-8")
    article = project.articles_yaml("001")
    article.write_text(article.read_text(encoding="utf-8") + "  - record: plc-calais\n    quote: the Calais Group next month\n"
                       "    description: the Calais Group\n", encoding="utf-8")


def add_a_curated_column(project) -> None:
    schema = json.loads((project.root / "schemas/officials.json").read_text(encoding="utf-8"))
    schema["fields"].insert(-1, {"name": "gender", "type": "string", "categories": ["female", "male"]})
    (project.root / "schemas/officials.json").write_text(json.dumps(schema, indent=2), encoding="utf-8")
    project.edit_text("annotations/records.yaml", "  off-yvette-cooper:\n", "  off-yvette-cooper:\n    gender: female\n")


def cut_a_generated_category(project) -> None:
    """`measures` cut by hand from the table categories the build generates into datapackage.json (the
    citations schema of its first resource of citations)."""
    project.edit_text("datapackage.json", '              "measures",\n', "")


@pytest.fixture(scope="module")
def additions(tmp_path_factory):
    """The copy with a new cited table and a new curated column (and other additions), built once
    (tests/build_helpers_shared.py, with add_a_cited_table and add_a_curated_column above)."""
    return build_helpers_shared.additions(tmp_path_factory.getbasetemp())


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    """The copy with `measures` cut from datapackage.json's citations schema (and a stale description), checked
    once (tests/build_helpers_shared.py)."""
    return build_helpers_shared.regenerated(tmp_path_factory.getbasetemp())


def test_a_new_cited_table_needs_its_schema_its_annotations_and_the_template(additions):
    # the four files a curator edits (schemas/places.json, the template, records.yaml, an article's
    # annotations); nothing under src/
    project = additions.project
    places = pd.read_csv(project.root / "data/places.csv")
    assert places.to_dict("records") == [{"place_id": "plc-calais", "place": "Calais", "description": "the Calais Group",
                                          "place_code": "FR"}]
    cit = pd.read_csv(project.root / "data/citations.csv")
    assert list(cit[cit.table == "places"]["quote"]) == ["the Calais Group next month"]
    assert "places" in _table_categories((project.root / "datapackage.json").read_bytes())
    assert "places" in json.loads((project.root / "annotations/schema/records.json").read_text(encoding="utf-8"))["properties"]


def test_a_new_curated_column_needs_its_schema_field_and_its_records(additions):
    # schemas/officials.json gains `gender`, records.yaml gives it for one official
    officials = pd.read_csv(additions.project.root / "data/officials.csv").set_index("official_id")
    assert officials.loc["off-yvette-cooper", "gender"] == "female"
    assert officials["gender"].isna().sum() == len(officials) - 1


def _table_categories(descriptor: bytes) -> list:
    """The `table` categories of the citations schema in a datapackage.json."""
    schema = next(r for r in json.loads(descriptor)["resources"] if r["name"] == "citations")["schema"]
    return next(f for f in schema["fields"] if f["name"] == "table")["categories"]


def test_a_hand_edited_generated_category_list_is_caught_and_rewritten(regenerated, additions):
    rel = "datapackage.json"
    assert "measures" not in _table_categories(regenerated.before[rel])  # the hand edit
    assert rel in regenerated.check.differences
    assert regenerated.after_check == regenerated.before  # the check wrote nothing
    # the same cut in the additions copy, which also adds the cited table `places`: its build writes
    # the whole list back, the new table last (the template's order)
    rewritten = (additions.project.root / rel).read_bytes()
    assert _table_categories(rewritten) == [*_table_categories((ROOT / rel).read_bytes()), "places"]
