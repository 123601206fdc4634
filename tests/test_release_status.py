"""Release status: CITATION.cff is the one citation file committed at the root, and recording a published
release (`--published DOI [--kaggle-version N]`) writes the DOI into the template and CITATION.cff only;
nothing generated sits in the README."""

from __future__ import annotations

import json

import yaml

import uk_iraq_security as uis
from conftest import ROOT, checkout_snapshot

TEMPLATE = json.loads((ROOT / "schemas" / "datapackage.template.json").read_text(encoding="utf-8"))


def test_the_root_holds_one_citation_file_and_the_readme_points_to_it():
    assert not (ROOT / ".zenodo.json").exists()  # derived at release time, into dist/ only
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "release-status" not in readme and "CITATION.cff" in readme and "/releases" in readme
    assert "published" not in TEMPLATE.get("x-release", {})
    assert "doi" not in yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))


def test_recording_a_release_writes_the_doi_into_citation_cff_only(tmp_path, capsys):
    from uis_build.__main__ import main  # in-process: the release fixture runs the command in a subprocess

    snap = checkout_snapshot(tmp_path / "checkout")
    readme = (snap / "README.md").read_bytes()
    cli = ["release", "--root", str(snap)]
    capsys.readouterr()
    assert main([*cli, "--published", "zenodo-42"]) == 1 and "is not a Zenodo DOI" in capsys.readouterr().err
    status = main([*cli, "--published", "10.5281/zenodo.42", "--kaggle-version", "3"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert out.splitlines() == ["wrote CITATION.cff"]
    assert (snap / "README.md").read_bytes() == readme and not (snap / ".zenodo.json").exists()
    assert yaml.safe_load((snap / "CITATION.cff").read_text(encoding="utf-8"))["doi"] == "10.5281/zenodo.42"
    template = json.loads((snap / "schemas" / "datapackage.template.json").read_text(encoding="utf-8"))
    assert template["x-release"]["published"] == {"version": uis.__version__, "doi": "10.5281/zenodo.42", "kaggle_version": 3}
    assert main([*cli, "--check-metadata"]) == 0
    # a hand edit of the generated record is caught
    cff = (snap / "CITATION.cff").read_text(encoding="utf-8")
    (snap / "CITATION.cff").write_text(cff.replace("zenodo.42", "zenodo.43", 1), encoding="utf-8")
    capsys.readouterr()
    assert main([*cli, "--check-metadata"]) == 1 and "CITATION.cff differs" in capsys.readouterr().err
