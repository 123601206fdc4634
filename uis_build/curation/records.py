"""Turn evidence into rows: locate each quote, parse each field span, merge readings into records.

Each evidence entry is one article's *reading* of a record. A record's value for a field comes
from its primary article's reading (named in records.yaml), except under the hedge rule (`_hedged`);
every reading is cited, and where readings disagree the chosen one and every one that differs from
it go to the conflicts table with the rule that chose. What a field parses and how it compares is
the fields registry's (fields.py); ids and tables are the tables registry's (registry.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from uk_iraq_security.registry import Table

from ..parsing import ParseError
from ..parsing.columns import heading_money
from ..parsing.geography import code_name, looks_like_code
from ..parsing.money import BARE_FROM_ARTICLE, Money, bare_dinar
from ..parsing.periods import DAY_FIRST, Period
from ..sentences import covering, sentence_spans
from ..textspans import refuse_mid_word
from .annotations import RECORDS_FILE, SOURCES_FILE, Annotations, Evidence
from .articles import Article, read_article
from .consistency import normalised, one_value_per_article, shown
from .derived import derive_from_evidence
from .errors import BuildError
from .fields import EvidenceField, fields_of
from .readings import reading_rows
from .spans import Span, locate, non_article_regions
from .vocabularies import check_declared


@dataclass
class FieldReading:
    """One field of one reading: the columns it sets, the words as written and where they are."""

    columns: dict
    as_written: str
    start: int = 0
    end: int = 0


@dataclass
class Reading:
    evidence: Evidence
    span: Span
    citation_id: str
    fields: dict[str, FieldReading] = field(default_factory=dict)
    row_fields: dict[str, FieldReading] = field(default_factory=dict)  # readings of the row itself (presence, count)

    def of(self, spec: EvidenceField) -> FieldReading | None:
        """This reading of `spec`: of a cell, or of the row itself (presence, count); None if it gives none."""
        return (self.row_fields if spec.row else self.fields).get(spec.name)


@dataclass
class Resolved:
    table: str
    row: dict
    readings: list[Reading]
    chosen: dict[str, Reading]  # evidence field -> reading its value came from
    rules: dict[str, str]
    row_values: dict[str, object] = field(default_factory=dict)  # the record's value of each row-level key
    row_chosen: dict[str, Reading] = field(default_factory=dict)  # row-level field -> the reading agreeing with it

    def supporting(self) -> list[Reading]:
        """The readings that report the row: not those naming the parties or signatories without it."""
        return [r for r in self.readings if r.row_fields.get("presence", FieldReading({}, "")).columns.get("presence")
                != "not named"]


class _ParseContext:
    """What a field parser may ask (fields.Context): the reading's reference date, linked records."""

    def __init__(self, rb: RecordBuilder, ev: Evidence, quote: Span, sub: Span):
        self.rb, self.ev = rb, ev
        self.around = (quote.text, sub.start - quote.start, sub.end - quote.start)
        self.at = (sub.start, sub.end)  # the field's words in the article
        self.reference = rb._reference(ev)
        self.reference_certainty = rb.sources[ev.source_id].get("reference_date_certainty") if self.reference else None
        self.planned = rb.ann.records.get(ev.table, {}).get(ev.record, {}).get("status") == "planned"
        self.date_convention = rb.sources[ev.source_id].get("date_convention") or DAY_FIRST

    def article_dinar(self) -> str | None:
        return bare_dinar(self.rb.articles[self.ev.source_id].text)

    def article_bare(self, placeholder: str) -> str | None:
        return BARE_FROM_ARTICLE[placeholder](self.rb.articles[self.ev.source_id].text)

    def heading_money(self) -> Money:
        return heading_money(self.rb.articles[self.ev.source_id].text, *self.at)

    def _linked_columns(self, ref: str, key: str, name: str) -> dict:
        """The linked record's reading of field ``name`` in the same article ("the same amount" refers to
        what this article said), else the record's row."""
        res = self.rb._linked(self.ev, ref, key)
        same = [r for r in res.readings if r.evidence.source_id == self.ev.source_id and name in r.fields]
        return same[0].fields[name].columns if same else res.row

    def linked_row(self, ref: str, key: str, name: str) -> dict:
        return self._linked_columns(ref, key, name)

    def linked_period(self, ref: str, key: str, name: str) -> Period:
        row = self._linked_columns(ref, key, name)
        if row.get(f"{name}_edtf") is None:
            raise BuildError(self.ev.file, self.ev.where, f"{key} {ref!r}: that record has no {name}")
        return Period(row[f"{name}_start"], row[f"{name}_end"], row[f"{name}_precision"],
                      row[f"{name}_as_written"], row[f"{name}_basis"])


