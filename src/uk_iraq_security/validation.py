"""Validate tables three ways (needs the `validate` extra): pandera schemas derived from the Table Schemas, cross-table checks,
and the real `frictionless validate` on the written package.

The derivation (pandera's from_frictionless_schema) misses dates, optional integers, v2
`categories` and our `x-code` rule; those are filled from the same Table Schema fields here,
so no rule is written twice.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
import pycountry
from pandera.io.pandas_io import from_frictionless_schema

from .arrow_types import apply_arrow_schema
from .dataset_files import X_FILES
from .dataset_paths import MAX_ARTICLE_BYTES, inside, read_capped, read_json, resource_schema, shown
from .dtypes import category_values, pandas_dtype, to_pandas
from .entities import CODE_SOURCES, ENTITIES, WITHDRAWN_CURRENCIES
from .errors import DatasetFolderError
from .formats import FORMATS, MAIN, table_of
from .hashing import ALGORITHMS, file_digest, sha256
from .registry import ISO3166_SHAPE, SOURCE_TABLE, Tables, looks_like_code, tables_from_schemas
from .sqlite_db import database_problems
from .weblinks import url_problems, web_url


def _is_place_code(v: str) -> bool:
    """An ISO 3166-1 alpha-2 or ISO 3166-2 code that exists, or an organisation code of entities.py."""
    if v in ENTITIES:
        return True
    if not ISO3166_SHAPE.fullmatch(v):
        return False
    return (pycountry.subdivisions.get(code=v) if "-" in v else pycountry.countries.get(alpha_2=v)) is not None


CODE_CHECKS = {
    "iso3166": pa.Check(_is_place_code, element_wise=True, error=f"not a code: expected {CODE_SOURCES}"),
    "iso3166-or-region": pa.Check(lambda v: not looks_like_code(v) or _is_place_code(v), element_wise=True,
                                  error=f"looks like a code but is not one: expected {CODE_SOURCES}, or a named region "
                                        "(Europe, Mediterranean)"),
    "iso4217": pa.Check(lambda v: v in WITHDRAWN_CURRENCIES or pycountry.currencies.get(alpha_3=v) is not None,
                        element_wise=True, error="not an ISO 4217 currency code"),
    "iso639-1": pa.Check(lambda v: pycountry.languages.get(alpha_2=v) is not None, element_wise=True,
                         error="not an ISO 639-1 language code"),
}

URL_CHECK = pa.Check(web_url, element_wise=True, error="not an http(s) URL")


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
        if field.get("format") == "uri":  # a link readers follow: javascript:, data: or file: would run or open something
            checks.append(URL_CHECK)
        updates[field["name"]] = {"dtype": dtype, "checks": checks}
    return base.update_columns(updates)


@lru_cache(maxsize=64)
def _cached_schema(schema_json: str) -> pa.DataFrameSchema:
    return pandera_schema(json.loads(schema_json))


def cached_pandera_schema(table_schema: dict) -> pa.DataFrameSchema:
    """``pandera_schema``, derived once per distinct Table Schema (a build checks each table three ways)."""
    return _cached_schema(json.dumps(table_schema, sort_keys=True))


def _problem(out: list, table: str, record, message: str):
    out.append(f"{MAIN.path(table)}: {record}: {message}")


def cross_table_problems(frames: dict[str, pd.DataFrame], root: Path | None, tables: Tables) -> list[str]:
    """Checks across tables, read from the tables registry: every row of a fact table cited, every
    citation pointing at a row, foreign keys resolved, required children present, periods ordered.
    ``root`` (a checkout with seeds/) enables the quote and sha256 checks."""
    out: list[str] = []
    cit = frames["citations"]
    cited = set(zip(cit["table"].astype(str), cit["record_id"].astype(str)))
    keys = {name: set(frames[name][tables[name].id_column].astype(str)) for name in tables.facts}
    keys[SOURCE_TABLE] = set(frames[SOURCE_TABLE]["source_id"].astype(str))
    for name in tables.facts:
        for rid in sorted(keys[name]):
            if (name, rid) not in cited:
                _problem(out, name, rid, "no citation supports this row")
    row: Any  # a named tuple of this table's columns
    for row in cit.itertuples(index=False):
        if row.record_id not in keys.get(str(row.table), ()):
            _problem(out, "citations", row.citation_id, f"cites {row.table}/{row.record_id}, which does not exist")
        if not 0 <= row.char_start < row.char_end:
            _problem(out, "citations", row.citation_id, f"offsets {row.char_start}-{row.char_end} are not an interval")
        out += _sentence_problems(row)
        cited_frame = frames.get(str(row.table))
        if isinstance(row.fields, str) and cited_frame is not None:
            unknown = [f for f in row.fields.split(";") if f not in cited_frame.columns]
            if unknown:
                _problem(out, "citations", row.citation_id, f"fields {unknown} are not columns of {row.table}")
    for name, table in tables.items():
        df = frames[name]
        for fk in table.foreign_keys:
            if len(fk.columns) != 1:
                continue
            target = set(frames[fk.table][fk.target[0]].dropna().astype(str))
            for value in sorted(set(df[fk.columns[0]].dropna().astype(str)) - target):
                _problem(out, name, value, f"{fk.columns[0]} is not in {fk.table}.{fk.target[0]}")
        for child in table.required_children:
            fk = next(fk for fk in tables[child].parents if fk.table == name)
            for rid in sorted(set(df[table.id_column].astype(str)) - set(frames[child][fk.columns[0]].astype(str))):
                _problem(out, name, rid, f"has no rows in {child}")
        if {"participant_type", "official_id"} <= set(table.columns):
            # an official is linked, never named again; a smuggler or a suspect is never an official
            official = df["participant_type"].astype(str) == "official"
            for i in df.index[official != df["official_id"].notna()]:
                _problem(out, name, df.loc[i, table.primary_key[0]], "official_id is set exactly when participant_type is official")
            for i in df.index[~official & df[[c for c in ("name", "organization", "party_code") if c in df]].isna().all(axis=1)]:
                _problem(out, name, df.loc[i, table.primary_key[0]], "a participant who is not an official needs a name, organization or party_code")
        if {"speaker_official_id", "speaker_name", "speaker_organization"} <= set(table.columns):
            # a statement says who spoke: an official is linked, never named again; anyone else is named
            speakers = df[["speaker_official_id", "speaker_name", "speaker_organization"]].notna()
            for i in df.index[speakers.speaker_official_id & speakers.speaker_name]:
                _problem(out, name, df.loc[i, table.primary_key[0]], "speaker_name is set exactly when the speaker is a person "
                         "not in officials: give speaker_official_id or speaker_name, not both")
            officials = next((fk.table for fk in table.foreign_keys if fk.columns == ("speaker_official_id",)), None)
            if officials is not None and "name" in frames[officials]:
                named = df.speaker_name.isin(set(frames[officials]["name"].dropna().astype(str)))
                for i in df.index[named.fillna(False).astype(bool)]:
                    _problem(out, name, df.loc[i, table.primary_key[0]], f"speaker_name {df.loc[i, 'speaker_name']!r} is in "
                             f"{officials}: link the official with speaker_official_id instead")
            for i in df.index[~speakers.any(axis=1)]:
                _problem(out, name, df.loc[i, table.primary_key[0]], "no speaker: give speaker_official_id (an official), "
                         "speaker_name (a person not in officials) or speaker_organization (an office)")
        for start in (c for c in table.columns if c.endswith("_start") and c.removesuffix("_start") + "_end" in table.columns):
            end = start.removesuffix("_start") + "_end"
            bad = df[df[start].notna() & df[end].notna() & (df[start] > df[end])]
            for i in bad.index:
                _problem(out, name, df.loc[i, table.primary_key[0]], f"{start} is after {end}")
    src = frames[SOURCE_TABLE]
    for row in src.itertuples(index=False):
        if pd.isna(row.reference_date) != pd.isna(row.reference_date_basis):
            _problem(out, "sources", row.source_id, "reference_date and reference_date_basis must both be set or both null")
        if pd.isna(row.url) and pd.isna(row.title):  # a print article or an e-mailed release: known by publisher and title
            _problem(out, "sources", row.source_id, "has neither url nor title: an article without a web address needs its title")
    if root is not None:
        out += _quote_problems(frames, root)
    return out


def _sentence_problems(row) -> list[str]:
    """The sentence holds the quote at the offsets both give (checkable without the article)."""
    out: list[str] = []
    start, end, sentence = row.sentence_start, row.sentence_end, row.sentence
    if not start <= row.char_start < row.char_end <= end:
        _problem(out, "citations", row.citation_id,
                 f"sentence {start}-{end} does not hold the quote at {row.char_start}-{row.char_end}")
    elif len(sentence) != end - start or sentence[row.char_start - start:row.char_end - start] != row.quote:
        _problem(out, "citations", row.citation_id, f"the quote is not at its offsets inside the sentence {sentence!r}")
    return out


def _quote_problems(frames: dict[str, pd.DataFrame], root: Path) -> list[str]:
    out: list[str] = []
    texts = {}
    row: Any  # a named tuple of this table's columns
    for row in frames["sources"].itertuples(index=False):
        try:
            path = inside(root, row.seed_file, "seed_file")
        except DatasetFolderError as e:
            _problem(out, "sources", row.source_id, str(e))
            continue
        if not path.is_file():
            _problem(out, "sources", row.source_id, f"{row.seed_file} not found")
            continue
        try:
            data = read_capped(path, MAX_ARTICLE_BYTES, "far more than a news article")
            article = data.decode("utf-8")
        except (DatasetFolderError, UnicodeDecodeError) as e:
            _problem(out, "sources", row.source_id, f"{row.seed_file}: {e}")
            continue
        if sha256(data) != row.sha256:
            _problem(out, "sources", row.source_id, f"{row.seed_file} does not match its sha256")
        texts[row.source_id] = article
        if len(article) != row.char_length:
            _problem(out, "sources", row.source_id, "char_length differs from the decoded text")
    for row in frames["citations"].itertuples(index=False):
        text = texts.get(row.source_id)
        if text is not None and text[row.char_start:row.char_end] != row.quote:
            _problem(out, "citations", row.citation_id,
                     f"quote {row.quote!r} != text[{row.char_start}:{row.char_end}] = {text[row.char_start:row.char_end]!r}")
        if text is not None and text[row.sentence_start:row.sentence_end] != row.sentence:
            _problem(out, "citations", row.citation_id,
                     f"sentence {row.sentence!r} != text[{row.sentence_start}:{row.sentence_end}]")
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
    return problems + cross_table_problems(frames, root, tables_from_schemas(schemas))


def _file_problems(package_dir: Path, entries: list[dict], what) -> list[str]:
    out = []
    for entry in entries:
        path = package_dir / entry["path"]
        if not path.is_file():
            out.append(f"{entry['path']}: missing ({what(entry)})")
            continue
        size = path.stat().st_size
        if "bytes" in entry and size != entry["bytes"]:
            out.append(f"{entry['path']}: {size} bytes, datapackage.json says {shown(entry['bytes'])}")
            continue  # a file of the wrong size is not hashed: however large it is, it is not read
        if "hash" in entry:
            algo, _, expected = str(entry["hash"]).rpartition(":")
            if (algo or "md5") not in ALGORITHMS:
                out.append(f"{entry['path']}: datapackage.json gives the hash {shown(entry['hash'])}; expected "
                           f"'<algorithm>:<hex digest>' with one of {', '.join(ALGORITHMS)}")
                continue
            actual = file_digest(path, algo or "md5")
            if actual != expected:
                out.append(f"{entry['path']}: {algo or 'md5'} is {actual}, datapackage.json says {shown(expected)}")
    return out


def resource_file_problems(package_dir: Path, pkg: dict) -> list[str]:
    """Check every resource's file against its `bytes` and `hash` (frictionless skips them for Parquet)."""
    return _file_problems(package_dir, pkg["resources"], lambda res: f"resource {res['name']}")


