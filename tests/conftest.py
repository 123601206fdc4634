"""Shared fixtures: the repository root, a throw-away copy of the project to break on purpose, and the
costly results several tests read: one check build and one validation of the checkout (per test
process), and the release builds (once per run: made_once). Tests reading the release builds are marked
`slow` here; the other slow tests carry the marker themselves."""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import traceback
from pathlib import Path
from types import SimpleNamespace

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
            self.edit_text("annotations/sources.yaml", before, hashlib.sha256(seed.read_bytes()).hexdigest())

    def articles_yaml(self, prefix: str) -> Path:
        return next((self.root / "annotations" / "articles").glob(f"{prefix}_*.yaml"))

    def load_yaml(self, rel: str):
        return yaml.safe_load((self.root / rel).read_text(encoding="utf-8"))


@pytest.fixture
def project(tmp_path) -> ProjectCopy:
    return ProjectCopy(tmp_path / "project")


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


def checkout_snapshot(dest: Path) -> Path:
    """Copy the checkout's files (tracked and untracked, minus git-ignored) to `dest`: one fixed state
    to build from, even while someone edits the working tree."""
    names = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, names):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


def run_folder(tmp_path_factory) -> Path:  # the run's temporary folder: under pytest-xdist, above each worker's own
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session", autouse=True)  # each chart rendered once per run, however many builds draw it
def chart_cache(tmp_path_factory):
    os.environ["UIS_BUILD_CHART_CACHE"] = str(run_folder(tmp_path_factory))


def made_once(tmp_path_factory, name: str, make) -> Path:
    """The folder `make(folder)` filled, once per test run: under pytest-xdist the workers share the run's
    temporary folder, and the first to ask makes it while the others wait on a lock. A failure is
    reported, with its traceback, to every test that asks, without making it again."""
    base = run_folder(tmp_path_factory)
    folder, failed = base / name, base / f"{name}.failed"
    with open(base / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        if not folder.exists() and not failed.exists():
            part = base / f"{name}.part"
            shutil.rmtree(part, ignore_errors=True)
            part.mkdir()
            try:
                make(part)
            except BaseException as e:
                detail = getattr(e, "stderr", None) or ""
                failed.write_text("".join(traceback.format_exception(e)) + str(detail), encoding="utf-8")
                raise
            part.rename(folder)
    if failed.exists():
        pytest.fail(f"making {name} failed:\n" + failed.read_text(encoding="utf-8"), pytrace=False)
    return folder


@pytest.fixture(scope="session")
def released(tmp_path_factory):
    """Two release builds (.first, .second: dist/ folders) of one snapshot of the checkout at one
    SOURCE_DATE_EPOCH (.epoch: the last commit's time), made once per run. The first runs through
    `python -m uis_build release` as a user runs it, while the second runs in this process (both at
    once): two processes, one commit, and the files must be byte-identical."""
    epoch = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True,
                           check=True).stdout.strip()

    def make(folder: Path) -> None:
        from uis_build.release import release

        snap = checkout_snapshot(folder / "checkout")
        with open(folder / "release1.log", "w+", encoding="utf-8") as log:
            cli = subprocess.Popen([sys.executable, "-m", "uis_build", "release", "--root", str(snap), "--out",
                                    str(folder / "release1" / "dist"), "--allow-dirty"], cwd=snap, stdout=log,
                                   stderr=subprocess.STDOUT, env={**os.environ, "SOURCE_DATE_EPOCH": epoch})
            try:
                with pytest.MonkeyPatch.context() as mp:
                    mp.setenv("SOURCE_DATE_EPOCH", epoch)
                    release(snap, folder / "release2" / "dist", allow_dirty=True)
            finally:
                cli.wait()
            log.seek(0)
            assert cli.returncode == 0, log.read()[-3000:]

    folder = made_once(tmp_path_factory, "released", make)
    return SimpleNamespace(first=folder / "release1" / "dist", second=folder / "release2" / "dist", epoch=int(epoch))


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """A copy of the installed dataset folder that load(), the descriptor and every command read instead."""
    from uk_iraq_security import dataset_files, integrity, loading

    root = tmp_path / "dataset"
    for part in ("data", "schemas"):
        shutil.copytree(ROOT / part, root / part)
    shutil.copy2(ROOT / "datapackage.json", root / "datapackage.json")
    for module in (dataset_files, loading):
        monkeypatch.setattr(module, "dataset_root", lambda: root)
    monkeypatch.setattr(integrity, "_verified", {})
    for cached in (caches := (dataset_files.descriptor, dataset_files.template)):
        cached.cache_clear()
    yield root
    for cached in caches:
        cached.cache_clear()


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects
def pytest_collection_modifyitems(items):
    for item in items:
        if "released" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
