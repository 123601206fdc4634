"""data/uk-iraq-security.db and its Datasette metadata: the CSV tables with their types, keys,
full-text search and evidence views, checked with sqlite3, and served by a real Datasette."""

from __future__ import annotations

import csv
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

import uk_iraq_security as uis
from conftest import ROOT
from uis_build.sqlite_export import cited_tables, write_database
from uk_iraq_security.dtypes import category_values
from uk_iraq_security.sqlite_db import DB_NAME, METADATA_NAME, database_problems, sqlite_path

DB = ROOT / "data" / DB_NAME
METADATA = json.loads((ROOT / "data" / METADATA_NAME).read_text(encoding="utf-8"))
TABLES = json.loads((ROOT / "schemas" / "datapackage.template.json").read_text(encoding="utf-8"))["x-tables"]
SCHEMAS = {t: uis.schema(t) for t in TABLES}  # the complete schemas, inline in datapackage.json
SQL_TYPE = {"integer": "INTEGER", "number": "REAL", "boolean": "INTEGER", "string": "TEXT", "date": "TEXT"}
QUERIES = METADATA["databases"]["uk-iraq-security"]["queries"]
A_FUNDING_ID = "fund-iq-law-enforcement-training"


@pytest.fixture(scope="module")
def con():
    import sqlite3

    c = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    yield c
    c.close()


