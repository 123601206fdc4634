"""Copies of the project that several tests read after one build (a successful build costs more than a
second), each made once per pytest-xdist worker (the first test to ask builds it):

- `additions`: edits a curator makes that must build without a code change, all in one copy (each
  test's assertions depend on its own edit only): text inserted before a quote in article 004
  (test_build), a new cited table and a new curated column (test_registry), a new article 005 drafted
  with `propose` and trimmed (test_draft) with a new indicator declared in annotations/vocabularies.yaml, a field
  description changed (test_documents), and a category cut by hand from a generated list in datapackage.json,
  which the build must write back (test_registry). One real build.
- `regenerated`: the same cut and description change in a copy otherwise as committed; one
  `check=True` build, which must catch both and write nothing.
That a build of the committed sources gives the committed bytes is conftest.py's `build_check`."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import json
from pathlib import Path
from types import SimpleNamespace

import yaml

from conftest import ProjectCopy

# -- edits of both scenarios ------------------------------------------------------------------------

NEW_DESCRIPTION = "The country that gives | the money."
FUNDING_SCHEMA = "schemas/funding.json"


def describe_the_donor(project: ProjectCopy) -> None:
    """A new description for funding's second field (donor), which the committed dictionary words otherwise."""
    schema_path = project.root / FUNDING_SCHEMA
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    assert schema["fields"][1]["name"] == "donor" and schema["fields"][1].get("description") != NEW_DESCRIPTION
    schema["fields"][1]["description"] = NEW_DESCRIPTION
    schema_path.write_text(json.dumps(schema), encoding="utf-8")


# -- additions ---------------------------------------------------------------------------------------

NEW_SOURCE = "005-test-press-release"


def _move_a_quote(project: ProjectCopy) -> None:
    # Offsets are located, not typed: text inserted before a quote shifts its citation, nothing else
    project.edit_seed("004", "Baghdad and Erbil continue", "Baghdad and Erbil still continue")


def _script_main(argv: list[str]) -> tuple[int, str]:
    from uis_build.propose import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(argv)
    return status, out.getvalue()


def _add_a_drafted_article(project: ProjectCopy) -> SimpleNamespace:
    """Register a new article, draft it with `propose` (its main(), in-process), keep a few entries,
    add their records and the exclusions it drafts for what they leave uncited."""
    from test_propose import ARTICLES

    article = (ARTICLES / "press_release_taskforce.txt").read_bytes()
    digest = hashlib.sha256(article).hexdigest()
    seed = f"seeds/005_{digest[:16]}.txt"
    annotation = project.root / f"annotations/articles/005_{digest[:16]}.yaml"
    (project.root / seed).write_bytes(article)
    with open(project.root / "annotations/sources.yaml", "a", encoding="utf-8") as f:
        f.write(f"\n- source_id: {NEW_SOURCE}\n  seed_file: {seed}\n  sha256: {digest}\n"
                "  publisher: Test Publisher\n  url: https://example.org/press-release\n  language: en\n"
                '  reference_date: "2025-06-18"\n  reference_date_basis: the publication date the release states\n'
                '  reference_date_certainty: stated\n')
    draft_status, out = _script_main([str(project.root / seed), "--draft", NEW_SOURCE])
    doc = yaml.safe_load(out)
    keep = {("value", "19,982"): "stat-gb-channel-crossings-2025-h1", ("amount", "£750,000"): "fund-iq-taskforce",
            ("name", "Rachel Morland"): "off-rachel-morland"}
    picked = {}
    for entry in doc["evidence"]:
        for (field, words), rid in keep.items():
            if entry.get(field) == words and rid not in picked:
                picked[rid] = {**entry, "record": rid}
    doc["evidence"] = list(picked.values())
    annotation.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    # a new indicator is declared in the open vocabulary (annotations/vocabularies.yaml), no schema edit
    project.edit_text("annotations/vocabularies.yaml", "\nunits:\n",
                      "  small_boat_arrivals: People who crossed the Channel in small boats\n\nunits:\n")
    records = project.load_yaml("annotations/records.yaml")
    records["statistics"]["stat-gb-channel-crossings-2025-h1"] = {"indicator": "small_boat_arrivals", "unit": "persons",
                                                                  "geography": "GB"}
    records["funding"]["fund-iq-taskforce"] = {"donor": "United Kingdom", "donor_code": "GB", "recipient": "Iraq",
                                               "recipient_code": "IQ", "scope": "bilateral"}
    records["officials"]["off-rachel-morland"] = {"organization": "Home Office", "jurisdiction": "GB"}
    (project.root / "annotations/records.yaml").write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True),
                                                           encoding="utf-8")
    # what the trimmed draft leaves uncited must be excluded with a reason (the coverage audit)
    exclusions_status, out = _script_main([str(project.root / seed), "--exclusions", NEW_SOURCE, "--annotation", str(annotation)])
    out = out.replace("TODO: say why this", "the review finds it")  # a build refuses a TODO left unreviewed
    exclusions = project.load_yaml("annotations/coverage_exclusions.yaml") | yaml.safe_load(out)
    (project.root / "annotations/coverage_exclusions.yaml").write_text(
        yaml.safe_dump(exclusions, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return SimpleNamespace(seed=seed, draft_status=draft_status, exclusions_status=exclusions_status, picked=picked)


@functools.cache  # per pytest-xdist worker (its own base folder); a failed build is retried
def additions(base: Path) -> SimpleNamespace:
    """The `additions` copy, built: .project (ProjectCopy), .draft (what _add_a_drafted_article returns)."""
    from test_registry import add_a_cited_table, add_a_curated_column, cut_a_generated_category
    from uis_build.curation import build

    project = ProjectCopy(base / "additions" / "project")
    # the text edits of records.yaml come before the drafted article, which rewrites it with yaml.safe_dump
    _move_a_quote(project)
    add_a_cited_table(project)
    add_a_curated_column(project)
    draft = _add_a_drafted_article(project)
    describe_the_donor(project)
    cut_a_generated_category(project)
    build(project.root)
    return SimpleNamespace(project=project, draft=draft)


# -- regenerated -------------------------------------------------------------------------------------

@functools.cache
def regenerated(base: Path) -> SimpleNamespace:
    """The `regenerated` copy: .before (its outputs, data/ and datapackage.json with its hand-edited
    citations schema, and the dictionary, before the build), .check (the check build's
    BuildResult), .after_check (the same files after it), .project."""
    from test_registry import cut_a_generated_category
    from uis_build.curation import build
    from uis_build.curation.documents import DICTIONARY

    project = ProjectCopy(base / "regenerated" / "project")
    cut_a_generated_category(project)
    describe_the_donor(project)

    def files():
        return {DICTIONARY: (project.root / DICTIONARY).read_bytes()} | project.snapshot()

    before = files()
    check = build(project.root, check=True)
    return SimpleNamespace(project=project, before=before, check=check, after_check=files())

