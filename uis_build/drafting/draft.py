"""Turn candidates (the JSON Lines records of scripts/propose.py) into a draft annotations/articles file.

The draft has the format of annotations/articles/*.yaml: every quote and field span is copied
from the article, with ``occurrence`` where the text repeats, and every record id is a
placeholder (``stat-TODO-1``) for the curator to replace with a real id in records.yaml.
"""

from __future__ import annotations

import re
from functools import cache

import yaml

from uk_iraq_security.dataset_files import dataset_root
from uk_iraq_security.registry import load_tables

from ..textspans import occurrences
from .candidates import SPAN_FIELDS


@cache
def id_prefix(table: str) -> str:
    """The id prefix of a table's records ("stat" for statistics), from the tables registry."""
    return load_tables(dataset_root())[table].id_prefix
# Periods read against another record's period: the build needs `relative_to` for them.
RELATIVE_TO_RECORD = re.compile(r"(?:the )?(?:previous year|year before|prior year)|a year earlier", re.IGNORECASE)

HEADER = """\
# DRAFT annotations for {article}, proposed by scripts/propose.py: REVIEW EVERY ENTRY.
# Proposals are found by patterns, not understood. Before building:
#  - delete entries that state no fact for the dataset (prices, plans, repeated mentions, headlines);
#  - replace each placeholder record id (stat-TODO-1, ...) with a real id, and add it to
#    annotations/records.yaml with its curated fields (indicator, unit, geography, codes, ...);
#    entries that report the same fact share one id (one fact, one row);
#  - check each field span: it must be the words holding the value, inside the quote;
#  - add what the build requires and the patterns could not find: `purpose:` (funding),
#    `title:` and `subject:` (agreements), `why:` where a reading needs explaining;
#  - relative periods ("last year") need `reference_date` (with its basis and certainty) in annotations/sources.yaml.
source_id: {source_id}
evidence:
"""


def draft_annotation(candidates: list[dict], source_id: str, article: str = "the article") -> str:
    """A draft annotation file (YAML text) for the candidates of one article, in their order."""
    ids = _Placeholders()
    for cand in candidates:  # officials' placeholders first, so a statement can name its speaker's
        if cand["table"] == "officials":
            ids.get("officials", cand.get("name"))
    entries = []
    last_with_period = None
    for cand in candidates:
        table = cand["table"]
        record = ids.get(table, cand.get("name") if table == "officials" else None)
        entry = {"record": record, "quote": cand["quote"]}
        if "occurrence" in cand:
            entry["occurrence"] = cand["occurrence"]
        for name in SPAN_FIELDS[table]:
            if name in cand.get("spans", {}):
                entry[name] = _span(cand, name)
        if table == "statistics" and "period" in entry:
            text = entry["period"] if isinstance(entry["period"], str) else entry["period"]["text"]
            if RELATIVE_TO_RECORD.fullmatch(text) and last_with_period:
                spec = entry["period"] if isinstance(entry["period"], dict) else {"text": text}
                entry["period"] = {**spec, "relative_to": last_with_period}
            else:
                last_with_period = record
        entries.append((_summary(cand, ids), entry))
    out = [HEADER.format(article=article, source_id=source_id)]
    if not entries:
        out.append("  []  # nothing proposed: add evidence by hand\n")
    for summary, entry in entries:
        out.append(f"  # {' '.join(summary.split())}\n")  # one line whatever the article's words hold: a comment ends at a break
        body = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=10**6, default_flow_style=False)
        out.append("".join(f"  {line}\n" for line in body.splitlines()))
    return "".join(out)


class _Placeholders:
    """stat-TODO-1, stat-TODO-2, ...; mentions of the same official share one placeholder."""

    def __init__(self):
        self.counts: dict[str, int] = {}
        self.by_key: dict[tuple[str, str], str] = {}

    def get(self, table: str, key: str | None) -> str:
        if key is not None and (table, key) in self.by_key:
            return self.by_key[(table, key)]
        self.counts[table] = self.counts.get(table, 0) + 1
        rid = f"{id_prefix(table)}-TODO-{self.counts[table]}"
        if key is not None:
            self.by_key[(table, key)] = rid
        return rid


