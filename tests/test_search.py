"""uis.search(): every record that mentions a text, found case- and accent-insensitively, by place names and
aliases, ranked, with its evidence. Checked against the data (which rows name the place), not a count."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

import uk_iraq_security as uis
from uk_iraq_security.searching import COLUMNS, PART, WORD, fold


def _place_records(code: str) -> set[tuple[str, str]]:
    """Every (table, record id) with the place code in one of its place columns."""
    found = set()
    for table in uis.tables():
        s = uis.schema(table)
        places = [f["name"] for f in s["fields"] if str(f.get("x-code", "")).startswith("iso3166")]
        if not places or len(s["primaryKey"]) != 1 or table not in uis.load("citations")["table"].astype(str).unique():
            continue
        df = uis.load(table)
        key = s["primaryKey"][0]
        found |= {(table, str(r)) for r in df.loc[(df[places] == code).any(axis=1), key]}
    return found


@pytest.mark.parametrize("query", ["Kurdistan", "kurdistan region", "KRI", "KRG", "Iraqi Kurdistan", "KURDISTÁN",
                                   "Iqlīm Kūrdistān", "iqlim kurdistan"])
def test_every_kurdistan_region_record_is_found(query):
    hits = uis.search(query)
    found = set(zip(hits["table"], hits["record_id"]))
    stats = uis.load("statistics")
    kurdistan_figures = {("statistics", s) for s in stats.loc[stats["geography"] == "IQ-KR", "statistic_id"]}
    assert kurdistan_figures and kurdistan_figures <= found, sorted(kurdistan_figures - found)
    assert _place_records("IQ-KR") <= found


def test_hits_carry_their_record_title_field_and_sentence():
    hits = uis.search("trafficking")
    assert list(hits.columns) == COLUMNS and len(hits)
    ev = uis.evidence()
    sentences = ev.groupby(["table", "record_id"])["sentence"].apply(set).to_dict()
    for hit in hits.itertuples():
        assert hit.title and hit.field
        if hit.field == "sentence":
            assert "trafficking" in fold(hit.text)
        else:
            assert hit.field in {f["name"] for f in uis.schema(hit.table)["fields"]}
        if hit.sentence is not None and hit.sentence is not __import__("pandas").NA:
            assert hit.sentence in sentences[(hit.table, hit.record_id)]  # a sentence of the record's own evidence
    assert len(set(zip(hits["table"], hits["record_id"]))) == len(hits)  # one row per record


def test_ranking_whole_words_and_titles_first():
    hits = uis.search("cooper")
    assert list(hits["score"]) == sorted(hits["score"], reverse=True)
    whole = re.compile(r"(?<!\w)cooper(?!\w)")
    for hit in hits.itertuples():
        if hit.score >= WORD:  # a whole-word match somewhere: in the text shown, or in the title
            assert whole.search(fold(hit.text)) or whole.search(fold(hit.title)), hit
        elif hit.score <= PART and not hit.field.endswith("_id"):  # part of a word ("cooperation") ranks below
            assert not whole.search(fold(hit.text)), hit  # (a word in a record id ranks as a part: ids repeat names)
    top = hits.iloc[0]
    assert whole.search(fold(top["title"]))  # the best hit is titled with the name


def test_search_text_is_literal_and_bounded():
    for odd in ("(", ".*", "[a-z]+", "\\"):
        assert list(uis.search(odd).columns) == COLUMNS  # never a regular expression
    assert uis.search("zzzz-no-such-words").empty
    for bad in ("", "   ", "x" * 201):
        with pytest.raises(uis.SearchError) as e:
            uis.search(bad)
        assert isinstance(e.value, ValueError) and isinstance(e.value, uis.UkIraqSecurityError)


def test_search_needs_only_pandas_and_pyarrow():
    code = ("import json, sys, uk_iraq_security as uis\nn = len(uis.search('Kurdistan'))\n"
            "print(json.dumps([n, [m for m in ('frictionless', 'pandera', 'yaml', 'pycountry') if m in sys.modules]]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    n, heavy = json.loads(done.stdout)
    assert n > 0 and heavy == []
