"""The shared sentence splitter, on the seeds and the test articles, and the sentences in data/citations."""

from __future__ import annotations

import re

import pandas as pd
import pytest
import yaml

from conftest import ROOT
from uis_build.sentences import covering, sentence_spans
from uis_build.textspans import decode_article
from uk_iraq_security.registry import tables_from_schemas
from uk_iraq_security.validation import cross_table_problems

ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "articles").glob("*.txt"))


def _text(path) -> str:
    return decode_article(path.read_bytes(), str(path))


def _sentences(prefix: str, folder: str = "seeds") -> list[str]:
    text = _text(next((ROOT / folder).glob(f"{prefix}*.txt")))
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_sentences_cover_the_text_in_order(path):
    text = _text(path)
    spans = sentence_spans(text)
    assert spans and all(s < e for s, e in spans)
    assert all(e0 <= s1 for (_, e0), (s1, _) in zip(spans, spans[1:]))  # ordered, no overlap
    for s, e in spans:
        assert "\n" not in text[s:e] and text[s:e] == text[s:e].strip()
    # between sentences there is only whitespace and list bullets: no words are lost
    gaps = "".join(text[e0:s1] for (_, e0), (s1, _) in zip([(0, 0), *spans], [*spans, (len(text), 0)]))
    assert re.fullmatch(r"[\s\-•*–]*", gaps), gaps


def test_seed_000_abbreviations_and_quotations():
    sents = _sentences("000")
    assert "As part of these efforts, the UK is launching a new Border Security Command (BSC) with additional funding of £75 million." in sents
    # "Ms." does not end a sentence; a sentence ends inside the closing quotation mark
    assert "Ms. Cooper stated, “These commitments send a clear signal to criminal gangs that we’re determined to work globally to stop them.”" in sents
    assert any(s.startswith("She highlighted that smuggling operations") for s in sents)
    assert any(s.startswith("During her visit, Ms. Cooper met with Iraqi and Kurdish leaders") for s in sents)
    assert "“We need to show evidence that Iraq is taking people back safely,” he said." in sents
    assert not any(s in ("Ms.", "Ms") for s in sents)


def test_seed_001_headlines_and_list_items():
    sents = _sentences("001")
    assert sents[:2] == ["UK and KRG Forge Historic Security Agreement to Combat Smuggling and Strengthen Border Security", "Peregraf"]
    assert "Strengthening Ties and Security" in sents and "Among the notable developments are:" in sents
    # a list item is its own sentence, without its bullet
    assert ("Joint Statement on Border Security: A pioneering agreement to tackle people smuggling and improve border "
            "management, marking the first of its kind between the two nations.") in sents
    assert "Commitment to Human Rights: Both sides reaffirmed their dedication to international human rights standards and humanitarian law." in sents
    assert "Tackling Organized Crime" in sents
    assert not any(s.startswith("- ") for s in sents)


def test_boundaries_are_never_crossed():
    text = _text(next((ROOT / "seeds").glob("003_*.txt")))
    dateline_end = text.index("On Tuesday")
    sents = [text[s:e] for s, e in sentence_spans(text, [0, dateline_end])]
    assert sents[:2] == ["date 2024-11-26 Shafaq News /",
                         'On Tuesday, The Iraqi Ministry of Interior and British Home Office signed two "important" security agreements.']
    # without the boundary the dateline runs into the first sentence
    assert _sentences("003")[0].startswith("date 2024-11-26 Shafaq News / On Tuesday")


def test_related_stories_are_lines_of_their_own():
    sents = _sentences("002")
    i = sents.index("Related Stories:")
    assert sents[i + 1] == "UK gives sovereignty of long-contested Chagos Islands to Mauritius"