def data_file_problems(package_dir: Path, pkg: dict) -> list[str]:
    """Every file of data/ is a resource or an `x-files` entry (documents, the SQLite copy) of the
    descriptor, with the bytes and sha256 it gives: a data/ that is not the one datapackage.json was
    written for (as a build killed mid-swap leaves it: no data/, or a new data/ beside the old
    descriptor) is refused. The `x-files` entries are checked like resources."""
    entries = pkg.get(X_FILES, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("path"), str) for e in entries):
        return [f"datapackage.json: {X_FILES} is not a list of objects with a 'path' string"]
    out = _file_problems(package_dir, entries, lambda _: f"listed in {X_FILES}")
    listed = {r["path"] for r in pkg["resources"]} | {e["path"] for e in entries}
    folder = package_dir / "data"
    present = {f"data/{p.name}" for p in folder.iterdir()} if folder.is_dir() else set()
    return out + [f"{rel}: not listed in datapackage.json, which lists every file of data/; "
                  "in a checkout, run `python scripts/build.py`" for rel in sorted(present - listed)]


def frictionless_problems(descriptor_path: Path, formats: tuple[str, ...] | None = None) -> list[str]:
    """Run the real frictionless validator on a datapackage.json; return its errors as lines.
    ``formats``: only the resources in these formats (all when None)."""
    from frictionless import FrictionlessException, Package

    try:
        if formats is None:
            package = Package(str(descriptor_path))
        else:
            descriptor = json.loads(Path(descriptor_path).read_text(encoding="utf-8"))
            descriptor["resources"] = [r for r in descriptor["resources"] if r.get("format") in formats]
            package = Package(descriptor, basepath=str(Path(descriptor_path).parent))
        report = package.validate()
    except FrictionlessException as e:  # a descriptor frictionless cannot even open
        return [f"package: {e.error.message}"]
    if report.valid:
        return []
    return [
        f"{task.name}: row {err.get('rowNumber')} field {err.get('fieldName')}: {err.get('note') or err.get('message')}"
        for task in report.tasks for err in (e.to_descriptor() for e in task.errors)
    ] + [f"package: {e.message}" for e in report.errors]


