"""Open vocabularies (annotations/vocabularies.yaml) and hand-written Table Schemas: a new unit or indicator is
one line of curated YAML; an undeclared one is refused saying where to declare it; schemas/ holds no generated
part, and datapackage.json holds the complete schemas the build generates."""

from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT
from uis_build.curation import BuildError, build
from uis_build.curation.annotations import load_annotations
from uis_build.curation.vocabularies import vocabulary_of

RECORD = "stat-kr-organ-trafficking-cases-2022-2023"  # a statistic whose unit the tests change
UNIT = f"  {RECORD}:\n    indicator_basis: stated\n    geography_role: counted_in\n    indicator: organ_trafficking_cases\n    unit: cases\n"


def _hand_written() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "schemas").glob("*.json"))
            if p.name != "datapackage.template.json"}


def test_no_hand_written_schema_holds_a_generated_list():
    marked = [(t, f["name"]) for t, s in _hand_written().items() for f in s["fields"] if "x-categories" in f]
    assert ("citations", "table") in marked and ("statistics", "unit") in marked and ("statistics", "indicator") in marked
    held = [(t, f["name"]) for t, s in _hand_written().items() for f in s["fields"] if "x-categories" in f and "categories" in f]
    assert held == [], f"generated categories written into schemas/: {held}"


def test_datapackage_json_holds_the_complete_schemas_the_build_generates(build_check):
    assert build_check.differences == []  # build --check: the descriptor equals a fresh build's
    pkg = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    tables = load_annotations(ROOT).tables
    for res in pkg["resources"]:
        table = res["name"].split("-")[0]
        assert res["schema"] == tables[table].schema, res["name"]  # inline, every marker filled in
    unit = next(f for f in tables["statistics"].schema["fields"] if f["name"] == "unit")
    assert vocabulary_of(unit) == "units" and [c["value"] for c in unit["categories"]] == ["persons", "cases", "ratio"]


@pytest.fixture
def read_from(monkeypatch):
    """read_from(root): load() and validate() read the dataset folder `root` (caches cleared after the test)."""
    from uk_iraq_security import dataset_files, integrity, loading

    caches = (dataset_files.descriptor, dataset_files.template)

    def use(root):
        for module in (dataset_files, loading):
            monkeypatch.setattr(module, "dataset_root", lambda: root)
        monkeypatch.setattr(integrity, "_verified", {})
        for cached in caches:
            cached.cache_clear()

    yield use
    for cached in caches:
        cached.cache_clear()


def test_a_unit_declared_in_the_vocabulary_builds_and_readers_see_it(project, read_from):
    # a test copy: the record's unit is changed only to have a statistic use the new term
    project.edit_text("annotations/vocabularies.yaml", "\n  ratio:", "\n  percent: a share of a whole, in percent\n  ratio:")
    project.edit_text("annotations/records.yaml", UNIT, UNIT.replace("unit: cases", "unit: percent"))
    before = {p: (project.root / p).read_bytes() for p in ("schemas/statistics.json", "annotations/schema/records.json")}
    build(project.root)
    assert (project.root / "schemas/statistics.json").read_bytes() == before["schemas/statistics.json"]  # no schema edit
    assert "percent" in (project.root / "annotations/schema/records.json").read_text(encoding="utf-8")  # editors' completion
    read_from(project.root)
    import uk_iraq_security as uis
    from uk_iraq_security.validation import validate_package

    stats = uis.load("statistics").set_index("statistic_id")
    assert stats.loc[RECORD, "unit"] == "percent" and "percent" in stats["unit"].cat.categories
    unit = next(f for f in uis.schema("statistics")["fields"] if f["name"] == "unit")
    assert {"value": "percent", "label": "a share of a whole, in percent"} in unit["categories"]
    assert validate_package(project.root) == []


@pytest.mark.parametrize("column, vocabulary, edit", [
    ("unit", "units", (UNIT, UNIT.replace("unit: cases", "unit: detections"))),
    ("indicator", "indicators", (UNIT, UNIT.replace("indicator: organ_trafficking_cases", "indicator: applications"))),
])
def test_an_undeclared_term_is_refused_saying_where_to_declare_it(project, column, vocabulary, edit):
    project.edit_text("annotations/records.yaml", *edit)
    before = project.snapshot()
    with pytest.raises(BuildError) as info:
        build(project.root)
    message = str(info.value)
    value = "detections" if column == "unit" else "applications"
    assert re.search(rf"annotations/records\.yaml: {RECORD}: {column} '{value}' is not a declared term", message), message
    assert f"declare it under {vocabulary}: in annotations/vocabularies.yaml" in message
    assert project.snapshot() == before


@pytest.mark.parametrize("edit, expected", [
    # a generated list written back by hand next to its marker
    (lambda s: next(f for f in s["fields"] if f["name"] == "unit").update(categories=["persons"]),
     r"schemas/statistics\.json: unit: x-categories 'vocabulary:units' and a categories list.*remove the list"),
    # a marker naming a vocabulary the file does not declare
    (lambda s: next(f for f in s["fields"] if f["name"] == "unit").update({"x-categories": "vocabulary:currencies"}),
     r"schemas/statistics\.json: unit: x-categories 'vocabulary:currencies'.*annotations/vocabularies\.yaml \(indicators, units\)"),
])
def test_a_marker_is_filled_by_the_build_only(project, edit, expected):
    path = project.root / "schemas/statistics.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    edit(schema)
    path.write_text(json.dumps(schema, indent=2), encoding="utf-8")
    with pytest.raises(BuildError, match=expected):
        build(project.root)


@pytest.mark.parametrize("text, expected", [
    ("indicators:\n  a_term: A term\n  b_term:\n    description: B\n    parent: c_term\nunits:\n  persons: people\n",
     r"vocabularies\.yaml: indicators: b_term: parent 'c_term' is not another term of indicators"),
    ("indicators:\n  Bad-Term: x\nunits:\n  persons: people\n", r"vocabularies\.yaml.*malformed annotation"),
    ("indicators:\n  net_migration:\n    label: x\nunits:\n  persons: people\n", r"vocabularies\.yaml.*malformed annotation"),
])
def test_a_malformed_vocabulary_is_refused_naming_the_file(project, text, expected):
    (project.root / "annotations/vocabularies.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(BuildError, match=expected):
        build(project.root)
