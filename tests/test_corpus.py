"""`python -m uis_build propose` (uis_build/propose.py; scripts/propose.py runs it) over a corpus: many files, a folder or {id, text} records in one process, bad
articles reported and skipped, worker processes, Parquet output; sentence lookup by bisect."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import uis_build.propose as propose_cli
from conftest import ROOT
from uis_build.drafting import candidate_records, read_text
from uis_build.drafting.corpus import Article, draft_all
from uis_build.drafting.text import sentence_at, sentences

SCRIPT = ROOT / "scripts" / "propose.py"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run_main(argv, capsys, stdin: bytes = b"", monkeypatch=None):
    if monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = propose_cli.main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, [json.loads(line) for line in out.out.splitlines()], out.err


def expected(paths) -> list[dict]:
    return [{"id": str(p), **c} for p in paths for c in candidate_records(read_text(p))]


def test_many_files_in_one_call_equal_one_call_each(capsys):
    code, lines, err = run_main(SEEDS, capsys)
    assert code == 0 and err == ""
    assert lines == expected(SEEDS)
    assert {line["id"] for line in lines} == {str(p) for p in SEEDS}


def test_a_folder_gives_its_articles_in_name_order(capsys):
    code, lines, _ = run_main([ROOT / "seeds"], capsys)
    assert code == 0 and lines == expected(SEEDS)


def test_a_malformed_article_among_good_ones_is_reported_and_skipped(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Britain pledged 5m.\r\nIraq agreed.\r\n")
    missing = tmp_path / "missing.txt"
    code, lines, err = run_main([SEEDS[0], bad, missing, SEEDS[1]], capsys)
    assert code == 1, "a skipped article makes the exit status non-zero"
    assert lines == expected([SEEDS[0], SEEDS[1]]), "the good articles on either side are all drafted"
    assert f"{bad}: has a carriage return" in err and f"{missing}: cannot read" in err
    assert "2 of 4 articles failed" in err and "Traceback" not in err


def test_json_lines_records_on_standard_input(capsys, monkeypatch):
    good = "Britain pledged £5m to Iraq. Over 5,000 migrants crossed in 2024.\n"
    records = [{"id": "a", "text": good}, "not json", {"id": "b"}, {"id": "c", "text": "x\r\ny"},
               {"id": 7, "text": good}, {"id": "d", "text": 12}, ["id", "text"]]
    data = "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records).encode() + b"\n"
    code, lines, err = run_main(["-"], capsys, data, monkeypatch)
    assert code == 1
    assert lines == [{"id": i, **c} for i in ("a", "7") for c in candidate_records(good)]
    assert "<stdin> line 2: expected one JSON record" in err
    assert "<stdin> line 3 (id 'b'): expected 'text' to be the article as a string, got missing" in err
    assert "record 'c': has a carriage return" in err
    assert "<stdin> line 6 (id 'd'): expected 'text' to be the article as a string, got int" in err
    assert "<stdin> line 7: expected a record" in err and "5 of 7 articles failed" in err


def test_parquet_records_on_standard_input_and_parquet_output(tmp_path, capsys, monkeypatch):
    texts = [read_text(p) for p in SEEDS[:2]]
    buf = io.BytesIO()
    pq.write_table(pa.table({"id": ["s0", "none", "s1"], "text": [texts[0], None, texts[1]]}), buf)
    out = tmp_path / "candidates.parquet"
    code, lines, err = run_main(["-", "--output", out], capsys, buf.getvalue(), monkeypatch)
    assert code == 1 and lines == [] and "<stdin> row 2 (id 'none')" in err
    table = pq.read_table(out)
    assert not (tmp_path / "candidates.parquet.partial").exists()
    want = [{"id": i, **c} for i, t in (("s0", texts[0]), ("s1", texts[1])) for c in candidate_records(t)]
    got = table.to_pylist()
    assert len(got) == len(want) and table.schema.field("char_start").type == pa.int64()
    for row, cand in zip(got, want):
        assert json.loads(row.pop("spans")) == cand.pop("spans")
        assert {k: row[k] for k in cand} == cand
        assert all(v is None for k, v in row.items() if k not in cand)  # other tables' fields are null


def test_parquet_without_the_columns_names_them(capsys, monkeypatch):
    buf = io.BytesIO()
    pq.write_table(pa.table({"body": ["x"]}), buf)
    code, lines, err = run_main(["-"], capsys, buf.getvalue(), monkeypatch)
    assert code == 1 and "expected Parquet columns 'id' and 'text'; missing ['id', 'text']" in err


def test_worker_processes_keep_the_order_and_the_errors():
    articles = [Article(str(p), path=str(p)) for p in SEEDS] + [Article("x", error="x: broken")] * 3
    articles += [Article(f"t{i}", text=read_text(p)) for i, p in enumerate(SEEDS)]
    serial = list(draft_all(articles))
    assert list(draft_all(articles, jobs=2, batch=2)) == serial
    assert [d.error for d in serial].count("x: broken") == 3


def test_draft_modes_take_exactly_one_article(capsys):
    with pytest.raises(SystemExit) as e:
        propose_cli.main([str(SEEDS[0]), str(SEEDS[1]), "--draft", "005-x"])
    assert e.value.code == 2 and "take one article file" in capsys.readouterr().err


def test_sentence_lookup_by_bisect_equals_a_scan():
    def scan(spans, pos):
        best = spans[0]
        for s, e in spans:
            if s <= pos:
                best = (s, e)
            if s <= pos < e:
                break
        return best

    text = "\n\n".join(read_text(p) for p in SEEDS)
    spans = sentences(text)
    rng = random.Random(11)
    for pos in [0, len(text) - 1, *(s for s, _ in spans), *(e for _, e in spans), *rng.sample(range(len(text)), 300)]:
        assert sentence_at(spans, pos) == scan(spans, pos)


def test_quote_index_finds_what_a_scan_finds():
    """Occurrences of a quote from the word-start index equal a scan of the whole text, overlaps included."""
    from uis_build.drafting.candidates import QuoteIndex
    from uis_build.textspans import occurrences

    text = "\n\n".join(read_text(p) for p in SEEDS * 2) + " aaaa aaaaaaaaaaaa aaaaaaaaa £5m (£5m)"
    index = QuoteIndex(text)
    rng = random.Random(5)
    quotes = [text[a:a + rng.randrange(1, 300)] for a in rng.sample(range(len(text)), 400)]
    quotes += ["aaaa", "aaaaaaaaa aaaa", "aaaa aaaaaaaaaaaa", " £5m (£5m)", "the ", "not in the text at all"]
    for quote in quotes:
        assert index.occurrences(quote) == occurrences(text, quote), quote


def test_script_in_a_subprocess_with_standard_input(tmp_path):
    """One end-to-end run of the wrapper script as a user types it, from outside the checkout (it finds
    uis_build itself): files and records on a real standard input together, exit status 0."""
    records = json.dumps({"id": "r1", "text": read_text(SEEDS[2])}) + "\n"
    done = subprocess.run([sys.executable, str(SCRIPT), str(SEEDS[0]), "-"], input=records, capture_output=True,
                          text=True, encoding="utf-8", cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    ids = [json.loads(line)["id"] for line in done.stdout.splitlines()]
    assert ids[0] == str(SEEDS[0]) and ids[-1] == "r1" and "Traceback" not in done.stderr