# The profiles frictionless knows without reading anything: any other `profile` is a URL it would fetch or a
# file it would open.
BUILTIN_PROFILES = {"data-package", "tabular-data-package", "data-resource", "tabular-data-resource"}


def path_problems(package_dir: Path, pkg: dict) -> list[str]:
    """Every path the descriptor names (resources' path, schema and dialect, x-files) and every file of
    data/ must stay inside `package_dir`, symlinks resolved, and no profile may send frictionless to a URL
    or another file: checked before anything is read, as a folder from elsewhere may be hostile."""
    named: list[tuple[str, object]] = []
    out = []
    for where, item in [("", pkg), *((f"resources[{i}].", r) for i, r in enumerate(pkg["resources"]))]:
        if not isinstance(item, dict):
            continue
        if where:
            named += [(f"{where}{key}", item[key]) for key in ("path", "schema", "dialect") if isinstance(item.get(key), str)]
        for key in ("profile", "profiles"):
            value = item.get(key)
            values = value if isinstance(value, list) else [value]
            if key in item and not all(isinstance(v, str) and v in BUILTIN_PROFILES for v in values):
                out.append(f"datapackage.json {where}{key} is {shown(item[key])}: only the built-in profiles "
                           f"{', '.join(sorted(BUILTIN_PROFILES))} are accepted (another is a URL or a file that would be read)")
    entries = pkg.get(X_FILES)
    if isinstance(entries, list):
        named += [(f"{X_FILES}[{j}].path", e["path"]) for j, e in enumerate(entries) if isinstance(e, dict) and "path" in e]
    data = package_dir / "data"
    named = [(f"datapackage.json {field}", rel) for field, rel in named]
    if data.is_dir() and not data.is_symlink():
        named += [("a file of data/", f"data/{p.name}") for p in sorted(data.iterdir())]
    for field, rel in named:
        try:
            inside(package_dir, rel, field)
        except DatasetFolderError as e:
            out.append(str(e))
    return out


