"""Read an article exactly as the build will, and cut it into sentences (the shared splitter) and clauses.

Offsets are Unicode code points of the decoded bytes, end exclusive, so a proposal's offsets are
the ones the build will find. Nothing is normalised: a BOM, invalid UTF-8, CR line endings or an
empty file are refused by the build's own ``decode_article``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

try:  # the parser, to read the characters a pattern can start with
    from re import _constants as _c
    from re import _parser
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

from uk_iraq_security.dataset_paths import MAX_ARTICLE_BYTES as MAX_ARTICLE_BYTES  # the one article cap, re-exported
from uk_iraq_security.errors import BuildError

from ..parsing.numbers import fold, word_alternation
from ..sentences import quick_sentence_spans as sentences  # pySBD is too slow for a corpus
from ..sentences import sentence_at, trim
from ..textspans import decode_article

__all__ = ["BYLINE_START", "OPENS_SENTENCE", "WITHDRAWN", "EndsOnWords", "at_line_starts", "clause_around", "is_heading", "phrase_after", "read_text", "sentence_at", "sentences"]

_CLAUSE_END = re.compile(r"[,;:]\s|\s[—–]\s")
# where a measure's clause ends: a stop, a colon, a dash or a comma (not the comma of "£2,000")
MEASURE_CLAUSE_MARKS = r"[;:!?]|,(?!\d{3})|\.(?=\s|$)|\s[—–]\s"
_NUMBERED = re.compile(r"\s*(?:\d{1,2}|[a-z])[.)]\s")  # a list item's mark: "1. ", "2) ", "a) "
# a briefing's note marks after the full stop still end a sentence: "... by the end of 2026/27.[8]"
_NOTE_MARKS = re.compile(r"(?<=[.!?”\"’])(?:\[\d{1,3}\])+$")
# a press release's end mark after its last sentence ("... on 0800 555 111. ENDS") leaves that line a paragraph
_END_MARK = re.compile(r"(?<=[.!?”\"’]) (?:ENDS|-ends-|-ENDS-|- ENDS -)$")
# where a sentence starts, searched just before a word: the text's or a line's start, or a stop (and a closing mark) and space
OPENS_SENTENCE = re.compile(r"(?:^|\n|[.!?][’”\"']?\s+)$")
# a byline's opening, at a line's start: "By Dilan Omer, Zagros Post", "**By X**" (the names on it are the author's)
BYLINE_START = re.compile(r"[^\S\n]*(?:\*\*|_)?By[^\S\n]+")
# a correction's account of what was wrong: "An earlier version of this article said crossings rose by 16%." What
# follows it in its sentence was withdrawn: no figure, no event
WITHDRAWN = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:earlier|previous|original|first)\s+version(?:\s+of\s+(?:this|the)\s+[a-z]+)?"
                       r"\s+(?:(?:wrongly|incorrectly|mistakenly)\s+)?(?:said|stated|gave|reported|misstated|put|referred\s+to|"
                       r"included|quoted|described|suggested)\b")


def too_long(size: int) -> str:
    return (f"is larger than {MAX_ARTICLE_BYTES:,} bytes ({size:,} or more): not a news article; "
            "split it into its articles")


def read_text(path: str | Path) -> str:
    """The article's text, decoded as the build decodes seeds; raises BuildError naming the file."""
    with open(path, "rb") as f:
        data = f.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise BuildError(str(path), None, too_long(len(data)))
    return decode_article(data, str(path))


@lru_cache(maxsize=64)
def _cuts(text: str, s0: int, e0: int) -> tuple[int, ...]:
    """Clause boundaries of one sentence, computed once per sentence (propose asks per number)."""
    return tuple(sorted({s0, e0, *(m.end() for m in _CLAUSE_END.finditer(text, s0, e0))}))


