"""Where a corpus run's candidates go: JSON Lines (one candidate a line) or one Parquet file, streamed.

Every line or row carries the article's ``id``. The Parquet file has one fixed schema whatever the
table, the candidate fields of every table as columns (null where a table has no such field) and
``spans`` as JSON text, so batches of any articles append to it. It is written beside its final
name and moved into place only when the run is over; pyarrow is imported only for it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO

from .candidates import DEFAULTS, SPAN_FIELDS

NUMERIC = {"value", "amount", "converted_amount"}  # parsed numbers; the other value fields are text
COLUMNS = ["id", "table", "char_start", "char_end", "quote", "occurrence",
           *dict.fromkeys(k for fields in DEFAULTS.values() for k in fields),
           *dict.fromkeys(f"{name}_text" for names in SPAN_FIELDS.values() for name in names), "spans"]
# Column -> type, in the words Spark's DDL uses ("long", "double", "string"); the Parquet schema too.
COLUMN_TYPES = {c: "long" if c in ("char_start", "char_end", "occurrence") else "double" if c in NUMERIC else "string"
                for c in COLUMNS}


def flat_row(article_id: str, candidate: dict) -> dict:
    """One candidate as a row of COLUMNS: the article's id added, ``spans`` as JSON text."""
    return {"id": article_id, **candidate, "spans": json.dumps(candidate["spans"])}


class JsonLinesSink:
    """Candidates as JSON Lines to a stream (standard output) or a file it opens and closes."""

    def __init__(self, out: TextIO | str | Path):
        self.owned = not hasattr(out, "write")
        self.out = open(out, "w", encoding="utf-8") if self.owned else out

    def write(self, article_id: str, candidates: list[dict]) -> None:
        for cand in candidates:
            self.out.write(json.dumps({"id": article_id, **cand}, ensure_ascii=False) + "\n")

    def close(self, ok: bool = True) -> None:
        if self.owned:
            self.out.close()
        else:
            self.out.flush()


class ParquetSink:
    """Rows buffered and written a row group at a time to ``<path>.partial``, renamed to ``path`` on close."""

    def __init__(self, path: str | Path, rows_per_group: int = 10_000):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa, self.path = pa, Path(path)
        self.partial = self.path.with_name(self.path.name + ".partial")
        types = {"long": pa.int64(), "double": pa.float64(), "string": pa.string()}
        self.schema = pa.schema([(c, types[t]) for c, t in COLUMN_TYPES.items()])
        self.writer = pq.ParquetWriter(self.partial, self.schema)
        self.rows: list[dict] = []
        self.rows_per_group = rows_per_group

    def write(self, article_id: str, candidates: list[dict]) -> None:
        self.rows.extend(flat_row(article_id, cand) for cand in candidates)
        if len(self.rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self, ok: bool = True) -> None:
        """Finish the file; with ok=False (the run was interrupted) remove the partial file instead."""
        try:
            if ok:
                self._flush()
        finally:
            self.writer.close()
        if ok:
            os.replace(self.partial, self.path)
        else:
            self.partial.unlink(missing_ok=True)
