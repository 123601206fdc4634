"""The release (dist/): reproducible, complete, one version everywhere, and every metadata file valid
against its outside standard, checked here with the standard tools themselves."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import jsonschema
import pytest
import yaml

import uk_iraq_security as uis
from conftest import ROOT, checkout_snapshot
from uis_build.release import ReleaseError, release
from uis_build.release.checks import CFF_SCHEMA, ZENODO_SCHEMA, kaggle_problems
from uis_build.release.metadata import datasheet_section, release_files, stale_root_files, zenodo_metadata
from uk_iraq_security.formats import FORMATS

TABLES = [r["name"] for r in json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))["resources"]
          if r["format"] == "csv"]
V = uis.__version__


# Every test reading the release builds (released, dist, bundle) is marked slow (tests/conftest.py).

@pytest.fixture(scope="module")
def dist(released) -> Path:
    return released.first


@pytest.fixture(scope="module")
def bundle(dist, tmp_path_factory) -> Path:
    """The dataset zip unpacked: its single top folder."""
    out = tmp_path_factory.mktemp("bundle")
    with zipfile.ZipFile(dist / f"uk-iraq-security-{V}-dataset.zip") as zf:
        zf.extractall(out)
    (top,) = out.iterdir()
    return top


def test_two_builds_of_one_commit_are_byte_identical(released):
    first, second = released.first, released.second
    assert (first / "SHA256SUMS").read_bytes() == (second / "SHA256SUMS").read_bytes()
    files = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel


def test_sha256sums_covers_every_file_in_dist(dist):
    listed = {}
    for line in (dist / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, rel = line.split("  ", 1)
        listed[rel] = digest
    present = {p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file()} - {"SHA256SUMS"}
    assert set(listed) == present
    for rel, digest in listed.items():
        assert hashlib.sha256((dist / rel).read_bytes()).hexdigest() == digest, rel
    expected = {f"uk_iraq_security-{V}-py3-none-any.whl", f"uk_iraq_security-{V}.tar.gz",
                f"uk-iraq-security-{V}-dataset.zip", ".zenodo.json", "CITATION.cff", "CITATION.bib", "croissant.json",
                "kaggle/dataset-metadata.json", "kaggle/uk-iraq-security.datapackage.json",
                "uk-iraq-security.db", "metadata.json"}
    expected |= {f"kaggle/{t}{fmt.suffix}" for t in TABLES for fmt in FORMATS.values()}
    assert expected <= present, sorted(expected - present)
    assert "kaggle/datapackage.json" not in present  # the Kaggle client would take it for its metadata


def test_zip_is_built_reproducibly(dist, released):
    with zipfile.ZipFile(dist / f"uk-iraq-security-{V}-dataset.zip") as zf:
        infos = zf.infolist()
    names = [i.filename for i in infos]
    assert names == sorted(names) and all(n.startswith(f"uk-iraq-security-{V}/") for n in names)
    assert {i.date_time for i in infos} == {time.gmtime(released.epoch - released.epoch % 2)[:6]}  # 2 s resolution
    assert {i.external_attr >> 16 for i in infos} == {0o100644}


def test_bundle_holds_data_schemas_texts_and_citation(bundle):
    for rel in ["datapackage.json", "README.md", "CHANGELOG.md", "LICENSE", "LICENSE-DATA", "CITATION.cff",
                "croissant.json", *(FORMATS[f].path(t) for t in TABLES for f in FORMATS)]:
        assert (bundle / rel).is_file(), rel
    descriptor = json.loads((bundle / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["name"]: r["schema"] for r in descriptor["resources"]} == {  # each table's complete schema, inline
        r["name"]: r["schema"] for r in json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))["resources"]}
    assert all(isinstance(r["schema"], dict) for r in descriptor["resources"]) and not (bundle / "schemas").exists()
    for rel in ("data", "datapackage.json"):  # the same bytes as the checkout
        for path in [bundle / rel] if rel.endswith(".json") else (bundle / rel).iterdir():
            if rel != "datapackage.json":
                assert path.read_bytes() == (ROOT / rel / path.name).read_bytes(), path


def test_bundle_descriptor_has_bytes_and_sha256_for_every_resource(bundle):
    pkg = json.loads((bundle / "datapackage.json").read_text(encoding="utf-8"))
    assert len(pkg["resources"]) == len(FORMATS) * len(TABLES)
    for res in pkg["resources"]:
        data = (bundle / res["path"]).read_bytes()
        assert res["bytes"] == len(data), res["path"]
        assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest(), res["path"]


def _frictionless(descriptor: Path) -> dict:
    """frictionless's report on a descriptor, from the validator in this process: what `frictionless
    validate --json` prints."""
    import frictionless

    return frictionless.validate(str(descriptor)).to_descriptor()


def test_frictionless_checks_parquet_bytes_and_sha256_in_the_bundle(bundle, tmp_path):
    # the reason Parquet resources are typed "file" in the bundle: then frictionless verifies them
    copy_dir = tmp_path / "bundle"
    shutil.copytree(bundle, copy_dir)
    path = copy_dir / "data" / "funding.parquet"
    path.write_bytes(path.read_bytes() + b"\0")
    report = _frictionless(copy_dir / "datapackage.json")
    errors = {(t["name"], e["type"]) for t in report["tasks"] for e in t["errors"]}
    assert ("funding-parquet", "byte-count") in errors and ("funding-parquet", "hash-count") in errors


def test_bundle_check_reuses_the_checkout_validation_only_for_the_same_bytes(dist, tmp_path):
    """The release validates the checkout once; the bundle's files must then be those very bytes."""
    from uis_build.release.checks import bundle_problems

    zip_path = dist / f"uk-iraq-security-{V}-dataset.zip"
    assert bundle_problems(zip_path, validated_root=ROOT) == []
    other = tmp_path / "other"  # what bundle_problems reads of a checkout: the package's files
    other.mkdir()
    for part in ("datapackage.json", "data", "schemas"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy2)(ROOT / part, other / part)
    funding = other / "data" / "funding.csv"
    funding.write_bytes(funding.read_bytes().replace(b"GBP", b"EUR", 1))
    problems = bundle_problems(zip_path, validated_root=other)
    assert problems == [f"{zip_path.name}: data/funding.csv: differs from the validated data/funding.csv of the checkout"]


def test_kaggle_descriptor_passes_frictionless_validate(dist):
    report = _frictionless(dist / "kaggle" / "uk-iraq-security.datapackage.json")
    assert report["valid"], json.dumps(report, indent=1)[:3000]


def _cff_errors(record) -> list[str]:
    schema = json.loads(CFF_SCHEMA.read_text(encoding="utf-8"))
    return [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(record)]


def test_citation_cff_validates_against_the_cff_1_2_0_schema(dist):
    schema = json.loads(CFF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["$id"] == "https://citation-file-format.github.io/1.2.0/schema.json"
    record = yaml.safe_load((dist / "CITATION.cff").read_text(encoding="utf-8"))
    assert _cff_errors(record) == []
    broken = {k: v for k, v in record.items() if k != "authors"}
    assert _cff_errors(broken)  # the schema does reject a CFF without authors


def test_committed_citation_cff_equals_a_fresh_generation_and_dist_derives_from_it(dist):
    assert stale_root_files(ROOT) == [], "run `python scripts/release.py --write-metadata`"
    assert (ROOT / "CITATION.cff").read_text(encoding="utf-8") == uis.citation("cff")
    assert (dist / "CITATION.cff").read_bytes() == (ROOT / "CITATION.cff").read_bytes()
    assert (dist / "CITATION.bib").read_text(encoding="utf-8") == uis.citation("bibtex") + "\n"
    assert not (ROOT / ".zenodo.json").exists()  # derived at release time only
    record = yaml.safe_load((dist / "CITATION.cff").read_text(encoding="utf-8"))
    assert json.loads((dist / ".zenodo.json").read_text(encoding="utf-8"))["title"] == record["title"]


def test_release_metadata_is_derived_from_the_committed_citation_cff(tmp_path):
    """.zenodo.json and BibTeX translate CITATION.cff as committed, not a second generation of it."""
    snap = checkout_snapshot(tmp_path / "checkout")
    cff = (snap / "CITATION.cff").read_text(encoding="utf-8")
    (snap / "CITATION.cff").write_text(cff.replace('title: "', 'title: "Edited: ', 1), encoding="utf-8")
    pkg = json.loads((snap / "datapackage.json").read_text(encoding="utf-8"))
    record, files = release_files(snap, pkg)
    assert record["title"].startswith("Edited: ") and files["CITATION.cff"] == (snap / "CITATION.cff").read_text(encoding="utf-8")
    zenodo = json.loads(files[".zenodo.json"])
    assert zenodo["title"] == record["title"] and "title = {Edited: " in files["CITATION.bib"]
    assert zenodo == zenodo_metadata(record, datasheet_section(snap))
    (snap / "CITATION.cff").write_text("- not a record\n", encoding="utf-8")
    with pytest.raises(ReleaseError, match=r"CITATION\.cff: expected a CFF record.*--write-metadata"):
        release_files(snap, pkg)


def _zenodo_errors(meta) -> list[str]:
    schema = json.loads(ZENODO_SCHEMA.read_text(encoding="utf-8"))
    return [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(meta)]


def test_zenodo_json_is_valid_and_says_what_citation_cff_says(dist):
    meta = json.loads((dist / ".zenodo.json").read_text(encoding="utf-8"))
    cff = yaml.safe_load((dist / "CITATION.cff").read_text(encoding="utf-8"))
    assert _zenodo_errors(meta) == []
    assert meta["upload_type"] == "dataset" and meta["license"] == "cc-by-4.0"
    assert (meta["title"], meta["version"], meta["description"]) == (cff["title"], cff["version"], cff["abstract"])
    assert meta["keywords"] == cff["keywords"] and meta["license"] == cff["license"].lower()
    assert [c["name"] for c in meta["creators"]] == [a["name"] for a in cff["authors"]]
    related = {(r["identifier"], r["relation"]) for r in meta["related_identifiers"]}
    assert (cff["repository-code"], "isSupplementTo") in related
    assert {(i["value"], "isVariantFormOf") for i in cff["identifiers"]} <= related
    assert {(r["url"], "isDerivedFrom") for r in cff["references"]} <= related


@pytest.mark.parametrize("change", [
    {"license": "CC-BY-4.0"},                  # Zenodo's licence ids are lowercase
    {"upload_type": "data"},
    {"creators": []},
    {"related_identifiers": [{"identifier": "x", "relation": "isSupplementOf"}]},
    {"licence": "cc-by-4.0"},                  # a misspelt key Zenodo would silently ignore
])
def test_zenodo_schema_rejects_what_zenodo_would(dist, change):
    meta = json.loads((dist / ".zenodo.json").read_text(encoding="utf-8"))
    assert _zenodo_errors({**meta, **change})


def test_kaggle_metadata_within_documented_limits(dist):
    folder = dist / "kaggle"
    meta = json.loads((folder / "dataset-metadata.json").read_text(encoding="utf-8"))
    assert kaggle_problems(folder) == []
    assert 6 <= len(meta["title"]) <= 50 and 20 <= len(meta["subtitle"]) <= 80
    assert [lic["name"] for lic in meta["licenses"]] == ["CC-BY-4.0"]
    owner, slug = meta["id"].split("/")
    assert owner and 6 <= len(slug) <= 50  # the kaggle client's rule (its docs say 3-50)
    by_path = {r["path"]: r for r in meta["resources"]}
    assert set(by_path) == {p.name for p in folder.iterdir()} - {"dataset-metadata.json"}
    for table in TABLES:
        header = (folder / f"{table}.csv").read_text(encoding="utf-8").split("\n", 1)[0].split(",")
        for fmt in FORMATS.values():
            assert [f["name"] for f in by_path[f"{table}{fmt.suffix}"]["schema"]["fields"]] == header
    # Kaggle's own column types: a whole number is "integer" (independent_sources), money "numeric"
    assert {f["type"] for f in by_path["funding.csv"]["schema"]["fields"]} <= {"string", "numeric", "integer", "boolean", "datetime"}


def test_kaggle_check_catches_broken_metadata(dist, tmp_path):
    folder = shutil.copytree(dist / "kaggle", tmp_path / "kaggle")
    meta = json.loads((folder / "dataset-metadata.json").read_text(encoding="utf-8"))
    bad = copy.deepcopy(meta)
    bad.update(title="Tiny", subtitle="x" * 81, licenses=[{"name": "CC-BY-4.0"}, {"name": "CC0-1.0"}])
    bad["resources"][0]["schema"]["fields"].pop()
    (folder / "dataset-metadata.json").write_text(json.dumps(bad), encoding="utf-8")
    (folder / "datapackage.json").write_text("{}", encoding="utf-8")
    problems = "\n".join(kaggle_problems(folder))
    for words in ("title must be 6-50", "subtitle must be 20-80", "exactly one", "all the columns in order",
                  "datapackage.json in the Kaggle folder"):
        assert words in problems


def test_one_version_everywhere(dist, bundle):
    cff = yaml.safe_load((dist / "CITATION.cff").read_text(encoding="utf-8"))
    zenodo = json.loads((dist / ".zenodo.json").read_text(encoding="utf-8"))
    croissant = json.loads((dist / "croissant.json").read_text(encoding="utf-8"))
    kaggle = json.loads((dist / "kaggle" / "dataset-metadata.json").read_text(encoding="utf-8"))
    wheel = zipfile.ZipFile(dist / f"uk_iraq_security-{V}-py3-none-any.whl")
    metadata = wheel.read(f"uk_iraq_security-{V}.dist-info/METADATA").decode()
    packaged = json.loads(wheel.read("uk_iraq_security/dataset/datapackage.json"))
    bundled = json.loads((bundle / "datapackage.json").read_text(encoding="utf-8"))
    assert f"\nVersion: {V}\n" in metadata
    assert {cff["version"], zenodo["version"], croissant["version"], packaged["version"], bundled["version"]} == {V}
    assert f"**Version {V}**" in kaggle["description"]
    assert f"## {V}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_release_refuses_stale_citation_metadata(tmp_path):
    snap = checkout_snapshot(tmp_path / "checkout")
    (snap / "CITATION.cff").write_text("cff-version: 1.2.0\n", encoding="utf-8")
    out = tmp_path / "dist"
    with pytest.raises(ReleaseError, match=r"CITATION.cff differ.*--write-metadata"):
        release(snap, out, allow_dirty=True)
    assert not out.exists()


def test_release_refuses_a_non_empty_output_folder(tmp_path):
    out = tmp_path / "dist"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ReleaseError, match="not empty"):
        release(ROOT, out, allow_dirty=True)
    assert (out / "mine.txt").read_text(encoding="utf-8") == "keep me"


def test_metadata_commands_check_and_rewrite_the_root_files(tmp_path, capsys):
    from uis_build.__main__ import main  # in-process: the release fixture runs the command in a subprocess

    snap = checkout_snapshot(tmp_path / "checkout")
    cli = ["release", "--root", str(snap)]
    assert main([*cli, "--check-metadata"]) == 0
    (snap / "CITATION.cff").write_text("cff-version: 1.2.0\n", encoding="utf-8")
    capsys.readouterr()
    assert main([*cli, "--check-metadata"]) == 1 and "CITATION.cff differs" in capsys.readouterr().err
    assert main([*cli, "--write-metadata"]) == 0 and capsys.readouterr().out.splitlines() == ["wrote CITATION.cff"]
    assert (snap / "CITATION.cff").read_bytes() == (ROOT / "CITATION.cff").read_bytes()
    assert not (snap / ".zenodo.json").exists()


def test_epoch_is_the_last_commit_time_and_a_dirty_checkout_is_refused(tmp_path, monkeypatch):
    from uis_build.release.reproducible import source_date_epoch

    snap = checkout_snapshot(tmp_path / "checkout")
    git = ["git", "-C", str(snap), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    env_date = {"GIT_COMMITTER_DATE": "2030-01-02T03:04:05Z", "GIT_AUTHOR_DATE": "2030-01-02T03:04:05Z"}
    subprocess.run([*git, "commit", "-qm", "release"], check=True, env={**os.environ, **env_date})
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert source_date_epoch(snap) == 1893553445  # 2030-01-02T03:04:05Z
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert source_date_epoch(snap) == 1700000000
    (snap / "README.md").write_text("edited\n", encoding="utf-8")
    with pytest.raises(ReleaseError, match="uncommitted changes.*--allow-dirty"):
        release(snap, tmp_path / "dist")
    assert not (tmp_path / "dist").exists()


def test_release_carries_the_explorer_site_and_the_datasheet(dist, bundle):
    site = dist / "site"
    listed = (dist / "SHA256SUMS").read_text(encoding="utf-8")
    assert "  site/index.html\n" in listed and "  site/funding/fund-gb-border-security-command.html\n" in listed
    for table in ("statistics", "funding", "officials", "agreements", "statements"):
        assert len(list((site / table).glob("*.html"))) == len(uis.load(table)) + 1  # + the table's index
    for document in ("datasheet.md", "data-dictionary.md", "coverage.md", "coverage.csv"):
        assert (bundle / "data" / document).read_bytes() == (ROOT / "data" / document).read_bytes(), document
    assert (dist / "kaggle" / "datasheet.md").read_bytes() == (ROOT / "data" / "datasheet.md").read_bytes()
    kaggle = json.loads((dist / "kaggle" / "dataset-metadata.json").read_text(encoding="utf-8"))
    zenodo = json.loads((dist / ".zenodo.json").read_text(encoding="utf-8"))
    uses = (ROOT / "data" / "datasheet.md").read_text(encoding="utf-8").split("\n## Uses\n", 1)[1].split("\n## ", 1)[0].strip()
    assert uses and uses in kaggle["description"] and re.sub(r"\*\*|`", "", uses) in zenodo["notes"]


