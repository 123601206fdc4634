"""A learnt second opinion on measures: a logistic regression over a clause's words, trained on the
measures of the gold files under tests/articles (every set but those still held out blind), proposes the clauses the
worded rules (measures.py) found no measure in. Worded rules fixed on seen articles barely carried over to unseen
ones; the model, a few hundred weighted words, did (tests/articles/README.md gives the scores).

Its weights are data, `measure_model.json`, written by `python benchmarks/train_models.py` (scikit-learn, the
`train` dependency group); proposing needs only this module. A clause it proposes has the kind of the measure noun it
holds ("a new platform": data_system), or "TODO" for the curator to name."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from math import fsum
from pathlib import Path

from ..parsing.numbers import fold
from .candidates import Candidate
from .text import MEASURE_CLAUSE_MARKS, clause_around

MODEL = Path(__file__).with_name("measure_model.json")
# words of two letters or more of the folded text (numbers are an article's own, not a measure's): the trainer's tokens
TOKEN = re.compile(r"\b[^\W\d_]{2,}\b")
_CLAUSE_END = re.compile(MEASURE_CLAUSE_MARKS)
# a clause is proposed when its logit passes this, not 0: by 5-fold cross-validation over articles (2026-12-04), 0.75 of
# the measures found with 0.81 of the proposals right, against 0.81 and 0.74 at 0 (a curator deletes false rows)
THRESHOLD = 1.0
# a verb the model weighs that is also a noun, read after an article as the noun: "the train from Mosul" is a vehicle, no
# training (the model weighs the verb's "train" far above the threshold)
_VERB_NOUNS = frozenset({"train", "trains"})
# the words before a noun (measures.py's training pattern leaves "train" after them alone too); not "that", a relative
# pronoun before the verb: "units that train border staff"
DETERMINERS = ("the", "a", "an", "this", "each", "every")
_ARTICLE_BEFORE = re.compile(rf"\b(?:{'|'.join(DETERMINERS)}) $")


# a run of word characters: a weighted word (a TOKEN, all letters) is one whole run, never part of one
_WORD = re.compile(r"\w+")
# the word just before a measure noun ("exchange" of "the exchange programme"): with the noun, what names the measure again
_NAMING_WORD = re.compile(r"([^\W\d_]{3,}) $")
# a word that makes the measure named again another one: "a second exchange programme", "six additional dog teams"
_ANOTHER = re.compile(r"\b(?:second|third|another|further|new|separate|other|additional|extra|more) (?:[\w-]+ )?$")
# a clause set after a comma that only ranks what the sentence names ("..., the first national line of its kind", "In Britain,
# the first person convicted of ...") tells no measure of its own: the thing ranked is named, or is no measure
_RANKING = re.compile(r"the (?:first|only|last|largest|biggest) ")
# a relative clause of a person told by age ("Zainab, 22, from Duhok, who was promised a job in Erbil") tells that person's
# story, no measure taken; a body's ("whose security services have been exchanging information") may tell one
_PERSON_RELATIVE = re.compile(r"(?:who|whom) ")
_AGE_BEFORE = re.compile(r", \d{1,2},")
# ... or by the post it holds ("Sara Aziz, who runs the Leeds-based charity ...", "who heads the shop"): a person's job, no
# measure taken (a body's "who run the hotline" names the measure's noun and keeps its kind)
_PERSON_POST = re.compile(r"(?:who|whom) (?:now |also )?(?:runs|ran|heads|headed|leads|led|founded|co-founded|owns|owned|chairs|"
                          r"chaired|directs|directed|manages|managed|works (?:for|at|in|with)|worked (?:for|at|in|with)) ")
# a short adverbial before a comma that refers back ("Alongside the line, ...", "In the meantime, ..."): a preposition and a
# noun told before, no clause; a bare noun ("with cash grants, vocational training ...", "Besides job placements") names a new one
_ADVERBIAL = re.compile(r"(?:alongside|besides|beside|in|at|on|with|after|before|under|for|from|since|during|like) "
                        r"(?:the|this|that|these|those|its|their) (?:[\w'’-]+ ?){0,1}[\w'’-]+$")


@lru_cache(maxsize=1)
def _model() -> tuple[float, dict[str, float]]:
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    return model["intercept"], model["weights"]


def weighted_words(folded: str) -> list[tuple[int, str]]:
    """Where each word the model weighs stands in ``folded`` (fold(text)), and the word: what it reads of a text."""
    # each word looked up in the weights: about 40 % less CPU than one pass of a pattern of every weighted word
    weights = _model()[1]
    return [(m.start(), word) for m in _WORD.finditer(folded) if (word := m.group()) in weights]


def logit(clause: str) -> float:
    """The model's log-odds that ``clause`` tells a measure (above 0: it does)."""
    intercept, weights = _model()
    return intercept + fsum(weights[w] for w in {w for _, w in weighted_words(fold(clause))})


