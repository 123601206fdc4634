"""Proposing evidence (uis_build/propose.py: `python -m uis_build propose`) on articles that are not seeds: recall
per table against hand-written answers.

tests/articles/<name>.txt are articles written for these tests (agency copy, a press release,
local news); <name>.expected.yaml lists, from reading the article, every money amount, every
other figure, every named official and who must not be proposed as one.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from types import SimpleNamespace

import pytest
import yaml

from conftest import ROOT
from uis_build.drafting import propose, read_text

sys.path.insert(0, str(ROOT / "benchmarks"))  # drafting_eval: the scorer the benchmark prints
import drafting_eval  # noqa: E402
from uk_iraq_security.registry import load_tables

ARTICLES = ROOT / "tests" / "articles"
NAMES = sorted(p.name.removesuffix(".txt") for p in ARTICLES.glob("*.txt"))
DEV = drafting_eval.names("dev")  # the held-out sets are judged only by their targets (test_the_*_held_out_set_*)


def locate(text: str, words: str, occurrence: int = 1) -> tuple[int, int]:
    """Where the expected words are in the article, as whole words."""
    hits = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text)]
    assert len(hits) >= occurrence, f"{words!r} is not in the article {occurrence} time(s)"
    return hits[occurrence - 1]


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def read_yaml(path):
    """yaml.safe_load with libyaml's parser (safe constructors only): ten times faster than pure Python."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


@functools.cache  # test_recall_on_the_test_articles and the per-article tests score the same articles
def score(name: str) -> dict[str, tuple[int, int]]:
    """(found, expected) per category for one test article."""
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    expected = read_yaml(ARTICLES / f"{name}.expected.yaml")
    cands = [c.to_json(text) for c in propose(text)]
    by_table = {t: [c for c in cands if c["table"] == t] for t in ("statistics", "funding", "officials", "agreements")}
    result = {}

    def found_money(e):
        span = locate(text, e["text"], e.get("occurrence", 1))
        for c in by_table["funding"]:
            for field, amount, currency in (("amount", "amount", "currency"),
                                            ("converted", "converted_amount", "converted_currency")):
                if field in c["spans"] and _overlaps(c["spans"][field], span) \
                        and (c[amount], c[currency]) == (e["amount"], e["currency"]):
                    return field == "converted" or c["qualifier"] == e.get("qualifier")
        return False

    def matching_figure(e):
        span = locate(text, e["text"], e.get("occurrence", 1))
        return next((c for c in by_table["statistics"] if _overlaps(c["spans"]["value"], span)
                     and (c["value"], c["qualifier"]) == (e["value"], e.get("qualifier"))), None)

    def found_official(e, with_role=True):
        roles = e["role"] if isinstance(e["role"], list) else [e["role"]]
        return any(c["name"] == e["name"] and (not with_role or c["role"] in roles) for c in by_table["officials"])

    figures = [(e, matching_figure(e)) for e in expected["figures"]]
    result["money"] = (sum(map(found_money, expected["money"])), len(expected["money"]))
    result["figures"] = (sum(c is not None for _, c in figures), len(figures))
    with_unit = [(e, c) for e, c in figures if c and e.get("unit")]
    result["figure units"] = (sum(c["unit"] == e["unit"] for e, c in with_unit), len(with_unit))
    with_period = [(e, c) for e, c in figures if c and e.get("period")]
    result["figure periods"] = (sum((c["period_text"] or "").lower() == e["period"].lower() for e, c in with_period),
                                len(with_period))
    officials = expected["officials"]
    result["officials (name and role)"] = (sum(found_official(e) for e in officials), len(officials))
    result["officials (name)"] = (sum(found_official(e, False) for e in officials), len(officials))
    result["agreements (titled)"] = (sum(any(c["title"] == e["title"] and c["instrument_type"] == e["instrument_type"]
                                             for c in by_table["agreements"]) for e in expected["agreements"]),
                                     len(expected["agreements"]))
    proposed_names = {c["name"] for c in by_table["officials"]}
    result["wrongly proposed as officials"] = (len(proposed_names & set(expected["not_officials"])), 0)
    return result