# -- the outside tools, in this process ---------------------------------------------------------------

def test_wheel_and_sdist_pass_twine_check_strict_and_carry_the_data(dist, capsys):
    from twine.commands.check import check  # `twine check --strict` on the wheel and the sdist

    failed = check([str(dist / f"uk_iraq_security-{V}-py3-none-any.whl"), str(dist / f"uk_iraq_security-{V}.tar.gz")],
                   strict=True)
    out = capsys.readouterr()
    assert not failed, out.out + out.err
    assert out.out.count("PASSED") == 2, out.out
    names = set(zipfile.ZipFile(dist / f"uk_iraq_security-{V}-py3-none-any.whl").namelist())
    assert "uk_iraq_security/dataset/datapackage.json" in names
    assert {f"uk_iraq_security/dataset/data/{t}.parquet" for t in TABLES} <= names


def test_bundle_passes_frictionless_validate(bundle):
    report = _frictionless(bundle / "datapackage.json")
    assert report["valid"], json.dumps(report, indent=1)[:3000]
    assert len(report["tasks"]) == len(FORMATS) * len(TABLES)


def test_croissant_passes_mlcroissant_validate_and_reads_the_tables(bundle):
    import mlcroissant as mlc

    dataset = mlc.Dataset(str(bundle / "croissant.json"))  # what `mlcroissant validate` does: errors raise
    assert dataset.metadata.ctx.issues.errors == set() and dataset.metadata.ctx.issues.warnings == set()
    records = list(dataset.records("funding"))
    assert len(records) == len(uis.load("funding"))
    assert {r["funding/currency"].decode() for r in records} == set(uis.load("funding")["currency"])
