"""The README's release status: generated, says nothing is published until a release is recorded, then
gives the DOI and the Kaggle handle that the release process recorded (never hand-edited)."""

from __future__ import annotations

import json

import yaml

import uk_iraq_security as uis
from conftest import ROOT, checkout_snapshot
from uis_build.release.status import END, START, readme_files

TEMPLATE = json.loads((ROOT / "schemas" / "datapackage.template.json").read_text(encoding="utf-8"))


def test_committed_readme_says_nothing_is_published_yet_and_how_to_install_instead():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_files(ROOT, TEMPLATE, uis.__version__) == {"README.md": readme}, "run python scripts/release.py --write-metadata"
    block = readme[readme.index(START):readme.index(END)]
    assert "published" not in TEMPLATE.get("x-release", {})
    assert "Not released yet" in block and "pip install 'git+https://github.com/" in block and "pip install dist/*.whl" in block
    # the note sits above the PyPI, Zenodo and Kaggle instructions it qualifies
    assert readme.index(END) < readme.index("**1. pip** (PyPI)") < readme.index("**2. Zenodo**") < readme.index("**3. Kaggle**")


def test_recording_a_release_fills_the_doi_and_kaggle_handle(tmp_path, capsys):
    from uis_build.__main__ import main  # in-process: the release fixture runs the command in a subprocess

    snap = checkout_snapshot(tmp_path / "checkout")
    cli = ["release", "--root", str(snap)]
    capsys.readouterr()
    assert main([*cli, "--published", "zenodo-42"]) == 1 and "is not a Zenodo DOI" in capsys.readouterr().err
    status = main([*cli, "--published", "10.5281/zenodo.42", "--kaggle-version", "3"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "wrote README.md" in out and "wrote CITATION.cff" in out
    readme = (snap / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index(START):readme.index(END)]
    assert "Not released yet" not in block
    assert f"pip install uk-iraq-security=={uis.__version__}" in block
    assert "[10.5281/zenodo.42](https://doi.org/10.5281/zenodo.42)" in block
    assert f'handle="{TEMPLATE["x-release"]["kaggle"]["id"]}/versions/3"' in block
    assert yaml.safe_load((snap / "CITATION.cff").read_text(encoding="utf-8"))["doi"] == "10.5281/zenodo.42"
    assert main([*cli, "--check-metadata"]) == 0
    # a hand edit of the generated note is caught
    (snap / "README.md").write_text(readme.replace("zenodo.42", "zenodo.43", 1), encoding="utf-8")
    capsys.readouterr()
    assert main([*cli, "--check-metadata"]) == 1 and "README.md differs" in capsys.readouterr().err
