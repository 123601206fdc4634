"""The draft annotation file: valid for the build's schema, every span inside its quote, and a
trimmed draft of a new article builds (the README's "add an article" steps, on a copy)."""

from __future__ import annotations

import functools
import hashlib
import json

import jsonschema
import pandas as pd
import pytest
import yaml

from conftest import ROOT
from test_propose import ARTICLES, NAMES, _load_script
from uk_iraq_security.curation import build
from uk_iraq_security.curation.annotations import ARTICLE_SCHEMA
from uk_iraq_security.curation.fields import fields_of
from uk_iraq_security.curation.spans import locate
from uk_iraq_security.curation.strict_yaml import load_strict
from uk_iraq_security.drafting import propose, read_text
from uk_iraq_security.drafting.draft import draft_annotation
from uk_iraq_security.registry import load_tables

REGISTRY = load_tables(ROOT)


@functools.cache
def _draft(path) -> tuple[str, list[dict], dict]:
    """An article's text, its proposals and its draft annotation file as the build's YAML loader reads
    it (once per article: the tests below only read them)."""
    text = read_text(path)
    cands = [c.to_json(text) for c in propose(text)]
    return text, cands, load_strict(draft_annotation(cands, "999-draft-test").encode("utf-8"), "draft")


@pytest.fixture(scope="module")
def article_validator():
    """ARTICLE_SCHEMA checked against its metaschema once (jsonschema.validate does it on every call)."""
    cls = jsonschema.validators.validator_for(ARTICLE_SCHEMA)
    cls.check_schema(ARTICLE_SCHEMA)
    return cls(ARTICLE_SCHEMA)


@pytest.mark.parametrize("path", [*(ARTICLES / f"{n}.txt" for n in NAMES), *sorted((ROOT / "seeds").glob("*.txt"))],
                         ids=lambda p: p.name)
def test_draft_matches_the_annotation_format_and_locates_like_the_build(path, article_validator):
    text, cands, doc = _draft(path)
    article_validator.validate(doc)
    assert len(doc["evidence"]) == len(cands)
    for entry, cand in zip(doc["evidence"], cands):
        table = cand["table"]
        assert entry["record"].split("-TODO-")[0] == REGISTRY[table].id_prefix
        assert set(entry) - {"record", "quote", "occurrence"} <= set(fields_of(REGISTRY[table]))
        # the build's own locator finds the quote, and each span inside it, where the proposal was
        quote = locate(text, entry["quote"], entry.get("occurrence"), file="draft", record=entry["record"], what="quote")
        assert (quote.start, quote.end) == (cand["char_start"], cand["char_end"])
        for field in set(entry) - {"record", "quote", "occurrence"}:
            spec = entry[field] if isinstance(entry[field], dict) else {"text": entry[field]}
            span = locate(quote.text, spec["text"], spec.get("occurrence"), file="draft", record=entry["record"],
                          what=field, offset=quote.start)
            assert [span.start, span.end] == cand["spans"][field]


def test_relative_period_points_at_the_figure_it_is_relative_to():
    _, _, doc = _draft(ARTICLES / "agency_returns_deal.txt")
    by_value = {e["value"]: e for e in doc["evidence"] if "value" in e}
    assert by_value["860"]["period"] == {"text": "the previous year", "relative_to": by_value["more than 1,200"]["record"]}


def test_officials_mentioned_twice_share_a_placeholder():
    _, _, doc = _draft(ARTICLES / "press_release_taskforce.txt")
    morland = {e["record"] for e in doc["evidence"] if e.get("name") == "Rachel Morland"}
    assert len(morland) == 1


def test_a_trimmed_draft_of_a_new_article_builds(project, capsys):
    """Register a new article, draft it with the script (its main(), in-process), keep a few entries,
    add their records, build."""
    script = _load_script()
    article = (ARTICLES / "press_release_taskforce.txt").read_bytes()
    digest = hashlib.sha256(article).hexdigest()
    seed = f"seeds/005_{digest[:16]}.txt"
    (project.root / seed).write_bytes(article)
    with open(project.root / "annotations/sources.yaml", "a", encoding="utf-8") as f:
        f.write(f"\n- source_id: 005-test-press-release\n  seed_file: {seed}\n  sha256: {digest}\n"
                "  publisher: Test Publisher\n  url: https://example.org/press-release\n  language: en\n"
                '  reference_date: "2025-06-18"\n  reference_date_basis: the publication date the release states\n'
                '  reference_date_certainty: stated\n')
    assert script.main([str(project.root / seed), "--draft", "005-test-press-release"]) == 0
    doc = yaml.safe_load(capsys.readouterr().out)
    keep = {("value", "19,982"): "stat-gb-channel-crossings-2025-h1", ("amount", "£750,000"): "fund-iq-taskforce",
            ("name", "Rachel Morland"): "off-rachel-morland"}
    picked = {}
    for entry in doc["evidence"]:
        for (field, words), rid in keep.items():
            if entry.get(field) == words and rid not in picked:
                picked[rid] = {**entry, "record": rid}
    assert len(picked) == 3 and "period" in picked["stat-gb-channel-crossings-2025-h1"]
    doc["evidence"] = list(picked.values())
    (project.root / f"annotations/articles/005_{digest[:16]}.yaml").write_text(
        yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    # a new indicator joins the controlled vocabulary in the statistics schema
    schema_path = project.root / "schemas/statistics.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    next(f for f in schema["fields"] if f["name"] == "indicator")["categories"].append(
        {"value": "small_boat_arrivals", "label": "People who crossed the Channel in small boats"})
    schema_path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    records = project.load_yaml("annotations/records.yaml")
    records["statistics"]["stat-gb-channel-crossings-2025-h1"] = {"indicator": "small_boat_arrivals", "unit": "persons",
                                                                  "geography": "GB"}
    records["funding"]["fund-iq-taskforce"] = {"donor": "United Kingdom", "donor_code": "GB", "recipient": "Iraq",
                                        "recipient_code": "IQ", "scope": "bilateral"}
    records["officials"]["off-rachel-morland"] = {"organization": "Home Office", "jurisdiction": "GB"}
    (project.root / "annotations/records.yaml").write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True),
                                                           encoding="utf-8")
    # what the trimmed draft leaves uncited must be excluded with a reason (the coverage audit)
    assert script.main([str(project.root / seed), "--exclusions", "005-test-press-release",
                        "--annotation", str(project.root / f"annotations/articles/005_{digest[:16]}.yaml")]) == 0
    exclusions = project.load_yaml("annotations/coverage_exclusions.yaml") | yaml.safe_load(capsys.readouterr().out)
    (project.root / "annotations/coverage_exclusions.yaml").write_text(
        yaml.safe_dump(exclusions, sort_keys=False, allow_unicode=True), encoding="utf-8")
    build(project.root)
    funding = pd.read_csv(project.root / "data/funding.csv")
    row = funding[funding.funding_id == "fund-iq-taskforce"].iloc[0]
    assert (row.amount, row.currency) == (750_000, "GBP")
    assert row.purpose == "a communications campaign countering smugglers’ lies on social media"
    stats = pd.read_csv(project.root / "data/statistics.csv")
    row = stats[stats.statistic_id == "stat-gb-channel-crossings-2025-h1"].iloc[0]
    assert (row.value, row.period_edtf) == (19_982, "2025-01/2025-06")
    cites = pd.read_csv(project.root / "data/citations.csv", keep_default_na=False)
    text = (project.root / seed).read_text(encoding="utf-8")
    for c in cites[cites.source_id == "005-test-press-release"].itertuples():
        assert text[c.char_start:c.char_end] == c.quote