def clause_around(text: str, sentence: tuple[int, int], start: int, end: int, limit: int = 280) -> tuple[int, int]:
    """The sentence, or for a long one the clauses around ``start:end``, as a quotable span."""
    s0, e0 = sentence
    if e0 - s0 <= limit:
        return s0, e0
    cuts = _cuts(text, s0, e0)
    i = bisect_right(cuts, start) - 1            # last cut <= start
    j = bisect_left(cuts, end)                   # first cut >= end
    lo, hi = cuts[i], cuts[j] if j < len(cuts) else e0
    # a clause alone can be too short to show what is counted: widen to about 80 characters
    while hi - lo < 80 and (lo > s0 or hi < e0):
        if lo > s0:
            i -= 1
            lo = cuts[i]
        if hi < e0 and hi - lo < 80:
            j += 1
            hi = cuts[j]
    lo, hi = trim(text, lo, hi)
    while hi > lo and text[hi - 1] in ",;:—–":
        hi -= 1
    return trim(text, lo, hi)


_LINE_BREAK = re.compile(r"\n")


@lru_cache(maxsize=4)
def _line_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in _LINE_BREAK.finditer(text)))


def at_line_starts(pattern: re.Pattern, text: str):
    """``pattern.finditer(text)`` for a pattern that can match only where a line starts (re.MULTILINE, "^" first): tried
    at the text's start and after each line break only. The engine has no quick scan for a "^" first, and tried it at every
    character (a text has some 15 lines and 1,400 characters)."""
    free = 0  # where the last match ended
    for at in _line_starts(text):
        if at >= free and (m := pattern.match(text, at)):
            yield m
            free = m.end()


class FirstCharScan:
    """``search`` and ``finditer`` of a pattern whose every match opens on a character of ``first`` (a class, "[A-Z]") that
    a look-ahead or a look-behind tests first, so the engine knows no character the match starts with and tries the whole
    pattern at every position of a text (some 180 instructions each, a text has some 1,400). ``scan`` opens on ``first``
    itself and looks back at the pattern from there: the engine skips to the next such character in its quick loop. A found
    position is matched again with ``pattern``: the match object is the pattern's own, as ``search`` returns it (but for
    ``pos``). Every match must hold its first character (no empty match); tests/test_drafting_fast_paths.py checks both."""

    def __init__(self, pattern: re.Pattern, first: str):
        assert not pattern.flags & re.IGNORECASE, "a case-blind class gives the engine no quick loop"
        self.regex, self.pattern, self.flags = pattern, pattern.pattern, pattern.flags  # (pattern and flags as re.Pattern's)
        self.scan = re.compile(rf"{first}(?<=(?={pattern.pattern}){first})", pattern.flags)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(string) if endpos is None else endpos
        hit = self.scan.search(string, pos, end)
        return None if hit is None else self.regex.match(string, hit.start(), end)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        end = len(string) if endpos is None else endpos
        while (hit := self.scan.search(string, pos, end)) is not None:
            m = self.regex.match(string, hit.start(), end)
            yield m
            pos = m.end()


def keywords(words: str) -> re.Pattern:
    """A quick test for any of ``words`` (space-separated, any case) as a whole word, to search in ``fold(text)``
    (same offsets, lowered as re.IGNORECASE compares, and a case-sensitive trie is the faster): one trie-shaped
    pattern, far cheaper over a text than the alternation of full patterns it rules out. The words' first letters are
    looked ahead for first: most word starts fail on that one test. Before a word character ``\\b`` is ``(?<![\\w])``,
    and the engine tests it for less (about a tenth of the three scans' cost)."""
    folded = [fold(w) for w in words.split()]
    assert all(re.match(r"\w", w) for w in folded), r"a word opening on another character needs (?<![\w]), not \b"
    first = re.escape("".join(sorted({w[0] for w in folded})))
    return re.compile(rf"\b(?=[{first}])(?:{word_alternation(folded)})(?![\w])")


