"""The GitHub workflows run what .ci/run runs, and the tag-triggered release publishes the checked dist/."""

from __future__ import annotations

import yaml

from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def _load(name: str) -> dict:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads the key `on` as true
    return workflow


def _runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_ci_runs_the_ci_script_on_push():
    ci = _load("ci.yml")
    assert "push" in ci["on"]
    (job,) = ci["jobs"].values()
    assert "bash .ci/run" in _runs(job)
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "-c constraints.txt" in ci_run and "python scripts/build.py --check" in ci_run and "python -m pytest" in ci_run


def test_release_on_tags_tests_builds_and_publishes_with_trusted_publishing():
    release = _load("release.yml")
    assert release["on"] == {"push": {"tags": ["v*"]}}
    jobs = release["jobs"]
    assert "bash .ci/run" in _runs(jobs["build"]) and "scripts/release.py" in _runs(jobs["build"])
    pypi = jobs["pypi"]
    assert pypi["permissions"] == {"id-token": "write"} and pypi["needs"] == "build"
    assert any(step.get("uses", "").startswith("pypa/gh-action-pypi-publish@") for step in pypi["steps"])
    assert "sha256sum -c SHA256SUMS" in _runs(pypi)
    assert "gh release create" in _runs(jobs["github-release"])  # what Zenodo's GitHub integration archives
    assert "kaggle datasets version -p dist/kaggle" in _runs(jobs["kaggle"])


def test_release_publishes_the_released_explorer_site_to_pages():
    jobs = _load("release.yml")["jobs"]
    pages = jobs["pages"]
    assert pages["needs"] == "build" and pages["permissions"] == {"pages": "write", "id-token": "write"}
    assert pages["environment"]["name"] == "github-pages"
    assert "sha256sum -c SHA256SUMS" in _runs(pages)
    upload = next(s for s in pages["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "dist/site"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in pages["steps"])
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt-get install -y -qq chromium" in ci_run  # the browser tests run in CI, never skip