def clauses(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each sentence cut at its clause marks, as (start, end) spans with some text: what the model scores."""
    return [(start, end) for _, start, end in _clauses(text, sentences)]


def _clauses(text: str, sentences: list[tuple[int, int]]):
    for sentence in sentences:
        start = sentence[0]
        for mark in _CLAUSE_END.finditer(text, *sentence):
            if text[start:mark.start()].strip():
                yield sentence, start, mark.start()
            start = mark.end()
        if text[start:sentence[1]].strip():
            yield sentence, start, sentence[1]


def model_candidates(text: str, folded: str, sentences: list[tuple[int, int]], judged: list[tuple[int, int]],
                     kind_of: dict[str, str], tells_none: Callable[[str, tuple[int, int], int], bool]) -> list[Candidate]:
    """The clauses the model scores as measures where the rules judged nothing: ``judged`` holds the (start, end) of every
    measure the rules found and every phrase they matched and left out. ``folded`` is fold(text), ``kind_of`` maps a
    measure noun to its kind, and ``tells_none(text, sentence, pos)`` says a sentence tells no measure taken there."""
    intercept, weights = _model()
    hits = weighted_words(folded)
    starts = [start for start, _ in hits]
    out = []
    for sentence, start, end in _clauses(text, sentences):
        words = {w for at, w in hits[bisect_left(starts, start):bisect_left(starts, end)]
                 if not (w in _VERB_NOUNS and _ARTICLE_BEFORE.search(folded, max(0, at - 7), at))}
        # (fsum: a set's order follows the process's string hashing, and a plain float sum the order; a clause near the line
        # was proposed in one process and not in another)
        if intercept + fsum(weights[w] for w in words) <= THRESHOLD or any(s < end and start < e for s, e in judged):
            continue
        clause = text[start:end]
        desc = (start + len(clause) - len(clause.lstrip()), end - len(clause) + len(clause.rstrip()))
        if tells_none(text, sentence, desc[0]) or tells_none(text, sentence, desc[1]):  # at its start, or over its words
            continue
        heads = [m for m in TOKEN.finditer(folded, start, end) if m.group() in kind_of]
        # with no measure noun to name one, a ranking set after a comma, a person's relative clause or a short adverbial
        # fragment is no measure (above); "the first course, for 45 officers" keeps its noun and stays
        if not heads and ((desc[0] > sentence[0] and _RANKING.match(folded, desc[0]))
                          or (_PERSON_RELATIVE.match(folded, desc[0])
                              and (_AGE_BEFORE.search(folded, max(sentence[0], desc[0] - 60), desc[0])
                                   or _PERSON_POST.match(folded, desc[0])))
                          or _ADVERBIAL.fullmatch(folded, desc[0], desc[1])):
            continue
        # a measure named again by its noun and the word before it ("The exchange programme runs until 2029" after "a new
        # exchange programme" was proposed or judged) is listed once, at its first mention (tests/articles/README.md)
        if heads and (named := _NAMING_WORD.search(folded, max(start, heads[0].start() - 30), heads[0].start())) \
                and named.group(1) not in DETERMINERS \
                and not _ANOTHER.search(folded, max(start, named.start() - 20), named.start()):
            words = f"{named.group(1)} {heads[0].group()}"
            if any(e <= start and words in folded[s:e] for s, e in judged) \
                    or any(c.spans["description"][1] <= start and words in folded[slice(*c.spans["description"])] for c in out):
                continue
        nouns = [m.group() for m in heads]
        cand = Candidate("measures", 0, 0, {"measure_type": kind_of[nouns[0]] if nouns else "TODO"}, {"description": desc})
        cand.start, cand.end = clause_around(text, sentence, *desc)
        out.append(cand)
    return out
