"""The measures clause model (uis_build/drafting/measure_model.py): its committed weights are what training on the gold
gives, it reads a clause as training did, no blind set is trained on, and what it proposes keeps the drafter's promises."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import ROOT
from uis_build.drafting import candidate_records, measure_model, measures
from uis_build.drafting.measure_model import MODEL, features

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


def test_the_model_reads_a_clause_as_training_did():
    analyse = train_measure_model.vectorizer().build_analyzer()
    clauses, _ = train_measure_model.examples(drafting_eval.names("dev"))
    clauses += ["İstanbul’s £2,000 grant-funded x-ray: ÉTAT d'urgence", "a b 12abc abc_def naïve"]
    for clause in clauses:
        assert set(analyse(clause)) == features(clause), clause


@pytest.mark.parametrize("name", drafting_eval.names("dev")[:12])
def test_a_clause_the_model_proposes_is_one_no_rule_told(name, monkeypatch):
    seen = []

    def recorded(text, folded, sentences, judged, kind_of, tells_none):
        out = measure_model.model_candidates(text, folded, sentences, judged, kind_of, tells_none)
        seen.append(([j for j in judged if isinstance(j, measures.Candidate)], out))
        return out

    monkeypatch.setattr(measures, "model_candidates", recorded)
    text = (drafting_eval.ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    records = [c for c in candidate_records(text) if c["table"] == "measures"]
    [(found, proposed)] = seen
    assert len(records) == len(found) + len(proposed)
    for cand in proposed:
        start, end = cand.spans["description"]
        assert not any(s < end and start < e for c in found for s, e in [c.spans["description"]])
        words = text[start:end]
        assert words == words.strip() and measure_model.logit(words) > 0 and cand.values["measure_type"]
