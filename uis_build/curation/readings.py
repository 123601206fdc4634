"""The readings table: one row per citation and column its field spans set, with the article's words, the
value parsed from them, whether it agrees with the record's value and whether the record's value was
taken from it; and the readings of a row itself (level row: presence, count), which set no cell.
`citations.fields` lists exactly the columns whose reading agrees; `conflicts` is the part of the compared
columns and row-level readings where readings disagree."""

from __future__ import annotations

from collections.abc import Callable

from uk_iraq_security.registry import Tables

from .consistency import normalised, shown
from .fields import fields_of


def reading_rows(rb, tables: Tables, row_of: Callable[[str, str], dict]) -> list[dict]:
    """Every reading of every resolved record (``rb``: a records.RecordBuilder); ``row_of(record_id,
    table)`` is the record's finished row, the value each reading is compared with."""
    out = []
    for rid, res in sorted(rb.done.items()):
        order = list(fields_of(tables[res.table]))
        row = row_of(rid, res.table)
        for r in res.readings:
            for name in sorted(r.fields, key=order.index):
                fr = r.fields[name]
                for column, value in fr.columns.items():
                    out.append({
                        "citation_id": r.citation_id, "column": column, "source_id": r.evidence.source_id,
                        "table": res.table, "record_id": rid, "field": name, "as_written": fr.as_written,
                        "reading": shown(value), "agrees": normalised(value) == normalised(row.get(column)),
                        "chosen": res.chosen.get(name) is r, "level": "column",
                    })
            for name, fr in r.row_fields.items():  # readings of the row itself: presence, count
                ((column, value),) = fr.columns.items()
                out.append({
                    "citation_id": r.citation_id, "column": column, "source_id": r.evidence.source_id,
                    "table": res.table, "record_id": rid, "field": name, "as_written": fr.as_written,
                    "reading": shown(value), "agrees": normalised(value) == normalised(res.row_values.get(column)),
                    "chosen": res.row_chosen.get(name) is r, "level": "row",
                })
    return out