class RecordBuilder:
    """Resolves records on demand, so a reading may refer to another record ('the same amount')."""

    def __init__(self, root: Path, ann: Annotations):
        self.root, self.ann = root, ann
        self.sources = {s["source_id"]: s for s in ann.sources}
        self.articles: dict[str, Article] = {}
        for s in ann.sources:
            self.articles[s["source_id"]] = read_article(root, s["seed_file"], s["sha256"])
        self.by_record: dict[str, list[Evidence]] = {}
        for ev in sorted(ann.evidence, key=lambda e: (e.source_id, e.index)):
            self.by_record.setdefault(ev.record, []).append(ev)
        self.done: dict[str, Resolved] = {}
        self.active: list[str] = []
        self._sentences: dict[str, list[tuple[int, int]]] = {}
        self.citations: list[dict] = []

    # -- spans ---------------------------------------------------------------------------
    def _locate_quote(self, ev: Evidence) -> Span:
        src = self.sources[ev.source_id]
        text = self.articles[ev.source_id].text
        span = locate(text, ev.quote, ev.occurrence, file=ev.file, record=ev.where, what="quote")
        refuse_mid_word(text, span, file=ev.file, record=ev.where, what="quote")
        for start, end, kind, reason in non_article_regions(text, src):
            if span.start < end and start < span.end and not (ev.table == "sources" and kind != "related_stories"):
                raise BuildError(ev.file, ev.where,
                                 f"quote at {span.start}-{span.end} lies in the {kind} ({reason}); nothing is extracted from it")
        return span

    def sentence(self, ev: Evidence, span: Span) -> Span:
        """The sentence(s) holding a quote, within the article's own text (or within the one byline or
        dateline the quote is in): non-article regions are sentence boundaries."""
        text = self.articles[ev.source_id].text
        regions = non_article_regions(text, self.sources[ev.source_id])
        found = covering(self._sentence_list(ev.source_id), span.start, span.end)
        if found is None:
            raise BuildError(ev.file, ev.where, f"quote at {span.start}-{span.end} does not lie within whole sentences of the article")
        for start, end, kind, _reason in regions:
            inside = start <= span.start and span.end <= end
            if found[0] < end and start < found[1] and not (inside and start <= found[0] and found[1] <= end):
                raise BuildError(ev.file, ev.where, f"the sentence around quote {span.start}-{span.end} crosses into the {kind}")
        return Span(found[0], found[1], text[found[0]:found[1]])

    def _field_span(self, ev: Evidence, quote: Span, name: str) -> tuple[Span, dict]:
        spec = ev.fields[name]
        spec = {"text": spec} if isinstance(spec, str) else spec
        sub = locate(quote.text, spec["text"], spec.get("occurrence"), file=ev.file, record=ev.where,
                     what=f"{name} span", offset=quote.start)
        refuse_mid_word(self.articles[ev.source_id].text, sub, file=ev.file, record=ev.where, what=f"{name} span")
        return sub, spec

    # -- parsing one reading ---------------------------------------------------------------
    def _reference(self, ev: Evidence) -> str | None:
        return None if ev.table == "sources" else self.reference_date(ev.source_id)

    def reference_date(self, source_id: str) -> str | None:
        """The source's reference date; 'published_date' means the date its own text states."""
        ref = self.sources[source_id].get("reference_date")
        if ref == "published_date":
            published = self.resolve(source_id).row.get("published_date")
            if published is None:
                raise BuildError(SOURCES_FILE, source_id, "reference_date is 'published_date' but no evidence gives a published_date")
            return published.isoformat()
        return ref

    def _linked(self, ev: Evidence, ref: str, key: str) -> Resolved:
        table = self.ann.table_of(ref)
        if table is None:
            raise BuildError(ev.file, ev.where, f"{key} points to {ref!r}, which is not defined in {RECORDS_FILE} (dangling reference)")
        if table != ev.table:
            raise BuildError(ev.file, ev.where, f"{key} points to {ref!r} in {table}, expected a record of {ev.table}")
        return self.resolve(ref)

    def _parse_field(self, ev: Evidence, spec_field: EvidenceField, quote: Span, sub: Span, spec: dict) -> FieldReading:
        bad = sorted(set(spec) - {"text", "occurrence", *spec_field.options})
        if bad:
            raise BuildError(ev.file, ev.where, f"field {spec_field.name!r}: {bad} do not apply to it"
                             + (f" (it takes {list(spec_field.options)})" if spec_field.options else ""))
        return FieldReading(spec_field.parse(_ParseContext(self, ev, quote, sub), sub.text, spec), sub.text, sub.start, sub.end)

    def _reading(self, ev: Evidence) -> Reading:
        span = self._locate_quote(ev)
        cid = f"{ev.source_id[:3]}:{span.start:05d}-{span.end:05d}:{ev.record}"  # zero-padded: sorts by position
        reading = Reading(ev, span, cid)
        known = fields_of(self.ann.tables[ev.table])
        for name in ev.fields:
            sub, spec = self._field_span(ev, span, name)
            try:
                (reading.row_fields if known[name].row else reading.fields)[name] = self._parse_field(ev, known[name], span, sub, spec)
            except ParseError as e:
                raise BuildError(ev.file, ev.where, f"field {name!r}: {e}") from e
        self._period_in_context(reading)
        return reading

    def _period_in_context(self, reading: Reading) -> None:
        """A figure's period is `stated` only when the figure's own sentence states it: a period the quote
        gives in another sentence ("... in 2024. Authorities recorded 396 cases") is `stated_in_context`."""
        value, period = reading.fields.get("value"), reading.fields.get("period")
        if value is None or period is None or period.columns.get("period_certainty") != "stated":
            return
        sentences = self._sentence_list(reading.evidence.source_id)
        if covering(sentences, value.start, value.end) != covering(sentences, period.start, period.end):
            period.columns["period_certainty"] = "stated_in_context"
            period.columns["period_basis"] = "stated in the quote, in a sentence other than the figure's own"

    def _sentence_list(self, source_id: str) -> list[tuple[int, int]]:
        if source_id not in self._sentences:
            text = self.articles[source_id].text
            regions = non_article_regions(text, self.sources[source_id])
            self._sentences[source_id] = sentence_spans(text, [x for r in regions for x in r[:2]])
        return self._sentences[source_id]

    # -- merging readings into a record ------------------------------------------------------
    def resolve(self, record_id: str) -> Resolved:
        """The finished row of a record, with its readings (memoised; detects reference cycles)."""
        if record_id in self.done:
            return self.done[record_id]
        if record_id in self.active:
            cycle = " -> ".join([*self.active[self.active.index(record_id):], record_id])
            raise BuildError(RECORDS_FILE, record_id, f"records refer to each other in a cycle: {cycle}")
        table = self.ann.table_of(record_id)
        curated = dict(self.ann.records[table][record_id])
        evidence = self.by_record.get(record_id, [])
        if not evidence and table != "sources":
            raise BuildError(RECORDS_FILE, record_id, "no article evidence cites this record; every row needs a citation")
        self.active.append(record_id)
        try:
            readings = [self._reading(ev) for ev in evidence]
        finally:
            self.active.pop()
        source_ids = sorted({r.evidence.source_id for r in readings})
        stating = sorted({r.evidence.source_id for r in readings if r.fields or r.row_fields})
        primary = curated.pop("primary", None)
        reason = curated.pop("primary_reason", None)
        kinds = curated.pop("kinds", None) or {}
        compared = {c for f in fields_of(self.ann.tables[table]).values() for c in f.compare}
        if set(kinds) - compared:
            raise BuildError(RECORDS_FILE, record_id, f"kinds names {sorted(set(kinds) - compared)}, which are not compared "
                             f"columns of {table} (compared: {', '.join(sorted(compared))})")
        if len(stating) > 1 and primary is None:
            raise BuildError(RECORDS_FILE, record_id, f"values given by {', '.join(stating)}: say which is 'primary' (and why)")
        if primary is not None and primary not in source_ids:
            raise BuildError(RECORDS_FILE, record_id, f"primary {primary!r} does not cite this record (cited by {', '.join(source_ids)})")
        primary = primary or (stating[0] if stating else source_ids[0] if source_ids else None)
        known = fields_of(self.ann.tables[table])
        row, chosen, rules = {}, {}, {}
        names = dict.fromkeys(n for r in readings for n in r.fields)
        for name in names:
            spec = known[name]
            having = [r for r in readings if name in r.fields]
            # a reading that names a value beats one whose words are unspecific ("deal" names no instrument type)
            key = next(iter(spec.compare), None)
            having.sort(key=lambda r: key in spec.unspecific_null and r.fields[name].columns.get(key) is None)
            prim = [r for r in having if r.evidence.source_id == primary]
            pick = (prim or having)[0]
            if prim:
                rules[name] = f"primary article {primary}" + (f": {reason}" if reason else "")
            else:
                rules[name] = f"primary article {primary} does not state it; first article stating it ({pick.evidence.source_id})"
            hedged = _hedged(spec, pick, having)
            if hedged is not None:
                pick = hedged
                rules[name] = (f"hedge kept: {pick.evidence.source_id} gives the same figure hedged "
                               f"({pick.fields[name].as_written!r}), the others without the hedge; the curators' "
                               "assumption (not a measured rate) is that a rewrite drops a hedge more often than it "
                               "invents one, so the hedged reading is the cautious one")
            chosen[name] = pick
            row.update(pick.fields[name].columns)
        for name, spec in known.items():
            if table in spec.required_in and name not in chosen:
                raise BuildError(RECORDS_FILE, record_id, f"no evidence gives its {name!r}; expected a '{name}:' span in some article's evidence")
        if table != "sources":
            row = {self.ann.tables[table].id_column: record_id, **curated, **row}
        resolved = Resolved(table, row, readings, chosen, rules)
        self._row_readings(resolved, record_id, primary)
        self.done[record_id] = resolved
        return resolved

    def _row_readings(self, res: Resolved, record_id: str, primary: str | None) -> None:
        """Readings of the row itself (presence, count): the record's value comes from the dataset (the row
        exists; the rows part of it), and the reading it follows is the first agreeing one, the primary's first."""
        known = fields_of(self.ann.tables[res.table])
        for name in dict.fromkeys(n for r in res.readings for n in r.row_fields):
            spec = known[name]
            (key,) = spec.compare
            value = spec.row(self.ann.records[res.table], record_id) if spec.row else None
            having = sorted((r for r in res.readings if name in r.row_fields), key=lambda r: r.evidence.source_id != primary)
            agreeing = [r for r in having if normalised(r.row_fields[name].columns.get(key)) == normalised(value)]
            if not agreeing:
                raise BuildError(RECORDS_FILE, record_id, f"no article's {name!r} reading agrees with the record's "
                                 f"{key} ({shown(value)}): " + "; ".join(f"{r.evidence.source_id} reads "
                                 f"{shown(r.row_fields[name].columns.get(key))}" for r in having)
                                 + "; the dataset's value must rest on some article's reading: cite it, or correct the records")
            res.row_values[key], res.row_chosen[name] = value, agreeing[0]
            res.rules[name] = spec.row_rule.format(source=agreeing[0].evidence.source_id, value=shown(value))

    def conflicts(self) -> list[dict]:
        """Where the readings of a record disagree on a compared column: the chosen reading and every
        reading that differs from it (a reading that only repeats the chosen value is not a disagreement)."""
        rows = []
        for rid, res in sorted(self.done.items()):
            kinds = self.ann.records[res.table].get(rid, {}).get("kinds", {}) if res.table != "sources" else {}
            known = fields_of(self.ann.tables[res.table])
            for name, pick in [*res.chosen.items(), *res.row_chosen.items()]:
                spec = known[name]
                readings = {r.citation_id: fr for r in res.readings if (fr := r.of(spec)) is not None}
                for key, kind in spec.compare.items():
                    having = [r for r in res.readings if r.citation_id in readings]
                    if key in spec.unspecific_null:  # generic words ("pact") do not disagree with a specific type
                        having = [r for r in having if readings[r.citation_id].columns.get(key) is not None]
                    chosen_value = normalised(readings[pick.citation_id].columns.get(key))
                    differing = [r for r in having if normalised(readings[r.citation_id].columns.get(key)) != chosen_value]
                    if not differing:
                        continue
                    record = res.row_values[key] if spec.row else res.row.get(key)
                    for r in [pick, *differing] if pick in having else having:
                        rows.append({
                            "table": res.table, "record_id": rid, "field": key, "kind": kinds.get(key, kind),
                            "citation_id": r.citation_id, "source_id": r.evidence.source_id,
                            "reading": shown(readings[r.citation_id].columns.get(key)),
                            "reading_as_written": readings[r.citation_id].as_written,
                            "record_value": shown(record), "chosen": r is pick, "rule": res.rules[name],
                        })
        return rows


