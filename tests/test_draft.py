"""The draft annotation file: valid for the build's schema, every span inside its quote, and a
trimmed draft of a new article builds (the README's "add an article" steps, on a copy)."""

from __future__ import annotations

import contextlib
import functools
import io

import jsonschema
import pandas as pd
import pytest

import build_helpers_shared
from conftest import ROOT
from test_propose import ARTICLES, NAMES
from uis_build.curation.annotations import ARTICLE_SCHEMA
from uis_build.curation.fields import fields_of
from uis_build.curation.spans import locate
from uis_build.curation.strict_yaml import load_strict
from uis_build.drafting import propose, read_text
from uis_build.drafting.draft import draft_annotation
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


def test_the_first_amount_of_a_range_says_its_basis_in_the_draft():
    text = "Smugglers charge between 9 and 14 million dinars a person.\n"  # a sentence of our own
    draft = draft_annotation([c.to_json(text) for c in propose(text)], "999-draft-test")
    assert "# funding: 9000000 IQD (shared_from_range: the scale or currency it does not write is the range's other end's" in draft
    assert "# funding: 14000000 IQD (a bare 'dinars': the dinar the article names, IQD if none" in draft
    text = "Radar for the port will cost $5–7 million.\n"
    draft = draft_annotation([c.to_json(text) for c in propose(text)], "999-draft-test")
    assert "# funding: 5000000 USD (shared_from_range" in draft and "# funding: 7000000 USD (shared_from_range" in draft


@pytest.fixture(scope="module")
def additions(tmp_path_factory):
    """The copy with a new article drafted by scripts/propose.py, trimmed, given its records and
    exclusions (and other additions), built once (tests/build_helpers_shared.py: _add_a_drafted_article)."""
    return build_helpers_shared.additions(tmp_path_factory.getbasetemp())


def test_a_trimmed_draft_of_a_new_article_builds(additions):
    """Register a new article, draft it with the script (its main(), in-process), keep a few entries,
    add their records, build."""
    project, draft = additions.project, additions.draft
    assert draft.draft_status == 0 and draft.exclusions_status == 0
    picked = draft.picked
    assert len(picked) == 3 and "period" in picked["stat-gb-channel-crossings-2025-h1"]
    funding = pd.read_csv(project.root / "data/funding.csv")
    row = funding[funding.funding_id == "fund-iq-taskforce"].iloc[0]
    assert (row.amount, row.currency) == (750_000, "GBP")
    assert row.purpose == "a communications campaign countering smugglers’ lies on social media"
    stats = pd.read_csv(project.root / "data/statistics.csv")
    row = stats[stats.statistic_id == "stat-gb-channel-crossings-2025-h1"].iloc[0]
    assert (row.value, row.period_edtf) == (19_982, "2025-01/2025-06")
    cites = pd.read_csv(project.root / "data/citations.csv", keep_default_na=False)
    text = (project.root / draft.seed).read_text(encoding="utf-8")
    new = cites[cites.source_id == build_helpers_shared.NEW_SOURCE]
    assert set(picked) <= set(new.record_id)
    for c in new.itertuples():
        assert text[c.char_start:c.char_end] == c.quote


