"""Turn evidence into rows: locate each quote, parse each field span, merge readings into records.

Each evidence entry is one article's *reading* of a record. A record's value for a field comes
from its primary article's reading (named in records.yaml); every reading is cited, and where
readings disagree all of them go to the conflicts table with the rule that chose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..parsing import ParseError, parse_money, parse_period, parse_quantity
from ..parsing.geography import code_name, looks_like_code
from ..parsing.instruments import instrument_type
from ..parsing.periods import Period, parse_date
from ..sentences import covering, sentence_spans
from .annotations import EVIDENCE_FIELDS, RECORDS_FILE, SOURCES_FILE, Annotations, Evidence
from .articles import Article, read_article
from .errors import BuildError
from .spans import Span, locate, non_article_regions

ID_COLUMN = {"sources": "source_id", "statistics": "statistic_id", "funding": "funding_id",
             "officials": "official_id", "agreements": "agreement_id", "statements": "statement_id"}
# Evidence fields a record must get from some reading.
REQUIRED = {"statistics": ("value",), "funding": ("amount", "purpose"), "officials": ("name", "role"),
            "agreements": ("title", "subject"), "statements": ("text", "speaker")}
# Columns that hold words as written: readings that differ there differ in wording, not in value.
WORDING = {"indicator_as_written", "instrument_as_written", "purpose", "subject", "text"}
# Parsed keys compared across readings, per evidence field.
COMPARED = {"value": ("value", "qualifier"), "period": ("period_edtf",), "amount": ("amount", "currency", "qualifier"),
            "converted": ("converted_amount", "converted_currency"), "name": ("name",), "role": ("role", "role_status"),
            "instrument": ("instrument_type", "instrument_as_written"), "date_signed": ("date_signed",), "published_date": ("published_date",),
            "label": ("indicator_as_written",), "text": ("text",), "purpose": ("purpose",), "subject": ("subject",)}


@dataclass
class FieldReading:
    """One field of one reading: the columns it sets, the words as written, and a parsed object."""

    columns: dict
    as_written: str
    obj: object = None


@dataclass
class Reading:
    evidence: Evidence
    span: Span
    citation_id: str
    fields: dict[str, FieldReading] = field(default_factory=dict)


@dataclass
class Resolved:
    table: str
    row: dict
    readings: list[Reading]
    chosen: dict[str, Reading]  # evidence field -> reading its value came from
    rules: dict[str, str]


def _num(d: Decimal) -> float:
    return float(d)


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
        if ev.source_id not in self._sentences:
            self._sentences[ev.source_id] = sentence_spans(text, [x for r in regions for x in r[:2]])
        found = covering(self._sentences[ev.source_id], span.start, span.end)
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

    def _parse_field(self, ev: Evidence, name: str, sub: Span, spec: dict) -> FieldReading:
        text = sub.text
        if name == "value":
            q = parse_quantity(text)
            return FieldReading({"value": _num(q.value), "qualifier": q.qualifier, "value_as_written": text}, text)
        if name == "period":
            rel = None
            if "relative_to" in spec:
                linked = self._linked(ev, spec["relative_to"], "relative_to")
                if "period" not in linked.chosen:
                    raise BuildError(ev.file, ev.where, f"relative_to {spec['relative_to']!r}: that record has no period")
                rel = linked.chosen["period"].fields["period"].obj
            p: Period = parse_period(text, reference=self._reference(ev), relative_to=rel)
            return FieldReading({"period_start": p.start, "period_end": p.end, "period_precision": p.precision,
                                 "period_edtf": p.edtf, "period_as_written": text, "period_basis": p.basis}, text, p)
        if name == "amount":
            if "same_as" in spec:
                linked = self._linked(ev, spec["same_as"], "same_as")
                r = linked.row
                return FieldReading({"amount": r["amount"], "currency": r["currency"], "qualifier": r["qualifier"],
                                     "amount_as_written": text, "amount_basis": "by_reference"}, text)
            m = parse_money(text)
            return FieldReading({"amount": _num(m.amount), "currency": m.currency, "qualifier": m.qualifier,
                                 "amount_as_written": text, "amount_basis": "stated"}, text)
        if name == "converted":
            m = parse_money(text)
            return FieldReading({"converted_amount": _num(m.amount), "converted_currency": m.currency}, text)
        if name == "role":
            status = "former" if re.match(r"former\s+", text, re.IGNORECASE) else "current"
            role = re.sub(r"^former\s+", "", text, flags=re.IGNORECASE)
            return FieldReading({"role": role, "role_status": status}, text)
        if name == "instrument":
            return FieldReading({"instrument_type": instrument_type(text), "instrument_as_written": text}, text)
        if name in ("date_signed", "published_date"):
            d, basis = parse_date(text, self._reference(ev))
            cols = {name: d}
            if name == "date_signed":
                cols |= {"date_signed_as_written": text, "date_signed_basis": basis}
            return FieldReading(cols, text)
        if name == "label":
            return FieldReading({"indicator_as_written": text}, text)
        if name == "speaker":
            return FieldReading({"speaker_as_written": text}, text)
        if name == "title" and ev.table == "sources":
            return FieldReading({"title": text, "title_basis": "headline"}, text)
        return FieldReading({name: text}, text)  # title, subject, purpose, name, producer: as written

    def _reading(self, ev: Evidence) -> Reading:
        span = self._locate_quote(ev)
        cid = f"{ev.source_id[:3]}:{span.start:05d}-{span.end:05d}:{ev.record}"  # zero-padded: sorts by position
        reading = Reading(ev, span, cid)
        for name in ev.fields:
            sub, spec = self._field_span(ev, span, name)
            try:
                reading.fields[name] = self._parse_field(ev, name, sub, spec)
            except ParseError as e:
                raise BuildError(ev.file, ev.where, f"field {name!r}: {e}") from e
        return reading

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
        primary = curated.pop("primary", None)
        reason = curated.pop("primary_reason", None)
        if len(source_ids) > 1 and primary is None:
            raise BuildError(RECORDS_FILE, record_id, f"cited by {', '.join(source_ids)}: say which is 'primary' (and why)")
        if primary is not None and primary not in source_ids:
            raise BuildError(RECORDS_FILE, record_id, f"primary {primary!r} does not cite this record (cited by {', '.join(source_ids)})")
        primary = primary or (source_ids[0] if source_ids else None)
        row, chosen, rules = {}, {}, {}
        names = dict.fromkeys(n for r in readings for n in r.fields)
        for name in names:
            having = [r for r in readings if name in r.fields]
            # a reading that names a value beats one whose words are unspecific ("deal" names no instrument type)
            keys = COMPARED.get(name, ())[:1] or None
            having.sort(key=lambda r: all(v is None for k, v in r.fields[name].columns.items() if keys is None or k in keys))
            prim = [r for r in having if r.evidence.source_id == primary]
            pick = (prim or having)[0]
            chosen[name] = pick
            if prim:
                rules[name] = f"primary article {primary}" + (f": {reason}" if reason else "")
            else:
                rules[name] = f"primary article {primary} does not state it; first article stating it ({pick.evidence.source_id})"
            row.update(pick.fields[name].columns)
        for name in REQUIRED.get(table, ()):
            if name not in chosen:
                raise BuildError(RECORDS_FILE, record_id, f"no evidence gives its {name!r}; expected a '{name}:' span in some article's evidence")
        if table != "sources":
            row = {ID_COLUMN[table]: record_id, **{k: v for k, v in curated.items() if k != "parties"}, **row}
        resolved = Resolved(table, row, readings, chosen, rules)
        self.done[record_id] = resolved
        return resolved

    def conflicts(self) -> list[dict]:
        """Every reading of every field on which the readings of a record disagree."""
        rows = []
        for rid, res in sorted(self.done.items()):
            for name, pick in res.chosen.items():
                for key in COMPARED.get(name, ()):
                    having = [r for r in res.readings if name in r.fields]
                    if key == "instrument_type":  # generic words ("pact") do not disagree with a specific type
                        having = [r for r in having if r.fields[name].columns.get(key) is not None]
                    values = {_norm(r.fields[name].columns.get(key)) for r in having}
                    if len(values) < 2:
                        continue
                    for r in having:
                        rows.append({
                            "table": res.table, "record_id": rid, "field": key,
                            "kind": "wording" if key in WORDING else "value", "citation_id": r.citation_id,
                            "reading": _fmt(r.fields[name].columns.get(key)),
                            "reading_as_written": r.fields[name].as_written,
                            "record_value": _fmt(res.row.get(key)), "chosen": r is pick, "rule": res.rules[name],
                        })
        return rows


def _norm(v) -> str | None:
    """Readings compare case-insensitively: 'Joint Statement' and 'joint statement' agree."""
    f = _fmt(v)
    return f.lower() if f is not None else None


def _fmt(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def build_records(root: Path, ann: Annotations) -> dict[str, list[dict]]:
    """All rows of all tables, unsorted and untyped (tables.py types and sorts them)."""
    rb = RecordBuilder(root, ann)
    out: dict[str, list[dict]] = {t: [] for t in ("statistics", "funding", "officials", "agreements", "statements")}
    for table in out:
        for rid in ann.records[table]:
            out[table].append(rb.resolve(rid).row)
    out["sources"] = [_source_row(rb, s) for s in ann.sources]
    out["agreement_parties"] = [
        {"agreement_id": aid, "party_code": p["code"], "party_name": p["name"], "signatory_organization": p.get("signatory")}
        for aid, rec in ann.records["agreements"].items() for p in rec["parties"]
    ]
    cited = {r.citation_id: r for res in rb.done.values() for r in res.readings}
    if len(cited) != sum(len(res.readings) for res in rb.done.values()):
        raise BuildError("annotations/articles", None, "two evidence entries quote the same span for the same record")
    out["citations"] = [_citation_row(cid, r, rb.sentence(r.evidence, r.span)) for cid, r in cited.items()]
    out["conflicts"] = rb.conflicts()
    for row in out["statistics"]:
        geo = row["geography"]
        row["geography_name"] = (code_name(geo) if looks_like_code(geo) else geo) or geo
    return out


def supported_columns(reading: Reading) -> list[str]:
    """The record's columns that the reading's field spans set, in the order the fields are defined."""
    order = EVIDENCE_FIELDS[reading.evidence.table]
    names = sorted(reading.fields, key=order.index)
    return list(dict.fromkeys(col for name in names for col in reading.fields[name].columns))


def _citation_row(cid: str, r: Reading, sentence: Span) -> dict:
    return {"citation_id": cid, "source_id": r.evidence.source_id, "table": r.evidence.table,
            "record_id": r.evidence.record, "fields": ";".join(supported_columns(r)) or None,
            "char_start": r.span.start, "char_end": r.span.end, "quote": r.span.text,
            "sentence_start": sentence.start, "sentence_end": sentence.end, "sentence": sentence.text}


def _source_row(rb: RecordBuilder, s: dict) -> dict:
    art = rb.articles[s["source_id"]]
    res = rb.resolve(s["source_id"])
    title, basis = res.row.get("title"), res.row.get("title_basis")
    if title is None and s.get("title_basis") == "url_slug":
        slug = s["url"].rstrip("/").rsplit("/", 1)[-1]
        if not re.fullmatch(r"[A-Za-z0-9]+(-[A-Za-z0-9]+){2,}", slug):
            raise BuildError(SOURCES_FILE, s["source_id"], f"title_basis url_slug, but the URL ends in {slug!r}, not a slug")
        title, basis = slug.replace("-", " "), "url_slug"
    ref, ref_basis = rb.reference_date(s["source_id"]), s.get("reference_date_basis")
    if bool(ref) != bool(ref_basis):
        raise BuildError(SOURCES_FILE, s["source_id"], "reference_date and reference_date_basis go together: give both or neither")
    return {
        "source_id": s["source_id"], "seed_file": s["seed_file"], "publisher": s["publisher"], "title": title,
        "title_basis": basis, "url": s["url"], "published_date": res.row.get("published_date"),
        "reference_date": ref, "reference_date_basis": ref_basis, "language": s["language"], "sha256": art.sha256,
        "char_length": len(art.text), "byte_length": art.byte_length,
    }
