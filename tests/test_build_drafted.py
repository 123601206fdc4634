"""`propose --draft --write` on a copy of the project, for a new article of our own with a byline or dateline date and a
qualified range of money: the review deletes entries, gives ids and fills in the stub's TODOs, and the build reads the
sources row's date from the byline and both ends of the range with their qualifier."""

from __future__ import annotations

import contextlib
import hashlib
import io

import pandas as pd
import pytest
import yaml

from uis_build.curation import build
from uis_build.propose import main

SOURCE = "005-basra-river-police"
BODY = ("Britain will give about £2–3 million to train river police in Basra, officials said on Tuesday.\n\n"
        "The patrols will start in the spring.\n")


def _quiet(argv: list[str]) -> int:
    with contextlib.redirect_stdout(io.StringIO()) as out:
        status = main(argv)
    _quiet.out = out.getvalue()  # type: ignore[attr-defined]
    return status


@pytest.mark.slow
@pytest.mark.parametrize("top, convention, reference, published", [
    ("By Anna Weber | Baghdad | 04/12/2024\n\n", None, None, "2024-12-04"),  # numeric, day first
    ("By Anna Weber | Baghdad | 12/04/2024\n\n", "month_first", None, "2024-12-04"),  # an outlet writing month first
    ("By Anna Weber | Baghdad | 12/31/2024\n\n", None, None, "2024-12-31"),  # no date day first: the stub says month_first
    ("Published 3 December 2024\n\n", None, None, "2024-12-03"),
    ("LONDON, Dec 13, 2024 (Gulf Wire) - ", None, None, "2024-12-13"),
    ("LONDON, Dec 13 (Gulf Wire) - ", None, "2024-12-16", None),  # no year stated: no publication date
], ids=["day-first", "month-first", "month-first-by-stub", "published-line", "dateline", "dateline-without-year"])
def test_a_drafted_article_builds_with_its_byline_date_and_its_qualified_range(project, top, convention, reference, published):
    data = f"Britain funds river police training in Basra\n\n{top}{BODY}".encode()
    sha = hashlib.sha256(data).hexdigest()
    seed = project.root / "seeds" / f"005_{sha[:16]}.txt"
    seed.write_bytes(data)
    assert _quiet([str(seed), "--draft", SOURCE, "--write", *(["--reference", reference] if reference else [])]) == 0
    # the review: the stub's TODOs, and the convention the stub asks for when the outlet writes month first
    sources = project.root / "annotations/sources.yaml"
    stub = sources.read_text(encoding="utf-8").replace("'TODO: who published it'", "Test Publisher").replace(
        "'TODO: https://... (where it was published)'", "https://example.org/basra").replace(
        "'TODO: say how the reference date is known'", "the date the publisher's website gives")
    if convention:
        stub = stub.replace("  language: en\n  title_basis: headline\n",
                            f"  language: en\n  date_convention: {convention}\n  title_basis: headline\n")
    sources.write_text(stub, encoding="utf-8")
    # ... the draft: the source's entries and the two ends of the range kept, with ids; every other entry deleted
    annotation = project.articles_yaml("005")
    doc = yaml.safe_load(annotation.read_text(encoding="utf-8"))
    ids = {"£2": "fund-iq-basra-low", "about £2": "fund-iq-basra-low", "3 million": "fund-iq-basra-high"}
    doc["evidence"] = [e if e["record"] == SOURCE else {**e, "record": ids[e["amount"]]}
                       for e in doc["evidence"] if e["record"] == SOURCE or e.get("amount") in ids]
    assert len(doc["evidence"]) == 3 + (published is not None), doc["evidence"]
    annotation.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    records = project.load_yaml("annotations/records.yaml")
    for rid in ("fund-iq-basra-low", "fund-iq-basra-high"):
        records["funding"][rid] = {"donor": "United Kingdom", "donor_code": "GB", "recipient": "Iraq", "recipient_code": "IQ",
                                   "scope": "bilateral"}
    (project.root / "annotations/records.yaml").write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True),
                                                           encoding="utf-8")
    assert _quiet([str(seed), "--exclusions", SOURCE, "--annotation", str(annotation)]) == 0
    block = yaml.safe_load(_quiet.out) or {}  # type: ignore[attr-defined]
    for item in block.get(SOURCE, []):  # only a dateline's day without its year is left to explain
        assert item["text"].startswith("LONDON, Dec 13") and published is None, block
        item["reason"] = "the day of the dateline, whose year the article does not state"
    exclusions = project.load_yaml("annotations/coverage_exclusions.yaml") | block
    (project.root / "annotations/coverage_exclusions.yaml").write_text(
        yaml.safe_dump(exclusions, sort_keys=False, allow_unicode=True), encoding="utf-8")

    build(project.root)
    row = pd.read_csv(project.root / "data/sources.csv").set_index("source_id").loc[SOURCE]
    assert (None if pd.isna(row.published_date) else row.published_date) == published
    funding = pd.read_csv(project.root / "data/funding.csv").set_index("funding_id")
    for rid, amount in (("fund-iq-basra-low", 2_000_000), ("fund-iq-basra-high", 3_000_000)):
        got = funding.loc[rid, ["amount", "currency", "qualifier", "amount_as_written", "amount_basis", "purpose"]].tolist()
        assert got == [amount, "GBP", "about", "about £2–3 million", "shared_from_range", "train river police in Basra"]