def validate_package(package_dir: Path | None = None, *, validated: dict[str, pd.DataFrame] | None = None,
                     frictionless: bool = True) -> list[str]:
    """Validate a built dataset folder (datapackage.json with its Table Schemas, data/): file sizes and hashes (of
    every file of data/, none missing or extra: a data/ and a datapackage.json of two builds are refused),
    frictionless, pandera and cross-table checks on one format, and the other format equal to it. With
    seeds/ beside it (a checkout), also every quote against its article. Returns the problems; empty means valid.

    The CSV tables are checked (those of another format if a CSV cannot be read); the tables in every
    other format (``formats.FORMATS``) must then equal them, which carries every check over. ``validated``:
    frames that already passed ``frame_problems`` (the build's, in memory); then every format need only equal them.
    ``frictionless=False`` skips frictionless, for a caller that runs it on a descriptor of the same files."""
    from .dataset_files import dataset_root

    package_dir = Path(package_dir) if package_dir else dataset_root()
    descriptor = package_dir / "datapackage.json"
    try:
        pkg = read_json(inside(package_dir, "datapackage.json", "the descriptor"))
        if not isinstance(pkg, dict) or not isinstance(pkg.get("resources"), list):
            raise ValueError("not a Data Package descriptor (a JSON object with a 'resources' list)")
        for i, res in enumerate(pkg["resources"]):
            if not isinstance(res, dict) or not all(isinstance(res.get(k), str) for k in ("name", "path")):
                raise ValueError(f"resources[{i}] is not an object with 'name' and 'path' strings")
            # frictionless itself fails with a traceback on a hash or size of another type
            if not isinstance(res.get("hash", ""), str) or type(res.get("bytes", 0)) is not int:
                raise ValueError(f"resources[{i}] ({shown(res['name'])}): 'hash' must be a string and 'bytes' an integer")
    except ValueError as e:  # DatasetFolderError included
        return [f"{descriptor}: cannot read the package descriptor: {e}"]
    if unsafe := path_problems(package_dir, pkg):
        return unsafe + url_problems(pkg)  # nothing is read through a path that leaves the folder
    problems = url_problems(pkg) + resource_file_problems(package_dir, pkg) + data_file_problems(package_dir, pkg)
    try:
        schemas = {r["name"]: resource_schema(package_dir, r, f"datapackage.json resources[{i}]")
                   for i, r in enumerate(pkg["resources"]) if r.get("format") == MAIN.name}
        if not all(isinstance(s, dict) for s in schemas.values()):
            raise ValueError("a Table Schema is not a JSON object")
    except (OSError, ValueError, KeyError, TypeError) as e:
        fl = frictionless_problems(descriptor) if frictionless else []
        return fl + problems + [f"{package_dir}: cannot read a Table Schema the descriptor names: {e}"]
    seeds = package_dir if (package_dir / "seeds").is_dir() else None
    frames: dict[str, dict[str, pd.DataFrame]] = {}
    for file_format in FORMATS.values():
        frames[file_format.name] = {}
        for res in pkg["resources"]:
            if res.get("format") != file_format.name:
                continue
            table = table_of(res)
            path = package_dir / res["path"]
            try:
                raw = file_format.read(path, schemas[table])
            except (OSError, ValueError) as e:  # missing, truncated or not a table at all
                problems.append(f"{res['path']}: cannot read it as {file_format.name}: {e}")
                continue
            try:
                frames[file_format.name][table] = to_pandas(apply_arrow_schema(raw, schemas[table]), schemas[table])
            except (TypeError, ValueError) as e:
                problems.append(f"{res['path']}: {e}")
    checked = MAIN.name if validated is not None else next((f for f in FORMATS if set(frames[f]) == set(schemas)), None)
    if frictionless:
        # frictionless checks the files of the format whose frames are checked (CSV, unless one cannot
        # be read); the other format must equal them, which carries the checks over without reading
        # and checking the same tables twice. Neither readable whole: frictionless reports on all.
        problems = frictionless_problems(descriptor, (checked,) if checked else None) + problems
    if validated is not None:
        reference, label, others = validated, "the tables validated in memory", list(FORMATS)
    else:
        if checked is None:
            return problems  # neither format could be read whole: those problems say why
        problems += [f"[{checked}] {p}" for p in frame_problems(frames[checked], schemas, seeds)]
        reference, label, others = frames[checked], FORMATS[checked].label, [f for f in FORMATS if f != checked]
    for fmt in others:
        for table in sorted(set(frames[fmt]) & set(reference)):
            if difference := _difference(reference[table], frames[fmt][table]):
                problems.append(f"data/{table}: {label} and {FORMATS[fmt].label} differ: {difference}")
    return problems + database_problems(package_dir)


def _same(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """What ``_full_difference`` checks, at a fraction of its cost, for frames that are equal (the usual
    case): the same columns in order, the same index, dtypes (categories in the same order) and values
    (``equals``: nulls in the same places). Stricter where it must be quick (a RangeIndex is not an
    Index of the same numbers here); False sends the frames to ``_full_difference``."""
    return (list(a.columns) == list(b.columns) and type(a.index) is type(b.index)
            and a.index.equals(b.index) and list(a.index.names) == list(b.index.names)
            and all(x == y and (not isinstance(x, pd.CategoricalDtype)
                                or (list(x.categories) == list(y.categories) and x.categories.dtype == y.categories.dtype))
                    for x, y in zip(a.dtypes, b.dtypes))
            and a.equals(b))


def _difference(a: pd.DataFrame, b: pd.DataFrame) -> str | None:
    """How two frames differ, or None."""
    return None if _same(a, b) else _full_difference(a, b)


def _full_difference(a: pd.DataFrame, b: pd.DataFrame) -> str | None:
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
