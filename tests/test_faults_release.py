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


def test_symlink_to_the_checkout_is_refused(checkout, tmp_path):
    link = tmp_path / "innocent"
    link.symlink_to(checkout)
    _refused(checkout, link, "is a symbolic link")
    assert (checkout / "pyproject.toml").exists()


def test_release_of_a_folder_that_is_not_a_checkout_is_refused(tmp_path):
    with pytest.raises(ReleaseError, match="is not a source checkout of uk-iraq-security.*release needs one"):
        release(tmp_path, tmp_path / "dist", allow_dirty=True)
    assert list(tmp_path.iterdir()) == []


# -- symlinks at the edges of the output, and --published, through main() in-process ----------------

def _cli(capsys, argv: list[str]) -> tuple[int, str]:
    from uis_build.__main__ import main

    capsys.readouterr()
    status = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "This is a bug" not in err
    return status, err


@pytest.fixture
def user(tmp_path) -> Path:
    folder = tmp_path / "user"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("clean", [[], ["--clean"]], ids=["plain", "clean"])
def test_out_that_is_a_link_to_elsewhere_is_refused(checkout, user, tmp_path, capsys, clean):
    link = tmp_path / "dist"
    link.symlink_to(user, target_is_directory=True)
    before = _tree(user)
    status, err = _cli(capsys, ["release", "--root", str(checkout), "--out", str(link), "--allow-dirty", *clean])
    assert status == 1 and f"--out {link} is a symbolic link (to {user})" in err
    assert _tree(user) == before and link.is_symlink()


@pytest.mark.parametrize("below", ["", "dist"], ids=["at", "below"])
def test_out_at_a_symlink_loop_is_a_clear_error(checkout, tmp_path, capsys, below):
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    status, err = _cli(capsys, ["release", "--root", str(checkout), "--out", str(loop / below), "--allow-dirty"])
    assert status == 1 and ("symbolic link loop" in err or "is a symbolic link" in err), err


@pytest.mark.parametrize("name", [MARKER, "SHA256SUMS"])
def test_a_release_folder_whose_marker_or_sums_is_a_link_is_not_replaced(checkout, user, tmp_path, capsys, name):
    """A marker (or SHA256SUMS) replaced by a link: the folder is no longer one a release wrote, so --clean
    refuses it; the link is never read or written through (SHA256SUMS -> /dev/zero would never end)."""
    out = tmp_path / "dist"
    out.mkdir()
    (out / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    (out / "SHA256SUMS").write_text(f"{'0' * 64}  {MARKER}\n", encoding="utf-8")
    (out / name).unlink()
    (out / name).symlink_to(user / "notes.txt" if name == MARKER else Path("/dev/zero"))
    before, out_before = _tree(user), sorted(p.name for p in out.iterdir())
    status, err = _cli(capsys, ["release", "--root", str(checkout), "--out", str(out), "--allow-dirty", "--clean"])
    assert status == 1 and f"--clean refuses to replace {out}" in err and name in err
    assert _tree(user) == before and sorted(p.name for p in out.iterdir()) == out_before and (out / name).is_symlink()


@pytest.mark.parametrize("args, expected", [
    (["--published", "10.5281/zenodo.42."], "is not a Zenodo DOI"),
    (["--published", "10.5281/zenodo.42,"], "is not a Zenodo DOI"),
    (["--published", "https://doi.org/10.5281/zenodo.42"], "is not a Zenodo DOI"),
    (["--published", "10.5281/zenodo.42\n"], "is not a Zenodo DOI"),
    (["--published", "10.1234/zenodo.42"], "is not a Zenodo DOI"),
    (["--published", "10.5281/zenodo.0042"], "is not a Zenodo DOI"),
    (["--published", "10.5281/zenodo.42", "--kaggle-version", "-3"], "is not a Kaggle version"),
    (["--published", "10.5281/zenodo.42", "--kaggle-version", "0"], "is not a Kaggle version"),
    (["--kaggle-version", "3"], "--kaggle-version goes with --published"),
])
def test_published_refuses_a_malformed_doi_or_kaggle_version(checkout, capsys, args, expected):
    (checkout / "src/uk_iraq_security/__init__.py").write_text('__version__ = "0.1.0"\n', encoding="utf-8")
    template = checkout / "schemas" / "datapackage.template.json"
    template.parent.mkdir(exist_ok=True)
    template.write_text('{"x-release": {"kaggle": {"id": "someone/dataset"}}}\n', encoding="utf-8")
    before = _tree(checkout)
    status, err = _cli(capsys, ["release", "--root", str(checkout), *args])
    assert status == 1 and expected in err, err
    assert _tree(checkout) == before


def test_published_kaggle_version_needs_a_kaggle_id_and_a_float_is_refused(checkout, capsys):
    (checkout / "src/uk_iraq_security/__init__.py").write_text('__version__ = "0.1.0"\n', encoding="utf-8")
    template = checkout / "schemas" / "datapackage.template.json"
    template.parent.mkdir(exist_ok=True)
    template.write_text('{"x-release": {}}\n', encoding="utf-8")
    status, err = _cli(capsys, ["release", "--root", str(checkout), "--published", "10.5281/zenodo.42", "--kaggle-version", "2"])
    assert status == 1 and "gives no x-release.kaggle.id" in err
    with pytest.raises(SystemExit) as info:  # argparse: a usage error, exit 2
        _cli(capsys, ["release", "--root", str(checkout), "--published", "10.5281/zenodo.42", "--kaggle-version", "1.5"])
    assert info.value.code == 2 and "invalid int value: '1.5'" in capsys.readouterr().err


@pytest.mark.parametrize("content", ['{"versi', "[1, 2]", ""])
def test_a_damaged_datapackage_json_is_a_clear_error(checkout, tmp_path, capsys, content):
    (checkout / "src/uk_iraq_security/__init__.py").write_text('__version__ = "0.1.0"\n', encoding="utf-8")
    (checkout / "datapackage.json").write_text(content, encoding="utf-8")
    for args in (["--check-metadata"], ["--allow-dirty", "--out", str(tmp_path / "dist")]):
        status, err = _cli(capsys, ["release", "--root", str(checkout), *args])
        assert status == 1 and "datapackage.json: " in err and ("cannot read it as JSON" in err or "expected an object" in err), err
