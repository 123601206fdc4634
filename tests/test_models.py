"""The drafter's two models, the measures clause model (uis_build/drafting/measure_model.py) and the figures veto
(figure_model.py): their committed weights are what training on the gold gives, no blind set is trained on, the drafter
reads a clause or a number as training did, and what they change keeps the drafter's promises."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT
from uis_build.drafting import candidate_records, figure_model, measure_model, measures, statistics
from uis_build.drafting.measure_model import MODEL, weighted_words
from uis_build.parsing.numbers import fold

sys.path.insert(0, str(ROOT / "benchmarks"))
import drafting_eval  # noqa: E402

pytest.importorskip("sklearn", reason="the train dependency group (Python 3.11 and later)")
import train_models  # noqa: E402


@pytest.mark.parametrize("path, train, min_weight", train_models.MODELS, ids=["measures", "figures"])
def test_the_committed_models_are_what_training_on_the_gold_gives(path, train, min_weight):
    assert train_models.same_model(json.loads(path.read_text(encoding="utf-8")), train(), min_weight), \
        "stale: run python benchmarks/train_models.py"


def test_a_model_check_allows_another_cpus_last_bits_and_no_more():
    committed = {"intercept": -1.5338, "weights": {"A:in": 0.5, "B:page": -2.1, "b1:near": 0.1004}, "trained_on": ["a"]}
    assert train_models.same_model(committed, {**committed, "intercept": -1.5337, "weights": {"A:in": 0.5003,
                                    "B:page": -2.1}}, min_weight=0.1)  # a weight at the cut dropped on one side
    assert not train_models.same_model(committed, {**committed, "intercept": -1.52}, min_weight=0.1)
    assert not train_models.same_model(committed, {**committed, "weights": {**committed["weights"], "A:in": 0.52}}, 0.1)
    assert not train_models.same_model(committed, {**committed, "weights": {"A:in": 0.5, "b1:near": 0.1004}}, 0.1)
    assert not train_models.same_model(committed, {**committed, "trained_on": ["a", "b"]}, 0.1)


@pytest.mark.parametrize("path", [MODEL, figure_model.MODEL], ids=["measures", "figures"])
def test_no_blind_set_is_trained_on_and_every_other_set_is(path):
    trained = json.loads(path.read_text(encoding="utf-8"))["trained_on"]
    assert not [n for n in trained if n.split("_", 1)[0] in drafting_eval.BLIND]
    assert trained == train_models.training_names() and len(trained) >= 40


def test_the_drafter_reads_a_clauses_weighted_words_as_training_did():
    analyse = train_models.vectorizer().build_analyzer()
    weights = json.loads(MODEL.read_text(encoding="utf-8"))["weights"].keys()
    clauses, _ = train_models.examples(drafting_eval.names("dev"))
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


def test_the_figures_veto_drops_exactly_the_numbers_it_scores_below_its_line(monkeypatch):
    """With the veto, the figures proposed are those proposed without it less the numbers whose logit is under VETO."""
    dropped_any = False
    own = ["Lesson 6 covers forged passports, and 30 officers took it.", "Slide 9 showed the routes. Exhibit 23 was a phone."]
    for text in own + [_article(n) for n in drafting_eval.names("dev")[:40]]:
        name = text[:30]
        with_veto = {tuple(c["spans"]["value"]) for c in candidate_records(text) if c["table"] == "statistics"}
        dropped = set()

        def vetoed(text, sentence, start, end, dropped=dropped):
            if figure_model.vetoed(text, sentence, start, end):
                dropped.add((start, end))
            return False

        with monkeypatch.context() as patched:
            patched.setattr(statistics, "vetoed", vetoed)
            without = {tuple(c["spans"]["value"]) for c in candidate_records(text) if c["table"] == "statistics"}
        dropped_any |= bool(dropped)
        # a figure's value span may start at its qualifier ("more than 200"), the veto reads the number
        assert with_veto == {(s, e) for s, e in without if not any(s <= n and e == m for n, m in dropped)}, name
    assert dropped_any, "the veto drops some number of the development set"


def test_the_figures_veto_is_never_asked_of_a_number_whose_unit_is_named(monkeypatch):
    """Vetoing every number it is asked of leaves exactly the figures with a unit (percentages, ratios, counted nouns) or
    in another script's digits."""
    monkeypatch.setattr(figure_model, "VETO", float("inf"))
    texts = ["Police arrested 12 people and 40% were released; Officers seized 50 boats.",
             "The death toll, now 31 and rising, was confirmed. Arrivals tripled. Recommendation 4: act now."]
    for text in texts + [_article(n) for n in drafting_eval.names("dev")[:20]]:
        figures = [c for c in candidate_records(text) if c["table"] == "statistics"]
        unasked = [c for c in figures if not c["unit"] and text[c["spans"]["value"][1] - 1].isascii()]
        assert not unasked, [c["quote"] for c in unasked]
    assert [c["value"] for c in candidate_records(texts[0]) if c["table"] == "statistics"] == [12, 40, 50]


@pytest.mark.parametrize("text, number, figure", [
    ("Recommendation 4: Extend the team's mandate to hawala brokers.", "4", False),
    ("Slide 9 showed the routes the gangs use.", "9", False),
    ("Exhibit 23 was a phone seized from the driver.", "23", False),
    # a number's shape and the marks around it: a log line's time, a note's mark in brackets
    ("14.35 Boat seen leaving the beach near Gravelines.", "14.35", False),
    ("As the inspectors noted [4], crossings rose again in May.", "4", False),
    ("Police arrested 12 people in raids across Erbil on Monday.", "12", True),
    ("Some 340 migrants were returned to Iraq last year.", "340", True),
])
def test_the_figures_veto_reads_furniture_and_keeps_counts(text, number, figure):
    start = text.index(number)
    assert figure_model.vetoed(text, (0, len(text)), start, start + len(number)) is not figure


def _article(name: str) -> str:
    return (drafting_eval.ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


def test_the_figures_veto_is_never_asked_of_a_number_in_another_scripts_digits(monkeypatch):
    """The model has read English words around numbers: a number in Arabic-Indic digits is left to the worded rules."""
    monkeypatch.setattr(figure_model, "VETO", float("inf"))
    text = 'The statement was headed "محكمة جنايات دهوك تصدر أحكاماً بحق ٥ متهمين بجريمة تهريب البشر".'
    start = text.index("٥")
    assert not figure_model.vetoed(text, (0, len(text)), start, start + 1)
    assert figure_model.vetoed("Slide 9 showed the routes.", (0, 26), 6, 7)


def test_the_measure_models_score_is_the_same_in_every_process():
    # a clause's weighted words are a set, whose order follows each process's string hashing: the sum must not (a clause
    # near the line was proposed by one process and not by another, as Dask's workers or a rerun would be)
    clauses = ["The Home Office will fund a new joint investigation team, training for border guards, biometric scanners, a "
               "hotline, liaison officers in Erbil and a communications campaign to warn families about smugglers",
               "Officials said the British embassy would also pay for patrol boats, drones, thermal cameras, a shared "
               "database of fingerprints and reintegration grants for returnees in the Kurdistan Region"]
    code = ("import sys, json; from uis_build.drafting.measure_model import logit; "
            f"print(json.dumps([repr(logit(c)) for c in {clauses!r}]))")
    scores = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(1, 7)}
    assert len(scores) == 1, scores
