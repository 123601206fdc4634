"""Shared fixtures: the repository root and a throw-away copy of the project to break on purpose."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ("seeds", "annotations", "schemas", "data", "datapackage.json", "docs")


class ProjectCopy:
    """A copy of the dataset sources and outputs in a temporary folder, with helpers to edit it."""

    def __init__(self, root: Path):
        self.root = root
        for part in PROJECT_PARTS:
            src = ROOT / part
            (shutil.copytree if src.is_dir() else shutil.copy2)(src, root / part)

    def snapshot(self) -> dict[str, bytes]:
        """Every output file's bytes, to show a failed build changed nothing."""
        files = [self.root / "datapackage.json", *sorted((self.root / "data").iterdir())]
        return {str(p.relative_to(self.root)): p.read_bytes() for p in files}

    def edit_text(self, rel: str, old: str, new: str) -> None:
        path = self.root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def edit_seed(self, prefix: str, old: str, new: str, *, register: bool = True) -> None:
        """Change an article's text; with register=True also record its new sha256, as a curator would."""
        seed = next((self.root / "seeds").glob(f"{prefix}_*.txt"))
        before = hashlib.sha256(seed.read_bytes()).hexdigest()
        self.edit_text(f"seeds/{seed.name}", old, new)
        if register:
            after = hashlib.sha256(seed.read_bytes()).hexdigest()
            self.edit_text("annotations/sources.yaml", before, after)

    def articles_yaml(self, prefix: str) -> Path:
        return next((self.root / "annotations" / "articles").glob(f"{prefix}_*.yaml"))

    def load_yaml(self, rel: str):
        return yaml.safe_load((self.root / rel).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def build_check():
    """One `build(ROOT, check=True)` for every test that only reads its result."""
    from uis_build.curation import build

    return build(ROOT, check=True)


@pytest.fixture(scope="session")
def checkout_problems():
    """One `validate_package(ROOT)` for every test that only reads its result."""
    from uk_iraq_security.validation import validate_package

    return validate_package(ROOT)


@pytest.fixture
def project(tmp_path) -> ProjectCopy:
    return ProjectCopy(tmp_path / "project")


def in_a_thread(fn):
    """fn() called in a new thread, its result or exception handed back. kagglehub reads its caller's
    whole stack (inspect.stack(), with source lines) six times per dataset_download to make a User-Agent;
    under pytest that stack is some 60 frames deep, in a thread it is the few a user's script has."""
    import threading

    out = {}

    def run():
        try:
            out["value"] = fn()
        except BaseException as e:  # re-raised below, in the caller
            out["error"] = e

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in out:
        raise out["error"]
    return out["value"]


def checkout_snapshot(dest: Path) -> Path:
    """Copy the checkout's files (tracked and untracked, minus git-ignored) to `dest`: one fixed state
    to build from, even while someone edits the working tree."""
    import subprocess

    names = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, names):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


@pytest.fixture(scope="session")
def released(tmp_path_factory):
    """Two release builds (.first, .second: dist/ folders) of one snapshot of the checkout, through the
    command line, at one SOURCE_DATE_EPOCH (.epoch: the last commit's time). Queued in the background
    in a serial run (tests/release_builds.py; started here if the queue has not reached them yet); here
    otherwise."""
    import os
    import subprocess
    import sys
    from types import SimpleNamespace

    import release_builds

    if release_builds.started() is not None or not os.environ.get("PYTEST_XDIST_WORKER"):
        return release_builds.start(checkout_snapshot).ready()
    snap = checkout_snapshot(tmp_path_factory.mktemp("checkout"))
    epoch = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True,
                           check=True).stdout.strip()
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    from uis_build.release import release

    first, second = (tmp_path_factory.mktemp(f"release{n}") / "dist" for n in (1, 2))
    # the first through the command line, as a user runs it, while the second runs in this process
    # (both at once, on two cores): two processes, one commit, and the files must be byte-identical
    cli = subprocess.Popen([sys.executable, "-m", "uk_iraq_security.cli", "release", "--root", str(snap),
                            "--out", str(first), "--allow-dirty"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, env=env)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("SOURCE_DATE_EPOCH", epoch)
            release(snap, second, allow_dirty=True)
    finally:
        _, stderr = cli.communicate()
    assert cli.returncode == 0, stderr
    return SimpleNamespace(first=first, second=second, epoch=int(epoch))


# Under `pytest -n auto` (pytest-xdist, `--dist loadgroup` in pyproject.toml), the tests sharing a
# session fixture that is costly to make run in one worker, so each fixture is made once.
SHARED_FIXTURES = {"released": "release", "build_check": "build-check", "checkout_problems": "checkout-validation"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        for fixture, group in SHARED_FIXTURES.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(pytest.mark.xdist_group(group))
                break
    if getattr(config.option, "loadgroup", False) and os.environ.get("PYTEST_XDIST_WORKER"):
        for item in items:
            _group_in_nodeid(item)


def _group_in_nodeid(item) -> None:
    """Put an item's xdist_group in its node id ("...::test_x@release"), which is what --dist
    loadgroup schedules by. pytest-xdist 3.8 does it by setting item._nodeid, but pytest 9.2 derives
    the id from item._id, so without this no group reached the scheduler."""
    names = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default"))
                    for m in item.iter_markers("xdist_group")})
    if not names or "@" in item.nodeid or not hasattr(item, "_id"):
        return
    from _pytest.nodeid import NodeId

    item._id = NodeId.parse(f"{item.nodeid}@{'_'.join(names)}")


def _release_builds():
    import release_builds

    return release_builds.start(checkout_snapshot)


def _clean_venv():
    import clean_venv

    return clean_venv.start()


def _register_jobs() -> None:
    """The two background jobs of conftest's fixtures: the release builds (tests/release_builds.py) and
    the wheel test's clean venv (tests/clean_venv.py)."""
    import cli_helpers_procs as procs

    procs.BACKGROUND.add("release builds", procs.Job(
        _release_builds, lambda builds: int(any(p.poll() is None for p in builds.procs)),
        lambda item: "released" in getattr(item, "fixturenames", ())))
    procs.BACKGROUND.add("clean venv", procs.Job(
        _clean_venv, lambda venv: int(venv.running()), lambda item: item.path.name == "test_wheel.py"))


def pytest_sessionstart(session):
    """In a serial run, register conftest's background jobs. A whole serial run (every test of tests/,
    none deselected) also starts the release builds, the most work, at once, and each background
    command as its test module registers it: they use the core that collecting leaves idle
    (tests/cli_helpers_procs.py)."""
    import os

    config = session.config
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    _register_jobs()
    if config.option.collectonly or config.option.keyword or config.option.markexpr or getattr(
            config.option, "numprocesses", None):
        return
    if [Path(a).resolve() for a in config.args] in ([ROOT / "tests"], [ROOT]):
        import cli_helpers_procs as procs

        procs.BACKGROUND.eager = True
        procs.BACKGROUND.start(["release builds"])


def pytest_collection_finish(session):
    """In a serial run, queue the background work of the selected tests in the order they need it
    (tests/cli_helpers_procs.py): the commands and jobs the test modules and conftest registered."""
    import os

    import cli_helpers_procs as procs

    if os.environ.get("PYTEST_XDIST_WORKER") or session.config.option.collectonly:
        return
    procs.early(session)


def pytest_sessionfinish(session):
    import sys

    for name in ("release_builds", "clean_venv"):
        if name in sys.modules:
            sys.modules[name].stop()