def totals() -> dict[str, tuple[int, int]]:
    """Recall per category over the development articles (for the report: `python -c` with PYTHONPATH=src:tests)."""
    total: dict[str, list[int]] = {}
    for name in DEV:
        for cat, (found, n) in score(name).items():
            acc = total.setdefault(cat, [0, 0])
            acc[0] += found
            acc[1] += n
    return {k: tuple(v) for k, v in total.items()}


def test_there_are_enough_test_articles_in_several_styles():
    styles = {read_yaml(ARTICLES / f"{n}.expected.yaml")["style"] for n in NAMES}
    assert len(NAMES) >= 3 and len(styles) >= 3
    frozen = [n for n in NAMES if n.startswith("frozen_")]
    full = [n for n in NAMES if "events" in read_yaml(ARTICLES / f"{n}.expected.yaml")]
    assert len(frozen) >= 4 and len(full) >= 10, "a frozen held-out set, and articles with gold for every table"


def test_recall_on_the_test_articles():
    t = totals()
    assert t["money"][0] >= 0.95 * t["money"][1], f"every amount with its ISO currency: {t['money']}"
    assert t["figures"][0] >= 0.9 * t["figures"][1], f"other figures: {t['figures']}"
    assert t["officials (name and role)"][0] >= 0.8 * t["officials (name and role)"][1], t["officials (name and role)"]
    assert t["wrongly proposed as officials"][0] == 0


@pytest.fixture(scope="module")
def evaluation():
    """benchmarks/drafting_eval.py's scores: per set, per table (recall hits, gold, right proposals, proposals)."""
    return {which: drafting_eval.evaluate(which) for which in ("dev", *OPENED)}  # a blind set's score is never asserted


TARGETS = (("money", 0.9), ("figures", 0.9), ("officials", 0.9), ("statements", 0.9), ("events", 0.8), ("measures", 0.7))


def _meets_the_targets(s, waived: tuple[str, ...] = ()) -> None:
    """Issue 20's targets: recall of money, figures, officials and statements >= 0.9, events (type, date and
    planned/occurred all right) >= 0.8, measures >= 0.7; no false figure, no non-official proposed as an
    official, every quote and field span its slice of the text. ``waived`` names the targets not met yet."""
    for table, target in TARGETS:
        hit, n = s.counts[table][:2]
        assert n and (hit >= target * n or table in waived), f"{table}: {hit} of {n}"
    assert s.false_figures == [] or "false figures" in waived, s.false_figures
    assert s.non_officials == [] or "non-officials" in waived, s.non_officials
    assert s.bad_spans == [], s.bad_spans


def test_the_development_set_meets_the_targets(evaluation):
    _meets_the_targets(evaluation["dev"])


# A held-out set's score is a measurement, not a rule: `python benchmarks/drafting_eval.py` prints it. A set that has
# been opened and tuned on (tests/articles/README.md) is a development set in effect, and must keep its targets.
OPENED = tuple(which for which in drafting_eval.SETS if which not in ("dev", *drafting_eval.BLIND))


