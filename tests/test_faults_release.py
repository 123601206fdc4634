"""Fault injection for `release --clean`: it never replaces the checkout, the home folder, the
dataset's sources or a folder holding files it did not write, and it refuses before building."""

from __future__ import annotations

from pathlib import Path

import pytest

import uis_build.release as release_module
from uis_build.release import ReleaseError, release
from uis_build.release.safety import MARKER, MARKER_TEXT, check_output_folder


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """A folder shaped like a checkout (enough for the refusals, which come before any build), under a
    fake home folder so that `~` can be tried without touching the real one."""
    home = tmp_path / "home"
    root = home / "work" / "uk-iraq-security"
    for rel in ("pyproject.toml", "datapackage.json", "src/uk_iraq_security/__init__.py", "data/funding.csv",
                "seeds/000.txt", "annotations/sources.yaml", "schemas/funding.json", ".git/HEAD"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(f"{rel}\n", encoding="utf-8")
    (home / "notes.txt").write_text("mine\n", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    return root


def _refused(root: Path, out, pattern: str) -> None:
    home = Path.home()
    before = _tree(home)
    with pytest.MonkeyPatch.context() as mp:  # refused up front, before anything is checked or built
        for step in ("_preflight", "_write"):
            mp.setattr(release_module, step, _never(step))
        with pytest.raises(ReleaseError, match=pattern):
            release(root, out, allow_dirty=True, clean=True)
    assert _tree(home) == before, "a refused release changed files"


def _never(step: str):
    def called(*args, **kwargs):
        raise AssertionError(f"release reached {step} before refusing the output folder")
    return called


@pytest.mark.parametrize("out, what", [
    (".", "is the checkout"),
    ("..", "contains the checkout"),
    ("~", "is the home folder"),
    ("/", "contains the checkout"),
    ("data", r"is data/ of the checkout"),
    ("seeds", r"is seeds/ of the checkout"),
    ("annotations", r"is annotations/ of the checkout"),
    ("schemas", r"is schemas/ of the checkout"),
    (".git", r"is \.git/ of the checkout"),
    ("src", r"is src/ of the checkout"),
])
def test_clean_refuses_protected_folders(checkout, monkeypatch, out, what):
    monkeypatch.chdir(checkout)
    target = Path(out).expanduser()
    _refused(checkout, target if target.is_absolute() else checkout / target, what)


@pytest.mark.parametrize("out", ["data/dist", "seeds/x", "annotations/articles/dist"])
def test_output_inside_source_folders_is_refused(checkout, out):
    _refused(checkout, checkout / out, r"lies inside .* of the checkout")


def test_clean_refuses_a_folder_with_files_it_did_not_write(checkout, tmp_path):
    out = tmp_path / "dist"
    out.mkdir()
    (out / "thesis.tex").write_text("years of work", encoding="utf-8")
    _refused(checkout, out, r"holds files a release did not write \(thesis\.tex\)")
    assert (out / "thesis.tex").read_text(encoding="utf-8") == "years of work"


def test_clean_refuses_a_marked_folder_with_an_extra_file(checkout, tmp_path):
    out = tmp_path / "dist"
    out.mkdir()
    (out / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    (out / "a.whl").write_bytes(b"wheel")
    (out / "SHA256SUMS").write_text(f"{'0' * 64}  a.whl\n{'0' * 64}  {MARKER}\n", encoding="utf-8")
    (out / "kaggle").mkdir()
    (out / "kaggle" / "notes.md").write_text("added by hand", encoding="utf-8")
    _refused(checkout, out, r"kaggle/notes\.md")
    assert (out / "kaggle" / "notes.md").exists()


def test_clean_accepts_a_folder_a_release_wrote(checkout, tmp_path):
    out = tmp_path / "dist"
    (out / "kaggle").mkdir(parents=True)
    (out / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    (out / "a.whl").write_bytes(b"wheel")
    (out / "kaggle" / "funding.csv").write_bytes(b"x")
    (out / "SHA256SUMS").write_text(f"{'0' * 64}  {MARKER}\n{'0' * 64}  a.whl\n{'0' * 64}  kaggle/funding.csv\n",
                                    encoding="utf-8")
    check_output_folder(out.resolve(), checkout.resolve(), clean=True)  # no error: it may be replaced


def test_non_empty_folder_without_clean_is_refused(checkout, tmp_path):
    out = tmp_path / "dist"
    out.mkdir()
    (out / "x").write_text("x", encoding="utf-8")
    with pytest.raises(ReleaseError, match="is not empty: remove it, or pass --clean"):
        release(checkout, out, allow_dirty=True)


def test_output_that_is_a_file_is_refused(checkout, tmp_path):
    out = tmp_path / "dist"
    out.write_text("a file", encoding="utf-8")
    _refused(checkout, out, "is a file, not a folder")
    assert out.read_text(encoding="utf-8") == "a file"


def test_symlink_to_the_checkout_is_seen_through(checkout, tmp_path):
    link = tmp_path / "innocent"
    link.symlink_to(checkout)
    _refused(checkout, link, "is the checkout")
    assert (checkout / "pyproject.toml").exists()


def test_release_of_a_folder_that_is_not_a_checkout_is_refused(tmp_path):
    with pytest.raises(ReleaseError, match="is not a source checkout of uk-iraq-security.*release needs one"):
        release(tmp_path, tmp_path / "dist", allow_dirty=True)
    assert list(tmp_path.iterdir()) == []