@pytest.mark.parametrize("text, expected", [
    ("Talks in the U.K. ended. Then the U.S. agreed.", ["Talks in the U.K. ended.", "Then the U.S. agreed."]),
    ("The U.K. said so. Dr Helen Price of the U.K. agreed.", ["The U.K. said so.", "Dr Helen Price of the U.K. agreed."]),
    ("It was signed on Nov. 26 by Brig. Gen. Smith. He left.", ["It was signed on Nov. 26 by Brig. Gen. Smith.", "He left."]),
    ("He said “It is over.” Then he left.", ["He said “It is over.”", "Then he left."]),
    ("Prices rose 2.5 per cent. Mr. Smith agreed.", ["Prices rose 2.5 per cent.", "Mr. Smith agreed."]),
    ("Heading\n- Item one: a thing\n• Item two\nBody.", ["Heading", "Item one: a thing", "Item two", "Body."]),
])
def test_news_text_rules(text, expected):
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_test_articles():
    deal = _sentences("agency_returns_deal", "tests/articles")
    assert deal[0] == "Britain and Iraq sign returns deal, pledge cash to fight smuggling gangs"
    assert deal[1].startswith("LONDON/BAGHDAD, March 11 (Meridian Wire) - Britain and Iraq signed a Memorandum")
    assert "“Nobody should pay a criminal gang to risk their life in a small boat,” Ashworth told reporters." in deal
    explainer = _sentences("heldout_explainer_returns", "tests/articles")
    assert ("Independent researchers are more cautious: Dr Helen Price of the University of Kent said the figures "
            "were “hard to verify”.") in explainer
    assert "How much has Britain paid?" in explainer
    release = _sentences("press_release_taskforce", "tests/articles")
    assert "Home Secretary Rachel Morland said:" in release and "Published 18 June 2025" in release
    court = _sentences("local_court_smuggler", "tests/articles")
    assert "“There were 62 of us on a boat meant for ten. Children were crying,” she said." in court


def test_covering_runs_of_sentences():
    text = "One here. Two there. Three."
    spans = sentence_spans(text)
    assert covering(spans, 4, 8) == (0, 9)
    assert covering(spans, 4, 13) == (0, 20)        # a quote across two sentences gets both
    assert covering(spans, 9, 12) is None           # starts in the gap between sentences


def _citations() -> pd.DataFrame:
    return pd.read_csv(ROOT / "data" / "citations.csv", keep_default_na=False)


def test_citations_carry_their_sentences():
    cit = _citations()
    texts = {p.name[:3]: _text(p) for p in (ROOT / "seeds").glob("*.txt")}
    sources = yaml.safe_load((ROOT / "annotations" / "sources.yaml").read_text(encoding="utf-8"))
    for row in cit.itertuples():
        text = texts[row.source_id[:3]]
        assert text[row.sentence_start:row.sentence_end] == row.sentence, row.citation_id
        assert row.sentence_start <= row.char_start < row.char_end <= row.sentence_end, row.citation_id
        src = next(s for s in sources if s["source_id"] == row.source_id)
        for region in src.get("non_article", []):
            start = text.index(region["starts_with"])
            end = text.index(region["ends_before"], start) if region.get("ends_before") else len(text)
            in_region = start <= row.char_start and row.char_end <= end
            overlaps = row.sentence_start < end and start < row.sentence_end
            assert not overlaps or (in_region and start <= row.sentence_start and row.sentence_end <= end), row.citation_id
    bsc = cit[cit.record_id == "fund-gb-border-security-command"].iloc[0]
    assert bsc.sentence == ("As part of these efforts, the UK is launching a new Border Security Command (BSC) with "
                            "additional funding of £75 million.")
    assert cit[cit.record_id == "003-shafaq-news"].iloc[0].sentence == "date 2024-11-26 Shafaq News /"


def test_validation_reports_a_sentence_that_does_not_hold_its_quote():
    import uk_iraq_security as uis

    frames = uis.load()
    cit = frames["citations"].copy()
    cit.loc[0, "sentence"] = "Something else entirely."
    cit.loc[1, "sentence_start"] = cit.loc[1, "char_start"] + 1
    registry = tables_from_schemas({t: uis.schema(t) for t in uis.tables()})
    problems = "\n".join(cross_table_problems({**frames, "citations": cit}, ROOT, registry))
    assert f"{cit.loc[0, 'citation_id']}: the quote is not at its offsets inside the sentence" in problems
    assert f"{cit.loc[1, 'citation_id']}: sentence {cit.loc[1, 'sentence_start']}-" in problems


def test_build_refuses_a_sentence_that_crosses_into_a_byline(project):
    """A headline quote may touch the byline below it (sources), but its sentence may not run into it."""
    from test_build import _fails_leaving_data

    path = project.articles_yaml("001")
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["evidence"][0]["quote"] = "Strengthen Border Security\nPeregraf"
    doc["evidence"][0]["title"] = "Strengthen Border Security"
    path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    _fails_leaving_data(project, r"001_f4d3467b4698b683\.yaml", r"record 001-peregraf", r"crosses into the byline")
