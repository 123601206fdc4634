"""Validate tables three ways (needs the `validate` extra): pandera schemas derived from the Table Schemas, cross-table checks,
and the real `frictionless validate` on the written package.

The derivation (pandera's from_frictionless_schema) misses dates, optional integers, v2
`categories` and our `x-code` rule; those are filled from the same Table Schema fields here,
so no rule is written twice.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pycountry
from pandera.io.pandas_io import from_frictionless_schema

from .dtypes import apply_schema, category_values, pandas_dtype
from .hashing import sha256
from .parsing.geography import code_name, looks_like_code


def _is_iso3166(v: str) -> bool:
    return looks_like_code(v) and code_name(v) is not None


CODE_CHECKS = {
    "iso3166": pa.Check(_is_iso3166, element_wise=True, error="not an ISO 3166-1 alpha-2 or ISO 3166-2 code"),
    "iso3166-or-region": pa.Check(lambda v: not looks_like_code(v) or _is_iso3166(v), element_wise=True,
                                  error="looks like a code but is not ISO 3166"),
    "iso4217": pa.Check(lambda v: pycountry.currencies.get(alpha_3=v) is not None, element_wise=True,
                        error="not an ISO 4217 currency code"),
    "iso639-1": pa.Check(lambda v: pycountry.languages.get(alpha_2=v) is not None, element_wise=True,
                         error="not an ISO 639-1 language code"),
}


def pandera_schema(table_schema: dict) -> pa.DataFrameSchema:
    """pandera schema derived from a Table Schema, completed where the derivation falls short."""
    base = from_frictionless_schema(table_schema)
    updates = {}
    for field in table_schema["fields"]:
        col = base.columns[field["name"]]
        checks = list(col.checks or [])
        values = category_values(field)
        dtype = "string" if values is not None else pandas_dtype(field)
        if values is not None:
            checks.append(pa.Check.isin(values, error=f"not among the categories of {field['name']}"))
        if field.get("x-code"):
            checks.append(CODE_CHECKS[field["x-code"]])
        updates[field["name"]] = {"dtype": dtype, "checks": checks}
    return base.update_columns(updates)


@lru_cache(maxsize=64)
def _cached_schema(schema_json: str) -> pa.DataFrameSchema:
    return pandera_schema(json.loads(schema_json))


def cached_pandera_schema(table_schema: dict) -> pa.DataFrameSchema:
    """``pandera_schema``, derived once per distinct Table Schema (a build checks each table three ways)."""
    return _cached_schema(json.dumps(table_schema, sort_keys=True))


def _problem(out: list, table: str, record, message: str):
    out.append(f"data/{table}.csv: {record}: {message}")


def cross_table_problems(frames: dict[str, pd.DataFrame], root: Path | None) -> list[str]:
    """Checks across tables: every record cited, every citation's quote equals its slice, keys resolve,
    periods ordered. ``root`` (a checkout with seeds/) enables the quote and sha256 checks."""
    out: list[str] = []
    cit = frames["citations"]
    cited = set(zip(cit["table"].astype(str), cit["record_id"].astype(str)))
    keys = {}
    for table, id_col in (("statistics", "statistic_id"), ("funding", "funding_id"),
                          ("officials", "official_id"), ("agreements", "agreement_id"), ("statements", "statement_id"),
                          ("sources", "source_id")):
        keys[table] = set(frames[table][id_col].astype(str))
        if table != "sources":
            for rid in sorted(keys[table]):
                if (table, rid) not in cited:
                    _problem(out, table, rid, "no citation supports this row")
    for row in cit.itertuples(index=False):
        if row.record_id not in keys[str(row.table)]:
            _problem(out, "citations", row.citation_id, f"cites {row.table}/{row.record_id}, which does not exist")
        if row.source_id not in keys["sources"]:
            _problem(out, "citations", row.citation_id, f"source {row.source_id!r} is not in sources")
        if not 0 <= row.char_start < row.char_end:
            _problem(out, "citations", row.citation_id, f"offsets {row.char_start}-{row.char_end} are not an interval")
    parties = frames["agreement_parties"]
    for aid in sorted(set(parties["agreement_id"]) - keys["agreements"]):
        _problem(out, "agreement_parties", aid, "agreement_id is not in agreements")
    for aid in sorted(keys["agreements"] - set(parties["agreement_id"])):
        _problem(out, "agreements", aid, "has no parties in agreement_parties")
    speakers = frames["statements"]["speaker_official_id"].dropna()
    for sid in sorted(set(speakers) - keys["officials"]):
        _problem(out, "statements", sid, "speaker_official_id is not in officials")
    for cid in sorted(set(frames["conflicts"]["citation_id"]) - set(cit["citation_id"])):
        _problem(out, "conflicts", cid, "citation_id is not in citations")
    stats = frames["statistics"]
    bad = stats[stats["period_start"].notna() & stats["period_end"].notna() & (stats["period_start"] > stats["period_end"])]
    for rid in bad["statistic_id"]:
        _problem(out, "statistics", rid, "period_start is after period_end")
    src = frames["sources"]
    for row in src.itertuples(index=False):
        if pd.isna(row.reference_date) != pd.isna(row.reference_date_basis):
            _problem(out, "sources", row.source_id, "reference_date and reference_date_basis must both be set or both null")
    if root is not None:
        out += _quote_problems(frames, root)
    return out


def _quote_problems(frames: dict[str, pd.DataFrame], root: Path) -> list[str]:
    out: list[str] = []
    texts = {}
    for row in frames["sources"].itertuples(index=False):
        path = root / row.seed_file
        if not path.is_file():
            _problem(out, "sources", row.source_id, f"{row.seed_file} not found")
            continue
        data = path.read_bytes()
        if sha256(data) != row.sha256:
            _problem(out, "sources", row.source_id, f"{row.seed_file} does not match its sha256")
        texts[row.source_id] = data.decode("utf-8")
        if len(texts[row.source_id]) != row.char_length:
            _problem(out, "sources", row.source_id, "char_length differs from the decoded text")
    for row in frames["citations"].itertuples(index=False):
        text = texts.get(row.source_id)
        if text is not None and text[row.char_start:row.char_end] != row.quote:
            _problem(out, "citations", row.citation_id,
                     f"quote {row.quote!r} != text[{row.char_start}:{row.char_end}] = {text[row.char_start:row.char_end]!r}")
    return out


def frame_problems(frames: dict[str, pd.DataFrame], schemas: dict[str, dict], root: Path | None) -> list[str]:
    """Problems found by the pandera schemas and the cross-table checks (empty list: valid)."""
    problems: list[str] = []
    for table, df in frames.items():
        try:
            cached_pandera_schema(schemas[table]).validate(df, lazy=True)
        except pa.errors.SchemaErrors as e:
            for case in e.failure_cases.head(20).itertuples(index=False):
                _problem(problems, table, f"row {case.index}", f"column {case.column}: {case.check} (value {case.failure_case!r})")
    return problems + cross_table_problems(frames, root)


def resource_file_problems(package_dir: Path, pkg: dict) -> list[str]:
    """Check every resource's file against its `bytes` and `hash` (frictionless skips them for Parquet)."""
    out = []
    for res in pkg["resources"]:
        path = package_dir / res["path"]
        if not path.is_file():
            out.append(f"{res['path']}: missing (resource {res['name']})")
            continue
        data = path.read_bytes()
        if "bytes" in res and len(data) != res["bytes"]:
            out.append(f"{res['path']}: {len(data)} bytes, datapackage.json says {res['bytes']}")
        if "hash" in res:
            algo, _, expected = res["hash"].rpartition(":")
            actual = hashlib.new(algo or "md5", data).hexdigest()
            if actual != expected:
                out.append(f"{res['path']}: {algo or 'md5'} is {actual}, datapackage.json says {expected}")
    return out


