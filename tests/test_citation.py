"""Citations at run time: one CFF record behind every style, the committed CITATION.cff equal to it
(that citing loads no download or release libraries: tests/test_imports.py)."""

from __future__ import annotations

import json

import jsonschema
import yaml

import uk_iraq_security as uis
from conftest import ROOT
from uis_build.release.checks import CFF_SCHEMA, ZENODO_SCHEMA
from uis_build.release.metadata import zenodo_metadata
from uk_iraq_security.citing import cff, format_citation, to_yaml

PERSON_PKG = {
    "name": "uk-iraq-security", "title": "A title: with a colon", "description": "Says \"quoted\" things.",
    "homepage": "https://example.org/repo", "keywords": ["yes", "1.2.0", "- dash"], "created": "2025-01-02T00:00:00Z",
    "licenses": [{"name": "CC-BY-4.0"}],
    "contributors": [
        {"title": "Şükrü Öztürk", "givenName": "Şükrü Ali", "familyName": "Öztürk",
         "path": "https://orcid.org/0000-0002-1825-0097", "organization": "Univ", "roles": ["creator"]},
        {"title": "Helper", "roles": ["contributor"]},
    ],
    "sources": [{"title": "Paper: A story", "path": "https://news.example/1"}],
}


def test_cff_style_is_the_committed_citation_cff():
    assert uis.citation("cff") == (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert yaml.safe_load(uis.citation("cff")) == cff()


def test_yaml_text_reads_back_as_the_record():
    record = cff(PERSON_PKG, "2.0.0", {"kaggle": {"id": "o/s"}})
    assert yaml.safe_load(to_yaml(record)) == record


def test_a_person_author_in_every_format():
    record = cff(PERSON_PKG, "2.0.0", {})
    assert record["authors"] == [{"family-names": "Öztürk", "given-names": "Şükrü Ali",
                                  "orcid": "https://orcid.org/0000-0002-1825-0097", "affiliation": "Univ"}]
    schema = json.loads(CFF_SCHEMA.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft7Validator(schema).iter_errors(yaml.safe_load(to_yaml(record)))) == []
    assert "author = {Öztürk, Şükrü Ali}" in format_citation("bibtex", PERSON_PKG, record)
    assert format_citation("apa", PERSON_PKG, record).startswith("Öztürk, Ş. A. (2025). A title: with a colon (Version 2.0.0)")
    zenodo = zenodo_metadata(record)
    assert zenodo["creators"] == [{"name": "Öztürk, Şükrü Ali", "affiliation": "Univ", "orcid": "0000-0002-1825-0097"}]
    schema = json.loads(ZENODO_SCHEMA.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(zenodo)) == []


def test_every_style_names_this_version():
    for style in ("text", "apa", "bibtex", "cff"):
        assert uis.__version__ in uis.citation(style), style


def test_cite_command(capsys):
    """`cite` through the command line's main() (the console script runs in tests/test_wheel.py's clean venv)."""
    from uk_iraq_security.cli import main

    assert main(["cite", "--style", "bibtex"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("@misc{uk_iraq_security_"), out.err
    assert out.out.rstrip("\n") == uis.citation("bibtex").rstrip("\n")
