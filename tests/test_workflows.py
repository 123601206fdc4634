"""The GitHub workflows: what .ci/run runs, on every supported Python, from the hashed lock, with pinned
actions and no stored credentials; the tag-triggered release publishes the checked dist/."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

WORKFLOWS = ROOT / ".github" / "workflows"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = (ROOT / "requirements-lock.txt").read_text(encoding="utf-8")


def _load(name: str) -> dict:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads the key `on` as true
    return workflow


def _runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def _supported_pythons() -> list[str]:
    """The minor versions the classifiers promise, oldest first; requires-python must start at the oldest."""
    found = [c.rsplit(" :: ", 1)[1] for c in PYPROJECT["project"]["classifiers"]
             if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)]
    versions = sorted(found, key=lambda v: tuple(map(int, v.split("."))))
    assert PYPROJECT["project"]["requires-python"] == f">={versions[0]}"
    return versions


def _setup_python(job: dict) -> dict:
    (step,) = [s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python@")]
    return step["with"]


def test_ci_runs_the_ci_script_on_the_lowest_and_highest_python():
    ci = _load("ci.yml")
    assert "push" in ci["on"]
    versions = _supported_pythons()
    test = ci["jobs"]["test"]
    assert "bash .ci/run" in _runs(test)
    assert test["strategy"]["matrix"]["python-version"] == [versions[0], versions[-1]]
    assert _setup_python(test)["python-version"] == "${{ matrix.python-version }}"


def test_ci_installs_and_loads_on_every_python_between():
    ci = _load("ci.yml")
    versions = _supported_pythons()
    install = ci["jobs"]["install"]
    assert install["strategy"]["matrix"]["python-version"] == versions[1:-1]
    run = _runs(install)
    assert "pip install --quiet .\n" in run and "scripts/check_install.py\" --installed" in run


def test_ci_proves_the_lowest_declared_dependencies():
    lowest = _load("ci.yml")["jobs"]["lowest"]
    assert _setup_python(lowest)["python-version"] == _supported_pythons()[0]
    run = _runs(lowest)
    assert "--resolution lowest-direct" in run and "tests/test_backends.py" in run and "check_install.py" in run
    # every run-time dependency and user extra it installs has a floor to resolve to
    for req in [*PYPROJECT["project"]["dependencies"], *PYPROJECT["project"]["optional-dependencies"]["polars"]]:
        assert ">=" in req, req


@pytest.mark.parametrize("name", ["ci.yml", "release.yml"])
def test_actions_are_pinned_by_commit_and_checkouts_keep_no_token(name):
    workflow = _load(name)
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    uses = [s for s in steps if "uses" in s]
    assert uses
    for step in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"]), step["uses"]
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    assert all(re.search(re.escape(s["uses"]) + r"  # v\d+(\.\d+)*\n", text) for s in uses), "each pin names its version"
    for step in uses:
        if step["uses"].startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False


def test_pip_cache_is_keyed_on_the_lock():
    ci = _load("ci.yml")
    for job in ("test", "lowest"):
        assert _setup_python(ci["jobs"][job]) | {"python-version": None} == {
            "python-version": None, "cache": "pip", "cache-dependency-path": "requirements-lock.txt"}
    # a tag's build publishes: it restores no cache another run could have written (cache poisoning)
    assert "cache" not in _setup_python(_load("release.yml")["jobs"]["build"])


ZIZMOR = ["zizmor", "--offline", "--min-severity", "low", ".github/workflows/"]


def test_zizmor_finds_nothing_in_the_workflows():
    """The command .ci/run runs: zizmor's audits (injection, cache poisoning, credentials, pins), offline."""
    exe = shutil.which("zizmor") or str(Path(sys.executable).with_name("zizmor"))
    done = subprocess.run([exe, *ZIZMOR[1:]], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_dependabot_moves_the_actions_and_the_lock():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    ecosystems = {u["package-ecosystem"]: u["directory"] for u in config["updates"]}
    assert ecosystems == {"github-actions": "/", "uv": "/"}


def test_ci_script_installs_only_what_the_lock_pins():
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install --quiet --require-hashes -r requirements-lock.txt" in ci_run
    assert "pip install --quiet --no-deps --no-build-isolation -e ." in ci_run
    assert "python scripts/build.py --check" in ci_run and "python -m pytest" in ci_run
    assert "constraints.txt" not in ci_run


def _names(requirements: list) -> set[str]:
    names = set()
    for req in requirements:
        if isinstance(req, str):
            names.add(re.split(r"[\[<>=!~; ]", req, maxsplit=1)[0].lower().replace("_", "-"))
    return names


def test_lock_is_universal_hashed_and_pins_every_declared_dependency():
    header = LOCK.splitlines()[1]
    for flag in ("uv pip compile pyproject.toml", "--all-extras", "--group test", "--universal", "--generate-hashes",
                 "--no-strip-extras",
                 f"--python-version {_supported_pythons()[0]}", "-o requirements-lock.txt"):
        assert flag in header, flag
    pins = re.findall(r"^([a-z0-9][a-z0-9._-]*)(?:\[[^\]]*\])?==([^ ;\\\n]+)", LOCK, flags=re.M)
    assert pins and re.search(r"^pandas==.*python_full_version", LOCK, flags=re.M), "resolved per Python version"
    entries = re.split(r"\n(?=[a-z0-9])", LOCK.split("\n", 2)[2].strip())
    assert all("--hash=sha256:" in e for e in entries if not e.startswith("#"))
    project = PYPROJECT["project"]
    declared = _names(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared |= _names(extra)
    for group in PYPROJECT["dependency-groups"].values():
        declared |= _names(group)
    missing = declared - {name for name, _ in pins}
    assert not missing, f"not in requirements-lock.txt (regenerate it with the command in its header): {missing}"


def test_dev_tools_are_dependency_groups_and_extras_are_for_users():
    assert set(PYPROJECT["project"]["optional-dependencies"]) == {"validate", "zenodo", "kaggle", "polars", "datasette", "site"}
    assert {"test", "build", "release", "docs"} <= set(PYPROJECT["dependency-groups"])


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


def test_release_publishes_the_docs_and_the_released_explorer_site_to_pages():
    jobs = _load("release.yml")["jobs"]
    pages = jobs["pages"]
    assert pages["needs"] == "build" and pages["permissions"] == {"pages": "write", "id-token": "write"}
    assert pages["environment"]["name"] == "github-pages"
    assert "sha256sum -c SHA256SUMS" in _runs(pages)
    upload = next(s for s in pages["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "pages"
    assert "cp -R dist/site pages/explorer" in _runs(pages)  # the explorer exactly as released
    assert "mkdocs build --strict" in _runs(jobs["build"])
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in pages["steps"])
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt-get install -y -qq chromium" in ci_run  # the browser tests run in CI, never skip
