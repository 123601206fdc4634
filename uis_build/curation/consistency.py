"""One article, one value per field of a record: two evidence entries of one article that read a
record's field as different values (not just different words) are a curation error, not a conflict
between sources."""

from __future__ import annotations

from .errors import BuildError
from .fields import fields_of


def shown(v) -> str | None:
    """A reading's value as text: 300000.0 and 300000 read alike."""
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def normalised(v) -> str | None:
    """Readings compare case-insensitively: 'Joint Statement' and 'joint statement' agree."""
    f = shown(v)
    return f.lower() if f is not None else None


def one_value_per_article(rb) -> None:
    """Raise BuildError naming the article file and record when one article's readings of a record give
    a compared column of kind ``value`` two different values (``rb``: a resolved records.RecordBuilder;
    the readings are compared directly, since conflicts leave out readings that repeat the chosen one)."""
    for rid, res in sorted(rb.done.items()):
        known = fields_of(rb.ann.tables[res.table])
        for name in res.chosen:
            for key, kind in known[name].compare.items():
                if kind != "value":
                    continue
                seen: dict[str, dict] = {}
                for r in res.readings:
                    if name in r.fields:
                        v = r.fields[name].columns.get(key)
                        seen.setdefault(r.evidence.source_id, {}).setdefault(normalised(v), (shown(v), r.evidence.file))
                for values in seen.values():
                    if len(values) > 1:
                        both = " and ".join(repr(v) for v, _ in sorted(values.values(), key=lambda x: str(x[0])))
                        file = next(iter(values.values()))[1]
                        raise BuildError(file, f"record {rid}",
                                         f"this article gives {key} two different values ({both}); one article states "
                                         "one value per record: keep the entry that states it, or split the record")
