#!/usr/bin/env python3
"""Replay the figures veto (uis_build/drafting/figure_model.py) on the false figures of the opened sets' first drafts.

    python benchmarks/replay_figure_veto.py     # needs the git history and scikit-learn; under a minute

A held-out set's first, blind score was taken with the drafter of a given commit (tests/articles/README.md's tables name
it in brackets). For each such commit, this drafts the sets opened since with that commit's uis_build/ (from `git
archive`; a drafter that had the veto, with it off), keeps the figures it proposed that no gold figure overlaps, then
trains the veto on every article but those sets' and prints, for each threshold, how many of those false figures it
drops and how many of those sets' gold figures (as the drafter asks it: only of a number whose unit no word names).
That is how figure_model.VETO was chosen: a new genre's false figures are the ones a first draft makes.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import drafting_eval
import train_models
from uis_build.drafting import figure_model
from uis_build.drafting.draft_files import dateline_end
from uis_build.drafting.statistics import named_unit
from uis_build.drafting.text import sentence_at, sentences
from uis_build.parsing.numbers import find_quantities

ROOT = Path(__file__).resolve().parent.parent
FIRST_SCORE = re.compile(r"\s*\| `(frozen\d+)_\*` \| `[0-9a-f]{7}` \(`([0-9a-f]{7})`\)")
# run in a process of its own, so that the old drafter's modules are the ones imported
DRAFT_AT = r'''
import json, sys
sys.path.insert(0, OLD)
from uis_build.drafting import candidate_records, statistics
statistics.vetoed = lambda *_: False  # a drafter that had the veto drafts as its rules alone
sys.path.insert(1, BENCHMARKS)
import drafting_eval as d
out = []
for name in NAMES:
    text = (d.ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    gold = d.gold_of(name)
    figures = [d.locate(text, g["text"], g.get("occurrence", 1)) for g in gold.get("figures") or []]
    for c in candidate_records(text, reference=gold.get("reference")):
        start, end = c["spans"]["value"] if c["table"] == "statistics" else (0, 0)
        if end and not any(start < e and s < end for s, e in figures):
            out.append([name, start, end])
print(json.dumps(out))
'''


def first_drafters() -> dict[str, list[str]]:
    """Each drafter commit a set was first scored with, and the sets since opened that it scored."""
    by = defaultdict(list)
    for line in (ROOT / "tests/articles/README.md").read_text(encoding="utf-8").splitlines():
        if (m := FIRST_SCORE.match(line)) and m.group(1) not in drafting_eval.BLIND:
            by[m.group(2)].append(m.group(1))
    return by


def false_figures(commit: str, sets: list[str]) -> list[tuple[str, int, int]]:
    """The figures the drafter of ``commit`` proposed in ``sets`` that no gold figure overlaps."""
    names = [n for s in sets for n in drafting_eval.names(s)]
    with tempfile.TemporaryDirectory() as old:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "uis_build"], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", old], input=archive.stdout, check=True)
        code = DRAFT_AT.replace("OLD", repr(old)).replace("BENCHMARKS", repr(str(ROOT / "benchmarks")))
        run = subprocess.run([sys.executable, "-c", code.replace("NAMES", repr(names))], capture_output=True, text=True,
                             cwd=old, check=True)
    return [tuple(row) for row in json.loads(run.stdout)]


def main() -> int:
    names = train_models.training_names()
    rows, labels = train_models.figure_examples(names)
    owners, vetoable = [], []  # each number's article, and whether the drafter would ask the veto (no unit named)
    for name in names:
        text = (drafting_eval.ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
        for _, end, number, _ in find_quantities(text, vague=True):
            owners.append(name)
            vetoable.append(named_unit(text, number, end) is None)
    thresholds = (-3.0, -2.5, -2.25, -2.0, -1.5, -1.25, -1.0, -0.5)
    gold_lost, caught = defaultdict(int), defaultdict(int)
    gold_total = false_total = 0
    for commit, sets in first_drafters().items():
        held = {n for n in names if n.split("_", 1)[0] in sets}
        train = [i for i, n in enumerate(owners) if n not in held]
        veto = train_models.fit_figures([rows[i] for i in train], [labels[i] for i in train])

        def logit(features, intercept=veto["intercept"], weights=veto["weights"]):
            return intercept + sum(weights.get(f, 0.0) for f in features)

        gold = [logit(rows[i]) if vetoable[i] else 0.0 for i, n in enumerate(owners) if n in held and labels[i]]
        false = []
        for name, start, end in false_figures(commit, sets):
            text = (drafting_eval.ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
            number = next((n for s, e, n, _ in find_quantities(text, vague=True) if (s, e) == (start, end)), None)
            if number is None or named_unit(text, number, end):
                false.append(0.0)  # a ratio, a percentage or a count of a named noun: never vetoed
                continue
            sentence = sentence_at(sentences(text, dateline_end(text)), number)
            false.append(logit(figure_model.features(text, sentence, number, end)))
        print(f"{commit} ({', '.join(sets)}): {len(false)} false figures, {len(gold)} gold figures", flush=True)
        gold_total, false_total = gold_total + len(gold), false_total + len(false)
        for t in thresholds:
            gold_lost[t] += sum(g < t for g in gold)
            caught[t] += sum(f < t for f in false)
    for t in thresholds:
        print(f"veto below {t}: {caught[t]} of {false_total} false figures dropped, {gold_lost[t]} of {gold_total} gold figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