class EndsOnWords:
    """A window search whose every match ends on a word and spaces at the window's end ("... have been\\s+$"): ``search``
    asks the pattern only when the window's last word (after its last space, folded as re.IGNORECASE compares) ends with
    one of ``words``. The engine tries such a pattern at every character of the window, one word's test is far cheaper.
    ``words`` must hold the last word of every alternative (an alternative ending on another word must add it)."""

    def __init__(self, pattern: re.Pattern, words: tuple[str, ...]):
        self.regex, self.pattern, self.flags = pattern, pattern.pattern, pattern.flags  # (pattern and flags as re.Pattern's)
        self.words = words
        assert all(words), "an empty word would pass every window"

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if not self.last_word(string[pos:endpos]).endswith(self.words):
            return None
        return self.regex.search(string, pos, len(string) if endpos is None else endpos)

    @staticmethod
    def last_word(window: str) -> str:
        """The word of ``window`` that ``search`` tests, folded ("" when the window ends on no space: every match ends on one)."""
        if not window[-1:].isspace():
            return ""
        last = window.rsplit(None, 1)
        return fold(last[-1]) if last else ""

    def search_ending(self, last_word: str, window: str) -> re.Match | None:
        """``search(window)``, ``last_word`` being ``last_word(window)``: a figure's checks ask some twenty wrappers of one
        window, its last word found once (``words`` holds no empty word, so "" fails them all)."""
        return self.regex.search(window) if last_word.endswith(self.words) else None


class KindScan:
    """The matches of one alternation of ``kinds`` ((kind, pattern) pairs), each kind a named group, at word starts: what
    ``re.compile(r"\\b(?:(?P<kind>pattern)|...)").finditer`` finds, the kind listed first winning at a position.

    Each word start tries only the alternatives that can start with its character, in their order: one alternation
    tried at every word start entered each kind there (the measures' and the events' scans took about half the CPU
    time; tests/test_drafting_fast_paths.py checks the matches are the same). An alternative's own opening ``\\b`` is
    left out, as the word start holds it. Each character's alternation is compiled when first met."""

    def __init__(self, kinds):
        alternatives = []  # (kind, alternative, the characters it can start with, None: any)
        for kind, pattern in kinds:
            for alternative in _top_level_alternatives(without_opening_boundaries(pattern)):
                first, empty = first_characters(_parser.parse(alternative))
                if empty:
                    raise ValueError(f"{kind}: an alternative can match no text: {alternative[:60]!r}")
                alternatives.append((kind, alternative, first))
        self._alternatives = alternatives
        starts = set().union(*(first for _, _, first in alternatives if first is not None))
        any_start = any(first is None for _, _, first in alternatives)
        self.first = None if any_start else "".join(sorted(starts))  # the characters a match can start with
        ahead = "" if any_start else "(?=[" + "".join(re.escape(ch) for ch in sorted(starts)) + "])"
        self._starts = re.compile(r"\b" + ahead)
        self._by_character: dict[str, re.Pattern | None] = {}

    def _at(self, character: str) -> re.Pattern | None:
        groups: dict[str, list[str]] = {}
        for kind, alternative, first in self._alternatives:
            if first is None or character in first:
                groups.setdefault(kind, []).append(alternative)
        found = re.compile("|".join(f"(?P<{kind}>{'|'.join(a)})" for kind, a in groups.items())) if groups else None
        self._by_character[character] = found
        return found

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        """The matches in ``string[pos:endpos]``, left to right, none overlapping (as ``re.Pattern.finditer``)."""
        endpos = len(string) if endpos is None else endpos
        free = pos  # where the last match ended
        by_character = self._by_character
        for start in self._starts.finditer(string, pos, endpos):
            at = start.start()
            if at < free or at == endpos:
                continue  # (inside the last match; or at the end, where no alternative matches: none matches no text)
            character = string[at]
            pattern = by_character[character] if character in by_character else self._at(character)
            if pattern is not None and (m := pattern.match(string, at, endpos)):
                yield m
                free = m.end()

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The first match in ``string[pos:endpos]``, or None."""
        return next(self.finditer(string, pos, endpos), None)


def first_characters(items) -> tuple[set | None, bool]:
    """The characters a parsed pattern (``re._parser.parse``) can start with (None: any, or not known) and whether it can
    match empty."""
    out: set = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width
        if op is _c.LITERAL:
            return out | {chr(av)}, False
        if op is _c.IN and all(o in (_c.LITERAL, _c.RANGE) for o, _ in av):
            return out | {chr(x) for o, a in av for x in ([a] if o is _c.LITERAL else range(a[0], a[1] + 1))}, False
        if op is _c.SUBPATTERN and not av[1] and not av[2]:  # (a group changing a flag, "(?i:...)": not known)
            first, empty = first_characters(av[3])
        elif op is _c.BRANCH:
            firsts = [first_characters(b) for b in av[1]]
            if any(f is None for f, _ in firsts):
                return None, False
            first, empty = set().union(*(f for f, _ in firsts)), any(e for _, e in firsts)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            first, empty = first_characters(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if first is None:
            return None, False
        out |= first
        if not empty:
            return out, False
    return out, True


def starts_ahead(pattern: re.Pattern) -> str:
    """A look-ahead for the characters every match of ``pattern`` opens on ("" when they are not known), to put before it
    after a "\\b": a word start opening on no such character fails on that one test."""
    first, empty = first_characters(_parser.parse(pattern.pattern, pattern.flags))
    return "" if first is None or empty else "(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])"


def _top_level_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at each "|" of its top level (outside every group and class)."""
    out, depth, in_class, i, start = [], 0, False, 0, 0
    while i < len(pattern):
        c, step = pattern[i], 1
        if c == "\\":
            step = 2
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            step += pattern.startswith("^", i + 1)
            step += pattern.startswith("]", i + step)
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        else:
            depth += (c == "(") - (c == ")")
        i += step
    return [*out, pattern[start:]]


