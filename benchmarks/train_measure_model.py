#!/usr/bin/env python3
"""Train the measures clause model (uis_build/drafting/measure_model.json) from the gold files under tests/articles.

    python benchmarks/train_measure_model.py            # write the model
    python benchmarks/train_measure_model.py --check    # exit 1 if the committed model is not what training gives

Every article of drafting_eval.py's sets but those held out blind (drafting_eval.BLIND) is cut into clauses as the
drafter cuts them; a clause that overlaps a gold measure's words is a measure. An L1-penalised logistic regression
(scikit-learn's liblinear, seeded) over the words of each clause keeps a few hundred weights, each rounded, so
a retrain on the same gold gives the same bytes. Run it after adding or changing gold measures; a blind set is never
trained on until it is opened.
"""

from __future__ import annotations

import argparse
import json
import sys

import drafting_eval
from uis_build.drafting.draft_files import dateline_end
from uis_build.drafting.measure_model import MODEL, TOKEN, clauses
from uis_build.drafting.text import sentences
from uis_build.parsing.numbers import fold

# by 5-fold cross-validation over articles (100 on 2026-12-04): 0.80 of the measures found with 0.74 of the clauses right at
# a logit of 0 (C = 0.5, 1 and 2: 0.85/0.65, 0.84/0.71, 0.81/0.73); the drafter's threshold (measure_model.THRESHOLD) trades
# a little of that recall for precision
C = 3.0


def training_names() -> list[str]:
    """The articles trained on: every set's but the blind ones'."""
    return sorted(n for which in drafting_eval.SETS if which not in drafting_eval.BLIND for n in drafting_eval.names(which))


def examples(names: list[str]) -> tuple[list[str], list[bool]]:
    """Each article's clauses, and whether each overlaps a gold measure's words."""
    texts, labels = [], []
    for name in names:
        text = (drafting_eval.ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
        gold = [drafting_eval.locate(text, m["text"], m.get("occurrence", 1))
                for m in drafting_eval.gold_of(name).get("measures") or []]
        for start, end in clauses(text, sentences(text, dateline_end(text))):
            texts.append(text[start:end])
            labels.append(any(s < end and start < e for s, e in gold))
    return texts, labels


def vectorizer():
    """scikit-learn's reader of a clause: its words of two letters or more, folded, each once (a word in fewer than two
    clauses is dropped); the drafter reads the weighted ones the same way (tests/test_measure_model.py)."""
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(preprocessor=fold, token_pattern=TOKEN.pattern, min_df=2, binary=True)


def train() -> dict:
    """The model as written to measure_model.json: intercept, weights by word, and the articles trained on."""
    from sklearn.linear_model import LogisticRegression

    names = training_names()
    texts, labels = examples(names)
    words = vectorizer()
    matrix = words.fit_transform(texts)
    fit = LogisticRegression(C=C, l1_ratio=1, solver="liblinear", class_weight="balanced", max_iter=5000,
                             random_state=0).fit(matrix, labels)
    weights = {f: round(float(w), 4) for f, w in zip(words.get_feature_names_out(), fit.coef_[0])}
    return {"intercept": round(float(fit.intercept_[0]), 4),
            "weights": dict(sorted((f, w) for f, w in weights.items() if w)),
            "trained_on": names}


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--check", action="store_true", help="exit 1 if the committed model differs from a fresh training")
    check = args.parse_args(argv).check
    new = json.dumps(train(), indent=1, ensure_ascii=False) + "\n"
    if check:
        same = MODEL.read_text(encoding="utf-8") == new
        print(f"{MODEL.name} is {'up to date' if same else 'stale: run python benchmarks/train_measure_model.py'}")
        return 0 if same else 1
    MODEL.write_text(new, encoding="utf-8")
    print(f"wrote {MODEL.name}: {sum(1 for _ in json.loads(new)['weights'])} weights from {len(json.loads(new)['trained_on'])} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