@pytest.mark.slow
def test_propose_write_drafts_a_new_article_that_builds_after_a_review(project):
    """README's "add an article" with `--draft --write` on a copy: a new article of our own goes into seeds/;
    `propose --draft ID --write` writes its annotation file and a sources.yaml stub; the review only deletes
    entries, gives ids, fills in the stub's TODOs and checks the exclusions' reasons; the new records go into
    records.yaml; the build passes, and no other file of the project was edited."""
    import hashlib

    import yaml

    from uis_build.curation import build
    from uis_build.propose import main

    build(project.root)  # the project as it is (a build regenerates its generated files): what must stay
    data = (ARTICLES / "dev_home_office_returns_release.txt").read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    seed = project.root / "seeds" / f"005_{sha[:16]}.txt"
    seed.write_bytes(data)
    untouched = {p: p.read_bytes() for part in ("schemas", "docs", "annotations/schema") for p in (project.root / part).rglob("*")
                 if p.is_file()}
    assert main([str(seed), "--draft", "005-home-office-returns", "--write"]) == 0
    annotation = project.articles_yaml("005")
    assert main([str(seed), "--draft", "005-home-office-returns", "--write"]) == 1, "never over an existing draft"

    # the review: the stub's TODOs (small edits) ...
    sources = project.root / "annotations/sources.yaml"
    stub = sources.read_text(encoding="utf-8")
    assert stub.count("TODO:") == 2 and "reference_date: published_date" in stub
    sources.write_text(stub.replace("'TODO: who published it'", "Home Office").replace(
        "'TODO: https://... (where it was published)'", "https://www.gov.uk/government/news/iraq-returns"), encoding="utf-8")
    # ... the draft: keep six entries (the rest deleted), each with a real id
    doc = yaml.safe_load(annotation.read_text(encoding="utf-8"))
    keep = {("title", None): "005-home-office-returns", ("published_date", None): "005-home-office-returns",
            ("name", "Rachel Morland"): "off-rachel-morland", ("speaker", "Rachel Morland"): "stm-morland-returns-working",
            ("date", "on Monday"): "evt-morland-visit-baghdad", ("description", "faster returns process last year"): "msr-faster-returns",
            ("amount", "£3 million"): "fund-iq-reintegration"}
    kept, taken = [], set()
    for entry in doc["evidence"]:
        for (field, words), rid in keep.items():
            if field in entry and (words is None or entry[field] == words) and (field, rid) not in taken:
                if field != "date" or entry["description"].startswith("visited"):
                    kept.append({**entry, "record": rid})
                    taken.add((field, rid))
    assert len(kept) == len(keep), [e["record"] for e in kept]
    doc["evidence"] = kept
    annotation.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    # the new records (msr-faster-returns exists: the article's reading joins it, primary stays the first article's)
    records = project.load_yaml("annotations/records.yaml")
    records["officials"]["off-rachel-morland"] = {"organization": "Home Office", "jurisdiction": "GB"}
    records["statements"]["stm-morland-returns-working"] = {
        "kind": "direct", "may_be_translation": False, "speaker_official_id": "off-rachel-morland",
        "translation_basis": "Said by a UK minister and given in English by a UK government release."}
    records["events"]["evt-morland-visit-baghdad"] = {"event_type": "visit", "location": "IQ", "status": "occurred"}
    records["funding"]["fund-iq-reintegration"] = {"donor": "United Kingdom", "donor_code": "GB", "recipient": "Iraq",
                                                   "recipient_code": "IQ", "scope": "bilateral"}
    records["measures"]["msr-faster-returns"] |= {"primary": records["measures"]["msr-faster-returns"].get("primary", "000-arabian-news"),
                                                  "primary_reason": "the first article to report it"}
    (project.root / "annotations/records.yaml").write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True),
                                                           encoding="utf-8")
    # every number the kept quotes leave uncited, with its reason checked
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([str(seed), "--exclusions", "005-home-office-returns", "--annotation", str(annotation)]) == 0
    block = yaml.safe_load(out.getvalue())
    for item in block["005-home-office-returns"]:
        if item["reason"].startswith("TODO"):
            item["reason"] = "a count in the story that is not a figure of the dataset"
    exclusions = project.load_yaml("annotations/coverage_exclusions.yaml") | block
    (project.root / "annotations/coverage_exclusions.yaml").write_text(
        yaml.safe_dump(exclusions, sort_keys=False, allow_unicode=True), encoding="utf-8")

    build(project.root)
    assert {p: p.read_bytes() for p in untouched} == untouched, "no other file of the project was edited"
    cites = pd.read_csv(project.root / "data/citations.csv", keep_default_na=False)
    new = cites[cites.source_id == "005-home-office-returns"]
    assert set(keep.values()) <= set(new.record_id)
    text = data.decode("utf-8")
    assert all(text[c.char_start:c.char_end] == c.quote for c in new.itertuples())
    events = pd.read_csv(project.root / "data/events.csv")
    assert events.set_index("event_id").loc["evt-morland-visit-baghdad", "date_edtf"] == "2025-02-10"
    statements = pd.read_csv(project.root / "data/statements.csv").set_index("statement_id")
    assert statements.loc["stm-morland-returns-working", "text"].endswith("more officers on the ground.")