# Opened sets that miss a target still, with why (tests/articles/README.md, the thirtieth to thirty-second sessions'
# sets). Every other target of theirs is asserted, and each waived one must still be missed: a set that comes to meet it
# fails here until it is taken off this list.
NOT_YET_MET = {
    "frozen673": ("non-officials",),  # the director of a charity's partner centre, public or private untold
    "frozen682": ("statements",),  # 26 of 29: a volunteer's quoted text messages given to the wrong person
    "frozen691": ("statements",),  # 14 of 16: two short quotations with no speaker ("within seconds", "smash the gangs")
    "frozen696": ("events",),  # 20 of 26: an action day's arrests place by place, a gold question
    "frozen702": ("false figures",),  # a returnee's own two employees, a gold question
    "frozen704": ("non-officials",),  # a port's spokesperson, its port not told to be a company: a gold question
    "frozen701": ("money", "figures"),  # 8 of 9: kroner told bare in a story naming three krone countries; 24 of 27:
    # three back-references to "the two younger men"
    "frozen745": ("events",),  # 17 of 23: an inquest's ruling and conclusion, a signing, two publications, a meeting
    "frozen729": ("false figures",),  # a one-person hypothetical in a quotation ("A grant to one person cannot do that")
    "frozen759": ("false figures",),  # a quoted "hundreds of people" a week: a gold question (frozen18 lists one)
    "frozen748": ("events",),  # 18 of 23: meetings named as a dialogue's rounds, a joint statement signed, a delegation received
    "frozen751": ("events",),  # 19 of 24: a publication of a count and one due, a previous conviction, a meeting in a visit
    "frozen770": ("events", "false figures"),  # 17 of 23: a detention and a retrial, "since he was elected", "the next
    # morning"; a judge's quoted "dozens of people": a gold question (the golds split on vague counts in quotations)
    "frozen778": ("false figures",),  # a speaker's "dozens of hand car washes in this city", an aside
    "frozen780": ("false figures",),  # the "14 secondary schools" a youth centre's sessions reached
    "frozen786": ("false figures",),  # a witness's quoted "Two people died on the fourth day", a scene told by a state
    "frozen788": ("events",),  # 17 of 22: a confiscation order found and made, arrests told in an operation, a visit's tour
}


def _misses(s, target: str) -> bool:
    if target == "false figures":
        return bool(s.false_figures)
    if target == "non-officials":
        return bool(s.non_officials)
    hit, n = s.counts[target][:2]
    return hit < dict(TARGETS)[target] * n


@pytest.mark.parametrize("which", OPENED)
def test_an_opened_held_out_set_keeps_meeting_the_targets(evaluation, which):
    waived = NOT_YET_MET.get(which, ())
    _meets_the_targets(evaluation[which], waived)
    for target in waived:
        assert _misses(evaluation[which], target), f"{which} now meets {target}: take it off NOT_YET_MET"


@pytest.mark.parametrize("name", DEV)
def test_no_smuggler_suspect_or_victim_is_proposed_as_an_official(name):
    assert score(name)["wrongly proposed as officials"][0] == 0


@pytest.mark.parametrize("path", [*(ARTICLES / f"{n}.txt" for n in NAMES), *sorted((ROOT / "seeds").glob("*.txt"))],
                         ids=lambda p: p.name)
def test_every_quote_and_field_span_is_its_slice(path):
    text = read_text(path)
    cands = [c.to_json(text) for c in propose(text)]
    assert cands == [c.to_json(text) for c in propose(text)], "output is deterministic"
    assert [c["char_start"] for c in cands] == sorted(c["char_start"] for c in cands)
    for c in cands:
        assert c["quote"] == text[c["char_start"]:c["char_end"]]
        for field, (start, end) in c["spans"].items():
            assert c["char_start"] <= start < end <= c["char_end"], (field, c)
            assert c[f"{field}_text"] == text[start:end]


REGISTRY = load_tables(ROOT)


