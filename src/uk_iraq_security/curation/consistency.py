"""One article, one value per field of a record: two evidence entries of one article that read a
record's field as different values (not just different words) are a curation error, not a conflict
between sources."""

from __future__ import annotations

from .annotations import Annotations
from .errors import BuildError


def one_value_per_article(ann: Annotations, conflicts: list[dict]) -> None:
    """Raise BuildError naming the article file and record when one article gives a record two values."""
    files = {ev.source_id: ev.file for ev in ann.evidence}
    readings: dict[tuple[str, str, str], set] = {}
    for row in conflicts:
        if row["kind"] != "value":
            continue
        source = next((s for s in files if row["citation_id"].startswith(s.split("-", 1)[0] + ":")), None)
        if source is None:
            continue
        seen = readings.setdefault((source, row["record_id"], row["field"]), set())
        seen.add(None if row["reading"] is None else str(row["reading"]).lower())
        if len(seen) > 1:
            shown = " and ".join(repr(v) for v in sorted(seen, key=str))
            raise BuildError(files[source], f"record {row['record_id']}",
                             f"this article gives {row['field']} two different values ({shown}); one article states "
                             "one value per record: keep the entry that states it, or split the record")
