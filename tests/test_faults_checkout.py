"""A checkout is input and may be hostile: a cloned repository can carry links to a user's folders where
the build and the release read and write, a leftover staging folder with a marker, a FIFO. Through
`python -m uis_build build | release` (main(), in-process) on copies: each is refused with a clear error
(or, a carried stage, left alone), and a user's folder under tmp_path stays byte for byte as it was."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from uis_build.__main__ import main
from uis_build.curation import transaction as tx


def _tree(folder: Path) -> dict[str, bytes | str]:
    """Every entry under `folder`: a file's bytes, a link's target (never followed)."""
    out: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        out[rel] = f"-> {os.readlink(path)}" if path.is_symlink() else path.read_bytes() if path.is_file() else "dir"
    return out


@pytest.fixture
def user(tmp_path) -> Path:
    """A user's folder outside the checkout, which nothing may change."""
    folder = tmp_path / "user"
    (folder / "data").mkdir(parents=True)
    (folder / "notes.txt").write_text("my notes\n", encoding="utf-8")
    (folder / "data" / "funding.csv").write_text("mine,not the dataset's\n", encoding="utf-8")
    (folder / "DATASHEET.md").write_text("my datasheet\n", encoding="utf-8")
    return folder


def _run(capsys, argv: list[str]) -> tuple[int, str]:
    capsys.readouterr()
    status = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "This is a bug" not in err
    return status, err


def _replace_with_link(path: Path, target: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()
    path.symlink_to(target, target_is_directory=target.is_dir())


@pytest.mark.parametrize("rel, target", [
    ("data", "."),  # data/ itself a link to the user's folder: the swap would move it
    ("data/funding.csv", "data/funding.csv"),
    ("datapackage.json", "notes.txt"),
    ("annotations/schema", "."),  # the build writes the annotation JSON Schemas there
    ("schemas/citations.json", "notes.txt"),  # the build reads it
    ("seeds/000_bdcf67e19c4020b3.txt", "notes.txt"),
    ("annotations/articles", "data"),
    ("docs/datasheet.prose.md", "DATASHEET.md"),
    (".build.lock", "lock-created-elsewhere"),
])
@pytest.mark.parametrize("check", [False, True], ids=["build", "check"])
def test_a_link_in_the_checkout_is_refused_and_never_followed(project, user, capsys, rel, target, check):
    _replace_with_link(project.root / rel, user / target)
    before = _tree(user)
    status, err = _run(capsys, ["build", "--root", str(project.root), *(["--check"] if check else [])])
    assert status == 1
    assert re.search(rf"build failed: {re.escape(rel)}.*(symbolic link|never writes through a link)", err), err
    assert _tree(user) == before, "the build changed a folder outside the checkout"
    assert (project.root / rel).is_symlink(), "the build removed what it did not write"
    assert not list(project.root.glob(".build-*"))


def test_a_fifo_among_the_inputs_is_refused_without_waiting(project, capsys):
    os.mkfifo(project.root / "annotations" / "articles" / "005_hang.yaml")
    status, err = _run(capsys, ["build", "--root", str(project.root), "--check"])
    assert status == 1 and "annotations/articles/005_hang.yaml: is neither a regular file nor a folder" in err


def test_a_stage_the_checkout_carries_is_never_removed_or_used(project, user, capsys):
    """A clone can carry `.build-*` folders with a copy of a real marker: copied or cloned, a folder is a
    new one, and the build leaves it alone (it removes only stages it made in that very folder)."""
    real = tx.new_stage(project.root)
    (real / "data").symlink_to(user / "data", target_is_directory=True)  # it will remove this one: a link, unfollowed
    carried = project.root / ".build-carried"
    shutil.copytree(real, carried, symlinks=True)
    (carried / "datapackage.json").write_text('{"carried": true}\n', encoding="utf-8")
    carried_before, user_before = _tree(carried), _tree(user)
    status, err = _run(capsys, ["build", "--root", str(project.root)])
    assert status == 0, err
    assert not real.exists(), "a stage of an earlier build was not removed"
    assert _tree(carried) == carried_before and _tree(user) == user_before
    assert "carried" not in (project.root / "datapackage.json").read_text(encoding="utf-8")


def test_a_root_that_is_a_symlink_loop_is_a_clear_error(tmp_path, capsys):
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    status, err = _run(capsys, ["build", "--root", str(loop / "checkout")])
    assert status == 1 and "symbolic link loop" in err
    status, err = _run(capsys, ["release", "--root", str(loop)])
    assert status == 1 and "symbolic link loop" in err


# -- the release reads and writes the checkout too --------------------------------------------------

@pytest.fixture
def checkout(tmp_path) -> Path:
    """A folder shaped like a checkout: enough for the checks that come before any build."""
    root = tmp_path / "checkout"
    for rel in ("pyproject.toml", "datapackage.json", "src/uk_iraq_security/__init__.py", "data/funding.csv",
                "LICENSE", "CITATION.cff", "schemas/datapackage.template.json"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(f"{rel}\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("rel", ["LICENSE", "data/funding.csv", "src/uk_iraq_security/__init__.py", "CITATION.cff",
                                 "schemas/datapackage.template.json"])
@pytest.mark.parametrize("command", [["--allow-dirty"], ["--write-metadata"], ["--published", "10.5281/zenodo.42"]],
                         ids=["release", "write-metadata", "published"])
def test_release_refuses_a_checkout_file_linked_elsewhere(checkout, user, tmp_path, capsys, rel, command):
    """A LICENSE linked to a private file would be published in the release; a CITATION.cff linked to a
    user's file would be overwritten by --write-metadata."""
    _replace_with_link(checkout / rel, user / "notes.txt")
    before = _tree(user)
    status, err = _run(capsys, ["release", "--root", str(checkout), "--out", str(tmp_path / "dist"), *command])
    assert status == 1 and re.search(rf"{re.escape(rel)} in .* is a symbolic link", err), err
    assert _tree(user) == before and not (tmp_path / "dist").exists()