def without_opening_boundaries(pattern: str) -> str:
    """``pattern`` without the ``\\b`` that opens it or any alternative of its top level (outside every group and class)."""
    return "|".join(a.removeprefix("\\b") for a in _top_level_alternatives(pattern))


class Intervals:
    """Sorted (start, end) spans answering overlap and containment queries in O(log n)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach, far = [], -1  # reach[i]: the largest end among spans[:i + 1]
        for _, e in self.spans:
            far = max(far, e)
            self.reach.append(far)

    def overlaps(self, start: int, end: int) -> bool:
        """Some span s, e has s < end and start < e."""
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.reach[i] > start

    def contains(self, start: int, end: int) -> bool:
        """Some single span s, e has s <= start and end <= e."""
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] >= end


def phrase_after(text: str, after: int, limit: int, start: re.Pattern, end: re.Pattern,
                 min_len: int) -> tuple[int, int] | None:
    """(start, end) of the phrase that ``start`` introduces right at ``after`` and ``end`` closes
    (a purpose after "to"/"for", a subject after "aimed at"), or None if none or too short."""
    m = start.match(text, after, limit)
    if not m:
        return None
    stop = end.search(text, m.end(), limit)
    stop = stop.start() if stop else limit
    return (m.end(), stop) if stop - m.end() >= min_len else None


def is_heading(text: str, sentence: tuple[int, int]) -> bool:
    """A headline or heading: a short line of its own that does not end like a sentence (and is no list item)."""
    line_start = text.rfind("\n", max(0, sentence[0] - 200), sentence[0]) + 1
    line_end = text.find("\n", sentence[1], sentence[1] + 200)
    line = text[line_start:sentence[1] + 200 if line_end == -1 else line_end].rstrip()
    if line.endswith("]"):
        line = _NOTE_MARKS.sub("", line)
    elif line.endswith(("ENDS", "ends-", "ENDS-", "ENDS -")):
        line = _END_MARK.sub("", line)
    # an item of a bulleted or numbered list ("• Post 20 extra officers", "2. two more liaison officers;") is no heading,
    # full stop or not
    # (a quote closed by a plain apostrophe after its full stop ends a sentence too: "... in Erbil.'", as tabloids print it;
    # a headline's quoted word does not: "Deal 'working'")
    return (bool(line) and len(line) < 200 and "\n" not in line and line[-1] not in ".!?”\"’»:;)"
            and not (line[-1] == "'" and line[-2:-1] in (".", "!", "?"))
            and not line.lstrip().startswith(("• ", "- ", "* ", "– ")) and not _NUMBERED.match(line))


def list_lead_in(text: str, line: int, item: re.Pattern[str], walk: int) -> tuple[int, int] | None:
    """The line above the list items that end at ``line`` (items matching ``item``, blank lines skipped) as (start, end of
    line + 1), looking back at most ``walk`` lines; None at the text's start or past ``walk`` (a list is short, and an item
    must not cost the text's length)."""
    for _ in range(walk):
        if line == 0:
            return None
        prev = text.rfind("\n", 0, line - 1) + 1
        if text[prev:line].strip() and not item.match(text, prev):
            return prev, line
        line = prev
    return None