def _csv(table: str) -> list[dict]:
    with (ROOT / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_table_with_its_rows_and_typed_columns(con):
    names = {r[0] for r in con.execute("select name from sqlite_master where type = 'table'")}
    assert set(TABLES) <= names
    for table in TABLES:
        assert con.execute(f'select count(*) from "{table}"').fetchone()[0] == len(_csv(table)), table
        info = {r[1]: r for r in con.execute(f'pragma table_info("{table}")')}  # cid, name, type, notnull, dflt, pk
        fields = SCHEMAS[table]["fields"]
        assert list(info) == [f["name"] for f in fields]
        for f in fields:
            assert info[f["name"]][2] == SQL_TYPE[f.get("type", "string")], (table, f["name"])
            assert bool(info[f["name"]][3]) == bool(f.get("constraints", {}).get("required")), (table, f["name"])
    assert database_problems(ROOT) == []


def test_values_are_typed_and_dates_iso_text(con):
    amount, = con.execute("select amount from funding where funding_id = ?", (A_FUNDING_ID,)).fetchone()
    assert amount == 300000.0 and isinstance(amount, float)
    assert con.execute("select typeof(char_start) from citations limit 1").fetchone() == ("integer",)
    starts = [r[0] for r in con.execute("select period_start from statistics where period_start is not null")]
    assert starts and all(time.strptime(s, "%Y-%m-%d") for s in starts)
    assert {r[0] for r in con.execute("select chosen from conflicts")} == {0, 1}


def test_primary_and_foreign_keys_come_from_the_schemas(con):
    for table in TABLES:
        pk = SCHEMAS[table]["primaryKey"]
        info = sorted((r[5], r[1]) for r in con.execute(f'pragma table_info("{table}")') if r[5])
        assert [name for _, name in info] == ([pk] if isinstance(pk, str) else pk), table
        fks = {(r[3], r[2], r[4]) for r in con.execute(f'pragma foreign_key_list("{table}")')}
        want = {(fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
                for fk in SCHEMAS[table].get("foreignKeys", [])}
        assert fks == want, table
    assert any(SCHEMAS[t].get("foreignKeys") for t in TABLES)  # the loop above checked some
    assert con.execute("pragma foreign_key_check").fetchall() == []


def test_full_text_search_over_quotes_sentences_and_statements(con):
    cols = [r[1] for r in con.execute("pragma table_info(citations_fts)")]
    citation_fields = [f["name"] for f in SCHEMAS["citations"]["fields"]]
    assert cols == ["quote"] + (["sentence"] if "sentence" in citation_fields else [])
    # Porter stemming: "smuggle" finds "smuggling"
    searched = " || ' ' || ".join(f"c.{c}" for c in cols)  # a hit may be in the quote or its sentence
    hits = con.execute(f"select {searched} from citations_fts f join citations c on c.rowid = f.rowid "
                       "where citations_fts match 'smuggle'").fetchall()
    assert hits and all("smuggl" in q.lower() for (q,) in hits)
    said = con.execute("select s.text from statements_fts f join statements s on s.rowid = f.rowid "
                       "where statements_fts match 'borders'").fetchall()
    assert said and all("border" in t.lower() for (t,) in said)


def test_an_evidence_view_for_every_table_citations_cite(con):
    cited = category_values(next(f for f in SCHEMAS["citations"]["fields"] if f["name"] == "table"))
    assert cited_tables(SCHEMAS) == cited
    views = {r[0] for r in con.execute("select name from sqlite_master where type = 'view'")}
    assert views == {f"{t}_evidence" for t in cited}
    citations = _csv("citations")
    for table in cited:
        key = SCHEMAS[table]["primaryKey"]
        key = key if isinstance(key, str) else key[0]
        rows = con.execute(f"select {key}, citation_id, quote from {table}_evidence").fetchall()
        assert sorted(rows) == sorted((c["record_id"], c["citation_id"], c["quote"]) for c in citations
                                      if c["table"] == table), table
    cols = [d[0] for d in con.execute("select * from sources_evidence limit 0").description]
    assert len(cols) == len(set(cols)) and "citation_source_id" in cols  # no clash with sources.source_id


def test_canned_queries_run(con):
    assert set(QUERIES) >= {"evidence_for_record", "figures_about_place"}
    examples = {"record_id": A_FUNDING_ID, "place": "IQ", "q": "smuggle"}
    for name, query in QUERIES.items():  # every one, with an example for each of its parameters
        params = {p: examples[p] for p in re.findall(r"(?<!:):(\w+)", query["sql"])}
        assert con.execute(query["sql"], params).fetchall(), name
        assert query["title"] and query["description"], name
    ev = con.execute(QUERIES["evidence_for_record"]["sql"], {"record_id": A_FUNDING_ID}).fetchall()
    assert len(ev) == sum(c["record_id"] == A_FUNDING_ID for c in _csv("citations")) >= 1
    place = QUERIES["figures_about_place"]["sql"]
    iq = con.execute(place, {"place": "iq"}).fetchall()  # code, any case
    assert {r[0] for r in iq} == {"funding", "statistics"} and all(r[3] == "IQ" for r in iq)
    assert any(r[1] == A_FUNDING_ID and r[6] == 300000.0 and r[7] == "GBP" for r in iq)
    kr = con.execute(place, {"place": "IQ-KR"}).fetchall()
    want = ({s["statistic_id"] for s in _csv("statistics") if "IQ-KR" in (s["geography"], s["origin"])}
            | {f["funding_id"] for f in _csv("funding") if "IQ-KR" in (f["donor_code"], f["recipient_code"])})
    assert {r[1] for r in kr} == want
    qualifiers = {s["statistic_id"]: s["qualifier"] or None for s in _csv("statistics")}
    assert all(r[8] == qualifiers[r[1]] for r in kr if r[0] == "statistics") and any(r[8] for r in kr)
    assert con.execute(place, {"place": "Mediterranean"}).fetchall()
    assert con.execute(place, {"place": "Atlantis"}).fetchall() == []
    found = con.execute(QUERIES["search_evidence"]["sql"], {"q": "smuggle"}).fetchall()
    assert found and all(any(isinstance(v, str) and "smuggl" in v.lower() for v in r) for r in found)


def test_datasette_metadata_comes_from_the_schemas_and_template():
    template = json.loads((ROOT / "schemas" / "datapackage.template.json").read_text(encoding="utf-8"))
    assert METADATA["title"] == template["title"] and METADATA["license"] == template["licenses"][0]["name"]
    assert METADATA["license_url"] == template["licenses"][0]["path"] and METADATA["source_url"] == template["homepage"]
    tables = METADATA["databases"]["uk-iraq-security"]["tables"]
    for t in TABLES:
        assert tables[t]["description"] == SCHEMAS[t]["description"]
        for f in SCHEMAS[t]["fields"]:
            if f.get("description"):
                assert tables[t]["columns"][f["name"]].startswith(f["description"]), (t, f["name"])
    basis = next(f for f in SCHEMAS["funding"]["fields"] if f["name"] == "amount_basis")
    assert f"One of: {', '.join(c['value'] for c in basis['categories'])}." in tables["funding"]["columns"]["amount_basis"]


def test_build_writes_the_same_bytes_twice(tmp_path):
    for part in ("data", "schemas", "datapackage.json"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy)(ROOT / part, tmp_path / part)
    first = write_database(tmp_path, tmp_path / "a.db").read_bytes()
    assert write_database(tmp_path, tmp_path / "b.db").read_bytes() == first == DB.read_bytes()


def test_a_database_that_differs_from_the_csv_is_reported(tmp_path):
    for part in ("data", "schemas", "datapackage.json"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy)(ROOT / part, tmp_path / part)
    text = (tmp_path / "data" / "funding.csv").read_text(encoding="utf-8")
    (tmp_path / "data" / "funding.csv").write_text(text.replace("300000", "300001", 1), encoding="utf-8")
    problems = database_problems(tmp_path)
    assert len(problems) == 1 and "table funding: row" in problems[0] and "300001" in problems[0]


def test_installed_path():
    assert sqlite_path() == DB and sqlite_path().with_name(METADATA_NAME).is_file()


def test_a_new_citation_column_and_a_new_cited_table_are_picked_up_from_the_schemas(tmp_path):
    """`sentence` on citations is searched and shown in the views once its schema has it, and a new
    table citations cite gets its evidence view and figures: nothing is a hard-coded list."""
    import sqlite3

    for part in ("data", "schemas", "datapackage.json"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy)(ROOT / part, tmp_path / part)
    pkg = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    cit_schema = next(r for r in pkg["resources"] if r["name"] == "citations")["schema"]
    if all(f["name"] != "sentence" for f in cit_schema["fields"]):  # main has it since issue 7
        cit_schema["fields"].append({"name": "sentence", "type": "string"})
    next(f for f in cit_schema["fields"] if f["name"] == "table")["categories"].append("toy_measures")
    rows = _csv("citations")
    for r in rows:
        r["sentence"] = "Whole sentence around: " + r["quote"]
    rows.append({**rows[0], "citation_id": "000:0-5:meas-x", "table": "toy_measures", "record_id": "meas-x",
                 "quote": "quote", "sentence": "A zanzibar sentence."})
    with (tmp_path / "data" / "citations.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    (tmp_path / "schemas" / "toy_measures.json").write_text(json.dumps({
        "fields": [{"name": "measure_id", "type": "string", "constraints": {"required": True}},
                   {"name": "place", "type": "string", "x-code": "iso3166"},
                   {"name": "amount", "type": "number"}],
        "primaryKey": ["measure_id"]}), encoding="utf-8")
    (tmp_path / "data" / "toy_measures.csv").write_text("measure_id,place,amount\nmeas-x,IQ,12.5\n", encoding="utf-8")
    pkg["resources"].append({"name": "toy_measures", "path": "data/toy_measures.csv", "format": "csv",
                             "schema": "schemas/toy_measures.json"})
    (tmp_path / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")

    con = sqlite3.connect(write_database(tmp_path, tmp_path / "data" / DB_NAME))
    assert [r[1] for r in con.execute("pragma table_info(citations_fts)")] == ["quote", "sentence"]
    assert con.execute("select record_id from citations_fts join citations c on c.rowid = citations_fts.rowid "
                       "where citations_fts match 'zanzibar'").fetchall() == [("meas-x",)]
    assert con.execute("select measure_id, amount, sentence from toy_measures_evidence").fetchall() == \
        [("meas-x", 12.5, "A zanzibar sentence.")]
    from uis_build.sqlite_export import datasette_metadata

    queries = datasette_metadata(tmp_path, "x")["databases"]["x"]["queries"]
    assert ("toy_measures", "meas-x", "place", "IQ", None, "amount", 12.5, None, None, None) in \
        con.execute(queries["figures_about_place"]["sql"], {"place": "IQ"}).fetchall()
    con.close()
    assert database_problems(tmp_path) == []


def test_the_installed_database_is_one_path_call_away():
    import sqlite3

    import uk_iraq_security as uis

    db = sqlite3.connect(uis.path("sqlite"))
    assert db.execute("select count(*) from funding").fetchone()[0] == len(_csv("funding"))
    db.close()
    assert uis.path("datasette").name == "uk-iraq-security.datasette.json" and uis.path("datasette").is_file()


# A real Datasette server on 127.0.0.1 ------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str):
    with urllib.request.urlopen(url, timeout=5) as resp:
        return json.load(resp)


class DatasetteServer:
    """`datasette uk-iraq-security.db -m metadata.json` as the README says, in a folder laid out like the
    release; ready() waits until it answers and gives the database's base URL."""

    def __init__(self, folder):
        self.folder = folder
        shutil.copy(DB, folder / DB_NAME)
        shutil.copy(ROOT / "data" / METADATA_NAME, folder / "metadata.json")
        port = _free_port()
        self.log = (folder / "server.log").open("w")
        self.proc = subprocess.Popen([sys.executable, "-m", "datasette", DB_NAME, "-m", "metadata.json",
                                      "-h", "127.0.0.1", "-p", str(port)], cwd=folder, stdout=self.log,
                                     stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{port}"
        self._ready = False

    def ready(self) -> str:
        deadline = time.monotonic() + 60
        while not self._ready:
            if self.proc.poll() is not None:
                pytest.fail(f"datasette exited with {self.proc.returncode}: {(self.folder / 'server.log').read_text()}")
            try:
                _get(self.base + "/-/versions.json")
                self._ready = True
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("datasette did not answer within 60 s: " + (self.folder / "server.log").read_text())
                time.sleep(0.02)
        return self.base + "/uk-iraq-security"

    def stop(self) -> None:
        self.proc.kill()  # a throwaway server on a copy of the database: nothing to shut down gracefully
        self.proc.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="module")
def datasette(tmp_path_factory):
    """The served database's base URL, once the server answers; the server is stopped after the module."""
    pytest.importorskip("datasette")
    server = DatasetteServer(tmp_path_factory.mktemp("datasette"))
    try:
        yield server.ready()
    finally:
        server.stop()


@pytest.mark.slow
def test_datasette_serves_a_table(datasette):
    rows = _get(datasette + "/funding.json?_shape=array")
    assert {r["funding_id"] for r in rows} == {r["funding_id"] for r in _csv("funding")}
    assert next(r for r in rows if r["funding_id"] == A_FUNDING_ID)["amount"] == 300000.0


@pytest.mark.slow
def test_datasette_full_text_search(datasette):
    rows = _get(datasette + "/citations.json?_shape=array&_search=smuggle")
    assert rows and all("smuggl" in (r["quote"] + " " + (r.get("sentence") or "")).lower() for r in rows)
    assert _get(datasette + "/statements.json?_shape=array&_search=borders")


@pytest.mark.slow
def test_datasette_canned_queries_and_metadata(datasette):
    q = urllib.parse.urlencode({"record_id": A_FUNDING_ID, "_shape": "array"})
    assert {r["record_id"] for r in _get(f"{datasette}/evidence_for_record.json?{q}")} == {A_FUNDING_ID}
    figures = _get(datasette + "/figures_about_place.json?place=GB&_shape=array")
    assert figures and {r["place"] for r in figures} == {"GB"}
    served = _get(datasette.rsplit("/", 1)[0] + "/-/metadata.json")
    db = served["databases"]["uk-iraq-security"]
    assert served["license"] == METADATA["license"] and db["tables"] == METADATA["databases"]["uk-iraq-security"]["tables"]
    assert set(db["queries"]) == set(QUERIES)


# database_problems on a folder from anyone: safe on its own, not only because validate checks paths first --------

def _package_copy(tmp_path):
    root = tmp_path / "package"
    for part in ("data", "schemas", "datapackage.json"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy)(ROOT / part, root / part)
    schema_to_file(root, "funding")  # the form a descriptor may name a schema in that reads a file
    return root


def _edit_descriptor(root, edit) -> None:
    pkg = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    res = next(r for r in pkg["resources"] if r["name"] == "funding")
    edit(pkg, res)
    (root / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")


@pytest.mark.parametrize("key, outside", [("schema", "/{private}/schema.json"), ("schema", "../private/schema.json"),
                                          ("path", "/{private}/funding.csv"), ("path", "../private/funding.csv")])
def test_a_descriptor_path_leaving_the_folder_is_refused_before_reading(tmp_path, key, outside):
    root, private = _package_copy(tmp_path), tmp_path / "private"
    private.mkdir()
    shutil.copy(root / "schemas" / "funding.json", private / "schema.json")
    (private / "funding.csv").write_text("funding_id\nSECRET-ROW\n", encoding="utf-8")
    _edit_descriptor(root, lambda pkg, res: res.update({key: outside.format(private=str(private).lstrip("/"))}))
    problems = database_problems(root)
    assert len(problems) == 1 and "resources[" in problems[0] and f".{key} is " in problems[0] and "refused" in problems[0]
    assert "SECRET" not in problems[0]


@pytest.mark.parametrize("what", ["csv", "schema", "database"])
def test_a_symlink_out_of_the_folder_is_refused(tmp_path, what):
    root, private = _package_copy(tmp_path), tmp_path / "private"
    private.mkdir()
    target = {"csv": root / "data" / "funding.csv", "schema": root / "schemas" / "funding.json",
              "database": root / "data" / DB_NAME}[what]
    shutil.move(target, private / target.name)
    target.symlink_to(private / target.name)
    problems = database_problems(root)
    assert len(problems) == 1 and "leads outside the dataset folder" in problems[0] and "through a symlink" in problems[0]


def test_a_table_name_is_never_sql(tmp_path):
    """A resource named `funding" --` would, pasted into the query, read the funding table and hide the rest."""
    root = _package_copy(tmp_path)
    _edit_descriptor(root, lambda pkg, res: res.update(name='funding" --'))
    problems = database_problems(root)
    assert len(problems) == 1 and "no such table: funding\" --" in problems[0]


@pytest.mark.parametrize("damage, expected", [
    (lambda root: (root / "datapackage.json").write_text('{"resources": ', encoding="utf-8"), "not valid JSON"),
    (lambda root: (root / "datapackage.json").write_text('{"resources": {}}', encoding="utf-8"), "no list of resources"),
    (lambda root: (root / "datapackage.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8"), "nests too deeply"),
    (lambda root: _edit_descriptor(root, lambda pkg, res: res.update(schema={"fields": "x"})), "Table Schema whose fields"),
    (lambda root: _edit_descriptor(root, lambda pkg, res: pkg["resources"].append(7)), "is 7, not an object"),
    (lambda root: (root / "schemas" / "funding.json").write_text("[]", encoding="utf-8"), "Table Schema whose fields"),
])
def test_a_damaged_descriptor_or_schema_is_one_problem_not_a_traceback(tmp_path, damage, expected):
    root = _package_copy(tmp_path)
    damage(root)
    problems = database_problems(root)
    assert len(problems) == 1 and expected in problems[0]


def test_a_csv_that_is_not_utf8_names_it(tmp_path):
    root = _package_copy(tmp_path)
    path = root / "data" / "funding.csv"
    lines = path.read_bytes().split(b"\n")
    path.write_bytes(b"\n".join([lines[0], lines[1] + b"\xff\xfe", *lines[2:]]))
    problems = database_problems(root)
    assert len(problems) == 1 and problems[0].startswith("data/funding.csv line ") and "not readable as UTF-8 CSV" in problems[0]


def test_a_database_with_more_rows_than_the_csv_is_read_no_further(tmp_path):
    import sqlite3

    root = _package_copy(tmp_path)
    con = sqlite3.connect(root / "data" / DB_NAME)
    rows = con.execute("select * from funding").fetchall()
    con.execute("drop view if exists funding_evidence")
    con.execute("pragma foreign_keys = off")
    con.executemany(f"insert into funding values ({', '.join('?' * len(rows[0]))})",
                    [(f"fund-extra-{i}", *rows[0][1:]) for i in range(1000)])
    con.commit()
    con.close()
    problems = database_problems(root)
    assert problems == [f"data/{DB_NAME}: table funding: more than {len(rows)} rows, data/funding.csv has {len(rows)}"]


def schema_to_file(root: Path, table: str) -> Path:
    """In the dataset folder `root`, move `table`'s inline Table Schema (its CSV resource's) to
    schemas/<table>.json and name that file in the descriptor: the other form a descriptor may take."""
    pkg = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    res = next(r for r in pkg["resources"] if r["name"] == table)
    path = root / "schemas" / f"{table}.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(res["schema"], indent=2), encoding="utf-8")
    res["schema"] = f"schemas/{table}.json"
    (root / "datapackage.json").write_text(json.dumps(pkg, indent=2), encoding="utf-8")
    return path