def _span(cand: dict, name: str):
    """The field's words; with `occurrence` when they occur more than once in the quote."""
    start, end = cand["spans"][name]
    rel = start - cand["char_start"]
    words = cand["quote"][rel:rel + end - start]
    hits = occurrences(cand["quote"], words)
    return words if len(hits) == 1 else {"text": words, "occurrence": hits.index(rel) + 1}


def _summary(cand: dict, ids: _Placeholders) -> str:
    """What the proposer parsed, so the curator can check it at a glance."""
    table = cand["table"]
    if table == "statistics":
        bits = [f"{cand['value']}", cand.get("unit") or "unit?", cand.get("qualifier") or ""]
        if cand.get("period_text"):
            bits.append(f"period {cand.get('period') or cand['period_text'] + ' (relative)'}")
        return "statistics: " + " ".join(b for b in bits if b)
    if table == "funding":
        conv = f" (= {cand['converted_amount']} {cand['converted_currency']})" if cand.get("converted_amount") else ""
        shared = (" (shared_from_range: the scale or currency it does not write is the range's other end's; the build reads it so)"
                  if cand.get("amount_basis") == "shared_from_range" else
                  " (currency_from_table_heading: a bare number in a table; the build reads its currency from the column header,"
                  " or its currency and scale from the table's caption)"
                  if cand.get("amount_basis") == "currency_from_table_heading" else "")
        words = (cand.get("amount_text") or "").lower()
        krone = "kron" in words  # a bare "kroner" ("kronor", ...), not "dinars"
        franc = "franc" in words
        dinar = (" (a bare 'kroner': the krone of the one krone country the article names, or names far most often; the build reads "
                 "it so)"
                 if krone and cand["currency"] else
                 " (a bare 'kroner' in an article naming no krone country far most often: the build refuses it; cite words that name it)"
                 if krone and cand["currency"] is None else
                 " (a bare 'francs': the Swiss franc, for the article names Switzerland; the build reads it so)"
                 if franc and cand["currency"] and cand.get("amount_basis") == "currency_from_article" else
                 " (a bare 'francs' in an article naming no franc country: the build refuses it; cite words that name it)"
                 if franc and cand["currency"] is None else
                 " (a bare 'dinars': the dinar the article names, IQD if none; the build reads it so)"
                 if cand.get("amount_basis") == "currency_from_article" and cand["currency"] else
                 " (a bare 'dinars' in an article naming two dinars: the build refuses it; cite words that name it)"
                 if cand["currency"] is None else "")
        return f"funding: {cand['amount']} {cand['currency']}{conv} {cand.get('qualifier') or ''}".rstrip() + shared + dinar
    if table == "officials":
        return f"officials: {cand['name']} ({cand['role']})"
    if table == "events":
        date = f", date {cand['date']}" if cand.get("date") else ""
        return (f"events: {cand['event_type']}, {cand.get('status') or 'occurred'}{date} (guessed) -> records.yaml: "
                f"{{event_type: {cand['event_type']}, status: {cand.get('status') or 'occurred'}}}")
    if table == "measures":
        return f"measures: {cand['measure_type']} (type guessed) -> records.yaml: {{measure_type: {cand['measure_type']}, status: TODO}}"
    if table == "statements":
        return "statements: " + _speaker(cand, ids) + ", may_be_translation, translation_basis"
    return f"agreements: {cand.get('title') or 'untitled'} ({cand.get('instrument_type') or 'type not stated'})"


def _speaker(cand: dict, ids: _Placeholders) -> str:
    """Who said it and the curated column that says so: an official is linked, anyone else is named."""
    who, kind = cand.get("speaker"), cand.get("speaker_kind")
    if not who:
        return ("said by ? (speaker not found: add `speaker:`, the words naming who said it) -> records.yaml: "
                "speaker_official_id, speaker_name or speaker_organization")
    if kind == "official":
        return f"said by {who}, an official -> records.yaml: speaker_official_id: {ids.get('officials', who)}"
    if kind == "person":
        return f"said by {who}, not in officials -> records.yaml: speaker_name: {who} (speaker_organization: whom they speak for, if said)"
    return f"said by {who} -> records.yaml: speaker_organization: {who}"
