"""evidence(): the citations of a record or a table, each with its sentence and its article, in one frame."""

from __future__ import annotations

import difflib

import pandas as pd

from .errors import ArgumentTypeError, UkIraqSecurityError
from .loading import UnknownTableError, load, schema
from .registry import category_values

# The columns of an evidence frame, in order: the row supported, what supports it, where it is.
COLUMNS = ["citation_id", "table", "record_id", "fields", "gives", "quote", "sentence", "char_start", "char_end",
           "sentence_start", "sentence_end", "source_id", "origin_id", "independent_sources", "certainty", "publisher",
           "title", "url", "published_date", "reference_date"]
SOURCE_COLUMNS = ["source_id", "origin_id", "publisher", "title", "url", "published_date", "reference_date"]


class UnknownRecordError(UkIraqSecurityError, KeyError):
    """A record id that is in no table of the dataset."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.args[0]


def cited_tables() -> list[str]:
    """The tables whose rows citations support (the categories of citations.table)."""
    return category_values(next(f for f in schema("citations")["fields"] if f["name"] == "table")) or []


def record_ids(table: str) -> list[str]:
    """The primary keys of a table's rows."""
    (key,) = schema(table)["primaryKey"]
    return load(table)[key].astype(str).tolist()


def _unknown(record_id: str, table: str | None) -> UnknownRecordError:
    if table:
        elsewhere = [t for t in cited_tables() if t != table and record_id in record_ids(t)]
        if elsewhere:
            return UnknownRecordError(f"no record {record_id!r} in {table}; it is in {elsewhere[0]}")
    scope = [table] if table else cited_tables()
    known = [rid for t in scope for rid in record_ids(t)]
    close = difflib.get_close_matches(record_id, known, n=3, cutoff=0.6)
    where = f"in {table}" if table else "in any table"
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else \
        "; record ids are the first column of each table (uk-iraq-security show TABLE)"
    return UnknownRecordError(f"no record {record_id!r} {where}{hint}")


def evidence(record_id: str | None = None, *, table: str | None = None) -> pd.DataFrame:
    """One row per citation of a record (or of every record of ``table``, or of all records): the
    quote, its whole sentence, their offsets, the fields of the record it supports (``fields``: its
    reading agrees) and gives (``gives``: the record's value was taken from it, table readings), the
    article and its origin, how many independent origins report the record (``independent_sources``:
    rewrites of one announcement count once) and the certainty of each of its dates (``certainty``).

    Unknown ids raise ``UnknownRecordError`` (a ``KeyError``) suggesting close matches; a table no
    citation can refer to raises ``UnknownTableError``. A record that exists but is not cited (a
    source with no cited headline or date) gives an empty frame. A ``record_id`` or ``table`` that is not
    a str raises ``ArgumentTypeError`` (a ``TypeError``).
    """
    for name, value, example in (("record_id", record_id, "fund-gb-border-security-command"), ("table", table, "funding")):
        if value is not None and not isinstance(value, str):
            raise ArgumentTypeError(f"evidence(): {name} must be a str such as {example!r}, or None; not "
                                    f"{type(value).__name__} {value!r:.80}")
    if table is not None and table not in cited_tables():
        raise UnknownTableError(f"no evidence for table {table!r}; tables with evidence: {', '.join(cited_tables())}")
    cit = load("citations")
    if table is not None:
        cit = cit[cit["table"] == table]
    if record_id is not None:
        cit = cit[cit["record_id"] == record_id]
        if cit.empty and not any(record_id in record_ids(t) for t in ([table] if table else cited_tables())):
            raise _unknown(record_id, table)
    out = cit.merge(load("sources")[SOURCE_COLUMNS], on="source_id", how="left", validate="many_to_one")
    facts = _record_facts(sorted(set(out["table"].astype(str))))
    facts["table"] = facts["table"].astype(out["table"].dtype)
    out = out.merge(facts, on=["table", "record_id"], how="left")
    rd = load("readings")
    gives = rd[rd["chosen"] & (rd["level"] == "column")].groupby("citation_id", observed=True)["column"].agg(";".join)
    out["gives"] = out["citation_id"].map(gives)
    out = out.sort_values(["table", "record_id", "citation_id"], kind="stable")
    return out[COLUMNS].reset_index(drop=True)


def _record_facts(tables: list[str]) -> pd.DataFrame:
    """Per record of ``tables``: how many independent origins report it, and the certainty of each of
    its dates and periods ('date_certainty=bounded'; several joined by ';')."""
    frames = []
    for t in tables:
        df = load(t)
        (key,) = schema(t)["primaryKey"]
        cols = [c for c in df.columns if c.endswith("_certainty") and c != "reference_date_certainty"]
        certainty = df[cols].astype("string").apply(
            lambda r: ";".join(f"{c}={v}" for c, v in r.items() if pd.notna(v)) or None, axis=1) if cols else None
        frames.append(pd.DataFrame({"table": t, "record_id": df[key].astype(str).to_numpy(),
                                    "independent_sources": df["independent_sources"].to_numpy()
                                    if "independent_sources" in df else pd.NA,
                                    "certainty": certainty.to_numpy() if certainty is not None else None}))
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=["table", "record_id", "independent_sources", "certainty"])
    out["independent_sources"] = out["independent_sources"].astype("Int64")
    return out