def _hedged(spec: EvidenceField, pick: Reading, having: list[Reading]) -> Reading | None:
    """The hedge rule: where the chosen reading states a figure plainly and other readings give the same
    figure with one and the same hedge ("up to"), the hedged reading is kept."""
    if spec.hedge is None or pick.fields[spec.name].columns.get(spec.hedge) is not None:
        return None
    values = [c for c, kind in spec.compare.items() if kind == "value"]
    same = [r for r in having if all(normalised(r.fields[spec.name].columns.get(c)) == normalised(pick.fields[spec.name].columns.get(c))
                                     for c in values)]
    hedges = {r.fields[spec.name].columns.get(spec.hedge) for r in same} - {None}
    if len(same) != len(having) or len(hedges) != 1:
        return None  # the figures themselves differ, or the hedges disagree: no rule, the primary stands
    return next(r for r in same if r.fields[spec.name].columns.get(spec.hedge) is not None)


def build_records(root: Path, ann: Annotations) -> dict[str, list[dict]]:
    """All rows of all tables, unsorted and untyped (tables.py types and sorts them)."""
    rb = RecordBuilder(root, ann)
    out: dict[str, list[dict]] = {t: [rb.resolve(rid).row for rid in ann.records[t]] for t in ann.tables.facts}
    out["sources"] = [_source_row(rb, s) for s in ann.sources]
    cited = {r.citation_id: r for res in rb.done.values() for r in res.readings}
    if len(cited) != sum(len(res.readings) for res in rb.done.values()):
        raise BuildError("annotations/articles", None, "two evidence entries quote the same span for the same record")
    rows = {(rid, t): rb.resolve(rid).row for t in ann.tables.facts for rid in ann.records[t]}
    rows.update({(s["source_id"], "sources"): row for s, row in zip(ann.sources, out["sources"])})
    out["readings"] = reading_rows(rb, ann.tables, lambda rid, table: rows[(rid, table)])
    out["citations"] = [_citation_row(cid, r, rb.sentence(r.evidence, r.span), out["readings"])
                        for cid, r in cited.items()]
    one_value_per_article(rb)
    out["conflicts"] = rb.conflicts()
    origins = {s["source_id"]: s.get("origin_id") or s["source_id"] for s in ann.sources}
    for table in ann.tables.facts:
        check_declared(ann.tables[table], out[table], RECORDS_FILE)
        for column, rule in ann.tables[table].derived.items():
            for row in out[table]:
                row[column] = _derive(rule, row, ann.tables[table], column)
        derive_from_evidence(table, out[table], rb, origins)
    return out