def test_seeds_loosely_against_their_annotations():
    """Not the target (the seeds' annotations are their own), but a proposer that misses these is broken."""
    money = figures = officials = 0
    n_money = n_figures = n_officials = 0
    for ann_path in sorted((ROOT / "annotations" / "articles").glob("*.yaml")):
        ann = read_yaml(ann_path)
        text = read_text(ROOT / "seeds" / f"{ann_path.stem}.txt")
        cands = [c.to_json(text) for c in propose(text)]
        texts = {(c["table"], c[f"{f}_text"]) for c in cands
                 for f in ("value", "amount", "converted", "name") if c.get(f"{f}_text")}
        for ev in ann["evidence"]:
            for field, table in (("value", "statistics"), ("amount", "funding"), ("converted", "funding"),
                                 ("name", "officials")):
                if isinstance(ev.get(field), str) and ev["record"].startswith(f"{REGISTRY[table].id_prefix}-"):
                    hit = (table, ev[field]) in texts
                    if table == "funding":
                        money, n_money = money + hit, n_money + 1
                    elif table == "statistics":
                        figures, n_figures = figures + hit, n_figures + 1
                    else:
                        officials, n_officials = officials + hit, n_officials + 1
    assert money == n_money and figures >= 0.8 * n_figures and officials >= 0.8 * n_officials


# -- the command: python -m uis_build propose (scripts/propose.py runs it: tests/test_corpus.py) -------

@pytest.fixture
def run_main(capsys):
    """`python -m uis_build propose ARGS` in this process: uis_build.__main__.main(["propose", *args])."""
    from uis_build.__main__ import main

    def call(*args):
        code = main(["propose", *(str(a) for a in args)])
        out = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out.out, stderr=out.err)

    return call


@pytest.mark.parametrize("data, message", [
    (b"\xef\xbb\xbfBritain pledged \xc2\xa35m.\n", "byte-order mark"),
    (b"Britain pledged \xa35m.\n", "not valid UTF-8"),
    (b"Britain pledged 5m.\r\nIraq agreed.\r\n", "carriage return"),
    (b"", "empty"),
    (b"  \n\n", "empty"),
])
def test_script_refuses_articles_whose_offsets_would_shift(tmp_path, data, message, run_main):
    article = tmp_path / "bad.txt"
    article.write_bytes(data)
    out = run_main(article)
    assert out.returncode == 1 and out.stdout == ""
    assert message in out.stderr and str(article) in out.stderr and "Traceback" not in out.stderr


def test_script_missing_file(tmp_path, run_main):
    out = run_main(tmp_path / "nope.txt")
    assert out.returncode == 1 and "nope.txt" in out.stderr and "Traceback" not in out.stderr


def test_script_exclusions_name_a_bad_annotation_file(tmp_path, run_main):
    bad = tmp_path / "bad.yaml"
    bad.write_text("source_id: x\nevidence:\n  - record: stat-x\n    quote: not in the article\n", encoding="utf-8")
    out = run_main(ARTICLES / "agency_returns_deal.txt", "--exclusions", "005-x", "--annotation", bad)
    assert out.returncode == 1 and "bad.yaml" in out.stderr and "is not in the text" in out.stderr
    assert "Traceback" not in out.stderr


def test_script_prints_json_lines(run_main):
    out = run_main(ARTICLES / "agency_returns_deal.txt")
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    text = (ARTICLES / "agency_returns_deal.txt").read_text(encoding="utf-8")
    assert lines and all(c["quote"] == text[c["char_start"]:c["char_end"]] for c in lines)
    billions = next(c for c in lines if c.get("amount_text") == "£12.3 billion")
    assert (billions["amount"], billions["currency"]) == (12_300_000_000, "GBP")


def test_a_gold_value_written_to_some_decimals_matches_the_value_rounded_to_as_many():
    assert drafting_eval.same_value(2 / 3, 0.667) and drafting_eval.same_value(1000, 1000)
    assert not drafting_eval.same_value(0.66, 0.667) and not drafting_eval.same_value(1001, 1000)
    assert not drafting_eval.same_value(0.5, 0.667) and not drafting_eval.same_value(2 / 3, 0.6)  # 0.7 is not 0.6


def test_a_gold_qualifier_written_none_is_the_drafters_null():
    # the gold format lists "none" among the qualifiers (tests/articles/README.md); the drafter writes null
    assert drafting_eval._qualifier({"qualifier": "none"}) is None and drafting_eval._qualifier({}) is None
    assert drafting_eval._qualifier({"qualifier": "about"}) == "about"