def frictionless_problems(descriptor_path: Path) -> list[str]:
    """Run the real frictionless validator on a datapackage.json; return its errors as lines."""
    from frictionless import Package

    report = Package(str(descriptor_path)).validate()
    if report.valid:
        return []
    return [
        f"{task.name}: row {err.get('rowNumber')} field {err.get('fieldName')}: {err.get('note') or err.get('message')}"
        for task in report.tasks for err in (e.to_descriptor() for e in task.errors)
    ] + [f"package: {e.message}" for e in report.errors]


_NAMES = {"csv": "CSV", "parquet": "Parquet"}


def validate_package(package_dir: Path | None = None, *, validated: dict[str, pd.DataFrame] | None = None,
                     frictionless: bool = True) -> list[str]:
    """Validate a built dataset folder (datapackage.json, data/, schemas/): frictionless, file hashes,
    pandera and cross-table checks on one format, and the other format equal to it. With seeds/ beside
    it (a checkout), also every quote against its article. Returns the problems; empty means valid.

    The CSV tables are checked (the Parquet ones if a CSV cannot be read); the Parquet tables must
    then equal them, which carries every check over. ``validated``: frames that already passed
    ``frame_problems`` (the build's, in memory); then both formats need only equal them.
    ``frictionless=False`` skips frictionless, for a caller that runs it on a descriptor of the same files."""
    import pyarrow.parquet as pq

    from .dataset_files import dataset_root

    package_dir = Path(package_dir) if package_dir else dataset_root()
    pkg = json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))
    problems = frictionless_problems(package_dir / "datapackage.json") if frictionless else []
    problems += resource_file_problems(package_dir, pkg)
    schemas = {r["name"]: json.loads((package_dir / r["schema"]).read_text(encoding="utf-8"))
               for r in pkg["resources"] if r.get("format") == "csv"}
    seeds = package_dir if (package_dir / "seeds").is_dir() else None
    frames = {}
    for fmt in ("csv", "parquet"):
        frames[fmt] = {}
        for res in pkg["resources"]:
            if res.get("format") != fmt:
                continue
            table = res["name"].removesuffix("-parquet")
            path = package_dir / res["path"]
            raw = (pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""]) if fmt == "csv"
                   else pq.read_table(path).to_pandas())
            try:
                frames[fmt][table] = apply_schema(raw, schemas[table])
            except (TypeError, ValueError) as e:
                problems.append(f"{res['path']}: {e}")
    if validated is not None:
        reference, label, others = validated, "the tables validated in memory", ("csv", "parquet")
    else:
        checked = next((f for f in ("csv", "parquet") if set(frames[f]) == set(schemas)), None)
        if checked is None:
            return problems  # neither format could be read whole: those problems say why
        problems += [f"[{checked}] {p}" for p in frame_problems(frames[checked], schemas, seeds)]
        reference, label, others = frames[checked], _NAMES[checked], [f for f in ("csv", "parquet") if f != checked]
    for fmt in others:
        for table in sorted(set(frames[fmt]) & set(reference)):
            if difference := _difference(reference[table], frames[fmt][table]):
                problems.append(f"data/{table}: {label} and {_NAMES[fmt]} differ: {difference}")
    return problems


def _difference(a: pd.DataFrame, b: pd.DataFrame) -> str | None:
    """How two frames differ, or None. Exact: pandas 3.1's assert_frame_equal lets Float64 columns
    differ within rtol=1e-5 even with check_exact=True, so values are also compared with ``equals``."""
    try:
        pd.testing.assert_frame_equal(a, b, check_exact=True)
    except AssertionError as e:
        return str(e)
    for col in a.columns:
        if not a[col].equals(b[col]):
            rows = [i for i, (x, y) in enumerate(zip(a[col], b[col]))
                    if pd.isna(x) != pd.isna(y) or not pd.isna(x) and x != y]
            return f"column {col!r} differs in rows {rows[:5]}"
    return None