@pytest.mark.parametrize("top, quote, words, basis", [
    ("By Anna Weber | Brussels | 04/12/2024\n\n", "By Anna Weber | Brussels | 04/12/2024", "04/12/2024",
     "('04/12/2024', a numeric date read day first (4 December 2024)"),
    ("By Anna Weber | Brussels | 12/31/2024\n\n", "By Anna Weber | Brussels | 12/31/2024", "12/31/2024",
     "('12/31/2024', a numeric date read month first (31 December 2024): no real date day first)"),
    ("LONDON, 13 December 2024 — ", "LONDON, 13 December 2024 —", "13 December 2024", "('13 December 2024')"),
])
def test_the_stub_proposes_the_date_a_byline_or_dateline_states_as_the_reference_date(top, quote, words, basis):
    from uis_build.drafting.draft_files import source_stub

    text = top + "Ministers from both countries met on Tuesday to agree new patrols along the border.\n"  # our own
    entry, evidence = source_stub(text, "seeds/999_x.txt", "0" * 64, "999-test", None)
    assert {"record": "999-test", "quote": quote, "published_date": words} in evidence
    assert text.count(quote) == 1 and entry["reference_date"] == "published_date" and basis in entry["reference_date_basis"]
    assert [r["kind"] for r in entry["non_article"]] == [quote.split()[0] == "By" and "byline" or "dateline"]
    # the region ends where the story starts, past the byline's line break (without an end it runs to the text's end)
    assert entry["non_article"][0]["ends_before"] == "Ministers from both countries"
    # a date no real day day first is the outlet's month-first order, which the stub says for the build
    assert entry.get("date_convention") == ("month_first" if "month first" in basis else None)
    assert not any("title" in e for e in evidence), "a byline is no headline"


@pytest.mark.parametrize("top, words", [("LONDON, Dec 13 (Gulf Wire) - ", "Dec 13"), ("SULAIMANI, 2 December — ", "2 December")])
def test_a_dateline_without_its_year_is_marked_but_gives_no_publication_date(top, words):
    """The article does not state the year of "Dec 13": sources.published_date stays null, with or without --reference
    (which resolves the article's relative dates, not its own date); the dateline is still non-article text."""
    from uis_build.drafting.draft_files import source_stub

    text = top + "Ministers from both countries met on Tuesday to agree new patrols along the border.\n"  # our own
    for reference in (None, "2024-12-16"):
        entry, evidence = source_stub(text, "seeds/999_x.txt", "0" * 64, "999-test", reference)
        assert entry["non_article"][0]["starts_with"] == top and entry.get("reference_date") == reference
        assert not evidence and words in entry["non_article"][0]["starts_with"]
    # a --reference on the dateline's day: the stub says the day is the dateline's and the year is --reference's
    day = {"Dec 13": "2024-12-13", "2 December": "2024-12-02"}[words]
    entry, _ = source_stub(text, "seeds/999_x.txt", "0" * 64, "999-test", day)
    assert entry["reference_date_basis"].startswith("TODO check") and repr(words) in entry["reference_date_basis"]


def test_no_drafted_quote_starts_in_the_dateline():
    """The build splits sentences where the dateline ends: a draft quoting from the dateline on is refused."""
    text = "LONDON, Dec 13, 2024 (Gulf Wire) - Britain will give £3 million to train river police in Basra.\n"  # our own
    (cand,) = [c.to_json(text) for c in propose(text) if c.table == "funding"]
    assert cand["quote"].startswith("Britain will give £3 million")


def test_a_proposal_whose_words_hold_a_line_break_still_drafts_valid_yaml():
    cands = [c.to_json(t) for t in ["Home Secretary Dana Whitlock said so."] for c in propose(t)]
    (official,) = [c for c in cands if c["table"] == "officials"]
    official["role"] = "Lives\nHome Secretary"  # the summary comment above the entry prints the role
    load_strict(draft_annotation(cands, "999-draft-test").encode("utf-8"), "draft")
