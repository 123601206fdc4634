"""The measures clause model (uis_build/drafting/measure_model.py): its committed weights are what training on the gold
gives, the drafter reads a clause's weighted words as training did, no blind set is trained on, and what it proposes keeps
the drafter's promises."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import ROOT
from uis_build.drafting import candidate_records, measure_model, measures
from uis_build.drafting.measure_model import MODEL, weighted_words
from uis_build.parsing.numbers import fold

sys.path.insert(0, str(ROOT / "benchmarks"))
import drafting_eval  # noqa: E402

pytest.importorskip("sklearn", reason="the train dependency group (Python 3.11 and later)")
import train_measure_model  # noqa: E402


def test_the_committed_model_is_what_training_on_the_gold_gives():
    assert json.loads(MODEL.read_text(encoding="utf-8")) == train_measure_model.train(), \
        "stale: run python benchmarks/train_measure_model.py"


def test_no_blind_set_is_trained_on_and_every_other_set_is():
    trained = json.loads(MODEL.read_text(encoding="utf-8"))["trained_on"]
    assert not [n for n in trained if n.split("_", 1)[0] in drafting_eval.BLIND]
    assert trained == train_measure_model.training_names() and len(trained) >= 40


def test_the_drafter_reads_a_clauses_weighted_words_as_training_did():
    analyse = train_measure_model.vectorizer().build_analyzer()
    weights = json.loads(MODEL.read_text(encoding="utf-8"))["weights"].keys()
    clauses, _ = train_measure_model.examples(drafting_eval.names("dev"))
    clauses += ["İstanbul’s £2,000 grant-funded x-ray: ÉTAT d'urgence", "a b 12abc abc_def naïve Also-training"]
    read = 0
    for clause in clauses:
        words = {w for _, w in weighted_words(fold(clause))}
        assert words == set(analyse(clause)) & weights, clause
        read += bool(words)
    assert read > len(clauses) / 2, "most clauses hold a weighted word"


def test_a_clause_the_model_proposes_is_one_no_rule_judged(monkeypatch):
    seen = []

    def recorded(text, folded, sentences, judged, kind_of, tells_none):
        out = measure_model.model_candidates(text, folded, sentences, judged, kind_of, tells_none)
        seen.append((text, judged, out))
        return out

    monkeypatch.setattr(measures, "model_candidates", recorded)
    for name in drafting_eval.names("dev"):
        text = (drafting_eval.ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
        records = {tuple(c["spans"]["description"]) for c in candidate_records(text) if c["table"] == "measures"}
        assert all(tuple(c.spans["description"]) in records for c in seen[-1][2]), name
    proposed = [(text, judged, cand) for text, judged, out in seen for cand in out]
    assert proposed, "the model proposes some clause in the development set"
    for text, judged, cand in proposed:
        start, end = cand.spans["description"]
        assert not any(s < end and start < e for s, e in judged)
        words = text[start:end]
        assert words == words.strip() and measure_model.logit(words) > measure_model.THRESHOLD and cand.values["measure_type"]
