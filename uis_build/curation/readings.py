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
            # readings of a cell, then of the row itself (presence, count), whose value is the dataset's
            levels = (("column", sorted(r.fields, key=order.index), r.fields, row, res.chosen),
                      ("row", list(r.row_fields), r.row_fields, res.row_values, res.row_chosen))
            for level, names, fields, values, chosen in levels:
                for name in names:
                    fr = fields[name]
                    for column, value in fr.columns.items():
                        out.append({
                            "citation_id": r.citation_id, "column": column, "source_id": r.evidence.source_id,
                            "table": res.table, "record_id": rid, "field": name, "as_written": fr.as_written,
                            "reading": shown(value), "agrees": normalised(value) == normalised(values.get(column)),
                            "chosen": chosen.get(name) is r, "level": level,
                        })
    return out
