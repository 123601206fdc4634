"""Columns the build derives from a table's evidence rather than from one row (x-derived
{"from_evidence": ...} in the schemas): how many independent origins report a record, which article a
statement's wording is from; and, in a table with during_event_id, duration_days and date bounds (events),
the bounds of an undated event from the dated events inside it."""

from __future__ import annotations

from datetime import timedelta

from .consistency import normalised
from .errors import BuildError


def derive_from_evidence(table: str, rows: list[dict], rb, origins: dict[str, str]) -> None:
    """Fill the from_evidence columns of ``rows`` (one table's finished rows) in place. ``rb`` is the
    resolved records.RecordBuilder; ``origins`` maps each source_id to its origin_id."""
    rules = {c: r["from_evidence"] for c, r in rb.ann.tables[table].derived.items() if "from_evidence" in r}
    key = rb.ann.tables[table].id_column
    for row in rows:
        res = rb.done[row[key]]
        for column, rule in rules.items():
            if rule == "independent_origins":
                row[column] = len({origins[r.evidence.source_id] for r in res.supporting()})
            elif rule == "text_source":
                row[column] = res.chosen["text"].evidence.source_id
            elif rule == "text_basis":
                row[column] = _text_basis(row, res)
            else:
                raise BuildError(f"schemas/{table}.json", None, f"column {column!r}: unknown from_evidence rule {rule!r}")
    if {"during_event_id", "duration_days", "date_earliest", "date_certainty"} <= set(rb.ann.tables[table].columns):
        _event_bounds(rows, key)


def _text_basis(row: dict, res) -> str:
    if row.get("kind") == "reported":
        return "paraphrase"
    texts = {normalised(r.fields["text"].as_written) for r in res.readings if "text" in r.fields}
    return "single_article" if len([r for r in res.readings if "text" in r.fields]) == 1 else \
        "articles_agree" if len(texts) == 1 else "articles_differ"


def _event_bounds(rows: list[dict], key: str) -> None:
    """An event with no date of its own that lasted ``duration_days`` and contains dated events
    (during_event_id) lies within [latest inner start - (days - 1), earliest inner end + (days - 1)];
    an undated event during it lies within the same bounds. Both are `bounded`."""
    by_id = {r[key]: r for r in rows}
    for outer in rows:
        inner = [r for r in rows if r.get("during_event_id") == outer[key]]
        dated = [r for r in inner if r.get("date_start") is not None and r.get("date_certainty") != "approximate"]
        if outer.get("date_start") is not None or not dated or not outer.get("duration_days"):
            continue
        slack = timedelta(days=outer["duration_days"] - 1)
        outer["date_earliest"] = max(r["date_start"] for r in dated) - slack
        outer["date_latest"] = min(r["date_end"] for r in dated) + slack
        outer["date_certainty"] = "bounded"
        outer["date_basis"] = (f"not dated by any article; it lasted {outer['duration_days']} days "
                               f"('{outer['duration_as_written']}') and contains "
                               + ", ".join(f"{r[key]} ({r['date_edtf']})" for r in dated))
    for r in rows:
        outer = by_id.get(r.get("during_event_id"))
        if r.get("date_start") is None and r.get("date_certainty") is None and outer and outer.get("date_earliest"):
            r["date_earliest"], r["date_latest"] = outer["date_earliest"], outer["date_latest"]
            r["date_certainty"] = "bounded"
            r["date_basis"] = f"not dated by any article; it took place during {outer[key]}, which is bounded"