def _citation_row(cid: str, r: Reading, sentence: Span, readings: list[dict]) -> dict:
    supported = [x["column"] for x in readings if x["citation_id"] == cid and x["agrees"] and x["level"] == "column"]
    return {"citation_id": cid, "source_id": r.evidence.source_id, "table": r.evidence.table,
            "record_id": r.evidence.record, "fields": ";".join(supported) or None,
            "char_start": r.span.start, "char_end": r.span.end, "quote": r.span.text,
            "sentence_start": sentence.start, "sentence_end": sentence.end, "sentence": sentence.text}


def _derive(rule: dict, row: dict, table: Table, column: str):
    """A derived column's value (x-derived in its schema): {"name_of": COLUMN} is the ISO 3166 name of
    a code, or the named place itself where the column holds no code."""
    if "parent_of" in rule:  # the vocabulary term's parent (Table Schema categories with a `parent`)
        field = table.field(rule["parent_of"])
        term = next((c for c in field.get("categories", []) if isinstance(c, dict) and c["value"] == row.get(rule["parent_of"])), {})
        return term.get("parent")
    if "name_of" in rule:  # `names`: the English name the articles use, where ISO's differs
        v = row.get(rule["name_of"])
        return None if v is None else rule.get("names", {}).get(v) or (code_name(v) if looks_like_code(v) else v) or v
    if "country_of" in rule:  # an ISO 3166-2 subdivision's country (IQ-KR -> IQ): found when asking for IQ
        v = row.get(rule["country_of"])
        return v.split("-")[0] if v and looks_like_code(v) and "-" in v else None
    if "from_evidence" in rule:  # filled by derive_from_evidence below
        return None
    raise BuildError(f"schemas/{table.name}.json", None, f"column {column!r}: unknown x-derived rule {rule!r}")


