"""`propose ARTICLE --draft SOURCE_ID --write`: put the draft where the build reads it.

The article must already be a seed (``<checkout>/seeds/NNN_<sha256[:16]>.txt``). Written: the draft
annotation file ``annotations/articles/<seed name>.yaml`` (never over an existing file), and a stub of
the article's entry appended to ``annotations/sources.yaml`` (unless the source or the seed is registered
already): its sha256, the headline cited as its title, the date the article states as its reference
date, its dateline or byline as non-article text, and ``TODO`` for what only a curator can say
(publisher and URL), so that the build refuses it until they are filled in.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from uk_iraq_security.errors import BuildError

from ..parsing import ParseError
from ..parsing.periods import DAY_FIRST, MONTH_ABBREVIATIONS, MONTH_FIRST, MONTHS, parse_date
from .text import at_line_starts

# a month's name or its abbreviation ("Dec", "Sept."), capitalised, from the periods parser's tables
_MONTH_WORD = rf"(?:{'|'.join(m.capitalize() for m in MONTHS)}|(?:{'|'.join(sorted(a.capitalize() for a in MONTH_ABBREVIATIONS))})\.?)"
# a day with its year: "4 December 2024", "Dec 13, 2024", "04/12/2024" (numeric: day first unless told), "2024-11-26"
_DATE = rf"\d{{1,2}} {_MONTH_WORD},? \d{{4}}|{_MONTH_WORD} \d{{1,2}},? \d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
_DATE_IN = re.compile(rf"(?<![\w/.-])(?P<d>{_DATE})(?![\w/-]|\.\d)")
# a day without its year ("LONDON, Dec 13 - "): no publication date (the article does not state the year), but a dateline
_DAY = rf"\d{{1,2}} {_MONTH_WORD}|{_MONTH_WORD} \d{{1,2}}"
# "Published 4 December 2024", "date 2024-11-26"
_PUBLISHED = re.compile(rf"^(?:Published|Updated|Date|date|Posted)[: ]+(?P<d>{_DATE})\s*$", re.MULTILINE)
# "By Anna Weber | Brussels | 04/12/2024"
_BYLINE = re.compile(r"^By [^\n|]{2,60}(?:\|[^\n]{1,60})*$", re.MULTILINE)
# "LONDON, Dec 13 (Continental Press) - ", "SULAIMANI, Dec 2 — ", "SULAIMANI, 2 December — ", "ERBIL, Iraq (Gulf Wire) — ", "LONDON, 13 December 2024 — "
_DATELINE = re.compile(rf"^[A-Z][A-Z/ .’'-]{{2,40}}(?:, (?:{_DATE}|{_DAY}|[A-Z][\w.]*(?: \d{{1,2}})?))?(?: \([^)\n]{{1,40}}\))? ?[—–-] ",
                       re.MULTILINE)


def _headline(text: str) -> str | None:
    """The first line of at least four words that does not end like a sentence ("Press release" is a label), nor is
    a byline or a "Published" line."""
    for line in text[:2000].split("\n")[:8]:
        line = line.strip()
        if _BYLINE.fullmatch(line) or _PUBLISHED.fullmatch(line):
            continue
        if len(line.split()) >= 4 and line[-1] not in ".!?:" and len(line) < 200:
            return line
    return None


def _after(text: str, end: int) -> str:
    """The few words after ``end`` (past a line break: a byline is a line of its own), the anchor a non-article region
    ends before; without one the region would run to the end of the text."""
    m = re.match(r"\s*(\S+(?: \S+){0,3})", text[end:end + 80])
    return m.group(1) if m else ""


def dateline_end(text: str) -> list[int]:
    """Where the dateline the stub marks as non-article text ends ("LONDON, Dec 13 (Gulf Wire) - "): the story's
    first sentence starts there, as the build reads it, so no drafted quote starts inside the dateline."""
    m = next(at_line_starts(_DATELINE, text), None)
    return [m.end()] if m else []


def source_stub(text: str, seed_file: str, sha256: str, source_id: str, reference: str | None) -> tuple[dict, list[dict]]:
    """(the sources.yaml entry, the evidence entries citing its title and published date)."""
    entry: dict = {"source_id": source_id, "seed_file": seed_file, "sha256": sha256,
                   "publisher": "TODO: who published it", "url": "TODO: https://... (where it was published)",
                   "language": "en"}
    evidence = []
    if headline := _headline(text):
        entry["title_basis"] = "headline"
        evidence.append({"record": source_id, "quote": headline, "title": headline})
    regions, dated = [], [(m.group(0).strip(), m.group("d")) for m in _PUBLISHED.finditer(text)]
    for pattern, kind, reason in ((_BYLINE, "byline", "author, place and date above the article"),
                                  (_DATELINE, "dateline", "dateline: where and when the story was filed")):
        for m in pattern.finditer(text):
            region = {"starts_with": m.group(0), "kind": kind, "reason": reason}
            if after := _after(text, m.end()):
                region["ends_before"] = after
            regions.append(region)
            dated += [(m.group(0).strip(), d.group("d")) for d in _DATE_IN.finditer(m.group(0))]
            break
    published = None
    for quote, words in dated:  # a "Published" line first, then the byline's date, then the dateline's
        if (read := _read_date(words)) is None:
            continue
        published = (words, *read)
        evidence.append({"record": source_id, "quote": quote, "published_date": words})
        break
    if published and published[2] == MONTH_FIRST:  # the build reads it with the source's convention
        entry["date_convention"] = MONTH_FIRST
    if reference:
        entry |= {"reference_date": reference, "reference_date_basis": _reference_basis(text, reference, published),
                  "reference_date_certainty": "stated"}
    elif published:
        words, day, order = published
        numeric = "" if not re.match(r"\d{1,2}[/.-]", words) else (
            f", a numeric date read month first ({day.day} {day:%B %Y}): no real date day first" if order == MONTH_FIRST else
            f", a numeric date read day first ({day.day} {day:%B %Y}): if the publisher writes month first, say "
            "date_convention: month_first")
        entry |= {"reference_date": "published_date",
                  "reference_date_basis": f"the publication date the article states ({words!r}{numeric})",
                  "reference_date_certainty": "stated"}
    if regions:
        entry["non_article"] = regions
    return entry, evidence


def _reference_basis(text: str, reference: str, published) -> str:
    """Why ``reference`` (propose's --reference) is the article's date, where the article shows it: its stated
    publication date, or a dateline's day that has no year ("LONDON, Dec 13 - "), whose year only --reference gives."""
    if published and published[1].isoformat() == reference:
        return f"the publication date the article states ({published[0]!r})"
    dateline = next(at_line_starts(_DATELINE, text), None)
    for m in re.finditer(_DAY, dateline.group(0) if dateline else ""):
        try:
            day = parse_date(m.group(0), reference=reference)[0]
        except ParseError:
            continue
        if day.isoformat() == reference:
            return (f"TODO check, then delete these words: the dateline's day ({m.group(0)!r}); its year, which the "
                    "dateline does not state, is the one given to propose --reference")
    return "TODO: say how the reference date is known"


def _read_date(words: str):
    """(day, order) of a stated date; a numeric one that is no real date day first ("12/31/2024") is read month
    first, as the outlet must write it; None when it is no date either way."""
    for order in (DAY_FIRST, MONTH_FIRST):
        try:
            return parse_date(words, order=order)[0], order
        except ParseError:
            continue
    return None


def write_draft(article: str | Path, source_id: str, reference: str | None, draft: str) -> list[Path]:
    """Write ``draft`` (draft_annotation's YAML) as the seed's annotation file and append its sources stub;
    returns the files written. Raises BuildError naming the file for anything it will not do."""
    seed = Path(article).resolve()
    root = seed.parent.parent
    if seed.parent.name != "seeds" or not (root / "annotations" / "sources.yaml").is_file():
        raise BuildError(str(article), None, "--write needs the article saved in a checkout's seeds/ folder "
                                             "(seeds/NNN_<first 16 hex digits of its sha256>.txt)")
    data = seed.read_bytes()
    text = data.decode("utf-8")
    import yaml  # here, not at the top: drafting imports this module's dateline_end, and propose stays light

    target = root / "annotations" / "articles" / f"{seed.stem}.yaml"
    sources_path = root / "annotations" / "sources.yaml"
    sources = yaml.safe_load(sources_path.read_text(encoding="utf-8")) or []
    seed_file = f"seeds/{seed.name}"
    registered = any(s.get("source_id") == source_id or s.get("seed_file") == seed_file for s in sources if isinstance(s, dict))
    entry, evidence = source_stub(text, seed_file, hashlib.sha256(data).hexdigest(), source_id, reference)
    if evidence:
        block = yaml.safe_dump(evidence, sort_keys=False, allow_unicode=True, width=10**6)
        draft = draft.replace("evidence:\n", "evidence:\n  # the source itself: its headline and the date it states\n"
                              + "".join(f"  {line}\n" for line in block.splitlines()), 1).replace("\n  []  # nothing", "\n  # nothing")
    try:
        with open(target, "x", encoding="utf-8") as f:  # never over a file someone wrote
            f.write(draft)
    except FileExistsError:
        raise BuildError(str(target), None, "exists already; move it away (or delete it) to draft this article again") from None
    written = [target]
    if not registered:
        stub = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=10**6)
        try:
            with open(sources_path, "a", encoding="utf-8") as f:
                f.write("\n# DRAFT entry written by `propose --draft --write`: fill in every TODO\n" + stub)
        except OSError:
            target.unlink()  # ours: nothing half-written stays behind
            raise
        written.append(sources_path)
    return written