TABLE_SOURCE = "005-basra-harbour-grants"
TABLE = ("Britain funds harbour police in Basra\n\nPublished 3 December 2024\n\n"
         "Britain has paid for patrol boats for the river police in Basra, the embassy said, in the grants below.\n\n"
         "Port           Boats    Value (£)\n"
         "Umm Qasr           4      310,000\n"
         "Khor al-Zubair     2       85,500\n\n"
         "The boats will start patrols in the spring.\n")
# the same grants in a table whose caption names their currency and scale, with financial years as column headers
CAPTIONED = ("Britain funds harbour police in Basra\n\nPublished 3 December 2024\n\n"
             "Britain has paid for patrol boats for the river police in Basra, the embassy said, in the grants below.\n\n"
             "Table 1: Grants to harbour police in Basra (£ million)\n"
             "Port               2024-25   2025-26\n"
             "Umm Qasr               0.3       0.4\n"
             "Khor al-Zubair         0.1       0.2\n\n"
             "The boats will start patrols in the spring.\n")


@pytest.mark.slow
@pytest.mark.parametrize("body, words, amount, summary", [
    (TABLE, "310,000", 310_000, "the build reads its currency from the column header"),
    (CAPTIONED, "0.3", 300_000, "or its currency and scale from the table's caption"),
], ids=["column-header", "capscale-caption"])
def test_a_drafted_sum_in_a_table_column_builds_with_the_currency_of_its_header(project, body, words, amount, summary):
    """A bare "310,000" under the column header "Value (£)", or a bare "0.3" in a table captioned "(£ million)" (articles
    of our own): the draft proposes it as GBP read from the table's heading and says so, and the build gives the row GBP,
    scaled by the caption, with amount_basis currency_from_table_heading."""
    data = body.encode()
    seed = project.root / "seeds" / f"005_{hashlib.sha256(data).hexdigest()[:16]}.txt"
    seed.write_bytes(data)
    assert _quiet([str(seed), "--draft", TABLE_SOURCE, "--write"]) == 0
    annotation = project.articles_yaml("005")
    assert summary in annotation.read_text(encoding="utf-8")
    sources = project.root / "annotations/sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace("'TODO: who published it'", "Test Publisher").replace(
        "'TODO: https://... (where it was published)'", "https://example.org/basra-harbour").replace(
        "'TODO: say how the reference date is known'", "the date the publisher's website gives"), encoding="utf-8")
    # the review: the source's entries and the table's first sum kept, with an id and a purpose; every other entry deleted
    doc = yaml.safe_load(annotation.read_text(encoding="utf-8"))
    (entry,) = [e for e in doc["evidence"] if e.get("amount") == words]
    doc["evidence"] = [e for e in doc["evidence"] if e["record"] == TABLE_SOURCE] + [
        {**entry, "record": "fund-iq-umm-qasr-boats", "purpose": entry.get("purpose") or "Umm Qasr"}]
    annotation.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    records = project.load_yaml("annotations/records.yaml")
    records["funding"]["fund-iq-umm-qasr-boats"] = {"donor": "United Kingdom", "donor_code": "GB", "recipient": "Iraq",
                                                   "recipient_code": "IQ", "scope": "bilateral"}
    (project.root / "annotations/records.yaml").write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True),
                                                           encoding="utf-8")
    assert _quiet([str(seed), "--exclusions", TABLE_SOURCE, "--annotation", str(annotation)]) == 0
    block = yaml.safe_load(_quiet.out) or {}  # type: ignore[attr-defined]
    for item in block.get(TABLE_SOURCE, []):  # the caption's table number and scale are left to explain
        if item["reason"].startswith("TODO"):
            assert body is CAPTIONED and item["text"] in ("Table 1: Grants to", "Basra (£ million)"), block
            item["reason"] = "the table's number and the scale of its sums, no sum of their own"
    exclusions = project.load_yaml("annotations/coverage_exclusions.yaml") | block
    (project.root / "annotations/coverage_exclusions.yaml").write_text(
        yaml.safe_dump(exclusions, sort_keys=False, allow_unicode=True), encoding="utf-8")

    build(project.root)
    funding = pd.read_csv(project.root / "data/funding.csv").set_index("funding_id")
    got = funding.loc["fund-iq-umm-qasr-boats", ["amount", "currency", "qualifier", "amount_as_written", "amount_basis"]].tolist()
    assert got[:2] == [amount, "GBP"] and pd.isna(got[2])
    assert got[3:] == [words, "currency_from_table_heading"]