def _source_row(rb: RecordBuilder, s: dict) -> dict:
    art = rb.articles[s["source_id"]]
    res = rb.resolve(s["source_id"])
    title, basis = res.row.get("title"), res.row.get("title_basis")
    if title is None and s.get("title_basis") == "url_slug":
        if not s.get("url"):
            raise BuildError(SOURCES_FILE, s["source_id"], "title_basis url_slug, but there is no url: cite the headline "
                             "(title_basis headline) instead")
        slug = s["url"].rstrip("/").rsplit("/", 1)[-1]
        if not re.fullmatch(r"[A-Za-z0-9]+(-[A-Za-z0-9]+){2,}", slug):
            raise BuildError(SOURCES_FILE, s["source_id"], f"title_basis url_slug, but the URL ends in {slug!r}, not a slug")
        title, basis = slug.replace("-", " "), "url_slug"
    if not s.get("url") and title is None:  # a print article or an e-mailed release is known by publisher and title
        raise BuildError(SOURCES_FILE, s["source_id"], "no url and no title: an article without a web address needs its "
                         "headline cited (evidence field title, title_basis headline)")
    ref, ref_basis = rb.reference_date(s["source_id"]), s.get("reference_date_basis")
    certainty = s.get("reference_date_certainty")
    if not (bool(ref) == bool(ref_basis) == bool(certainty)):
        raise BuildError(SOURCES_FILE, s["source_id"],
                         "reference_date, reference_date_basis and reference_date_certainty go together: give all or none")
    return {
        "source_id": s["source_id"], "seed_file": s["seed_file"], "publisher": s["publisher"], "title": title,
        "title_basis": basis, "url": s.get("url"), "published_date": res.row.get("published_date"),
        "reference_date": ref, "reference_date_basis": ref_basis,
        "reference_date_certainty": certainty, "origin_id": s.get("origin_id") or s["source_id"],
        "origin_basis": s.get("origin_basis") or "no origin shared with another article is recorded: its own reporting",
        "language": s["language"], "sha256": art.sha256,
        "char_length": len(art.text), "byte_length": art.byte_length,
    }
