"""Fault injection for the build: hostile or mistyped curated input, a full disk, a failing rename,
a held lock, and builds killed at each rename of the swap. Each case checks the error names the file
and the record or line, that data/ is untouched (or, after a kill, either right or refused by
validation until the next build heals it), and that no staging folder is left."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, ProjectCopy
from uis_build.curation import BuildError, build
from uis_build.curation import transaction as tx


def _refused(project, *patterns: str) -> str:
    before = project.snapshot()
    with pytest.raises(BuildError) as info:
        build(project.root)
    message = str(info.value)
    for pattern in patterns:
        assert re.search(pattern, message), f"{pattern!r} not in {message!r}"
    assert project.snapshot() == before, "a failed build changed data/ or datapackage.json"
    assert not list(project.root.glob(".build-*")), "staging folder left behind"
    return message


def _append(project, rel: str, text: str) -> None:
    with open(project.root / rel, "a", encoding="utf-8") as f:
        f.write(text)


ART0 = "annotations/articles/000_bdcf67e19c4020b3.yaml"


# -- the YAML loader --------------------------------------------------------------------------

def test_duplicate_key_in_an_article_names_file_line_and_key(project):
    project.edit_text(ART0, "evidence:\n", "evidence:\n  - record: off-yvette-cooper\n    quote: Yvette Cooper\n"
                                           "    quote: Cooper\n")
    _refused(project, re.escape(ART0), r"line \d+", r"key 'quote' is given twice")


def test_duplicate_record_in_records_yaml_is_refused(project):
    text = (project.root / "annotations/records.yaml").read_text(encoding="utf-8")
    first = re.search(r"\n  (stat-[a-z0-9-]+):\n(?:    .*\n|      .*\n)+", text).group(0)
    project.edit_text("annotations/records.yaml", first, first + first)
    _refused(project, r"annotations/records\.yaml: line \d+", r"key 'stat-[a-z0-9-]+' is given twice")


def test_top_level_duplicate_in_sources_is_refused(project):
    _append(project, "annotations/coverage_exclusions.yaml", "\n000-arabian-news: []\n000-arabian-news: []\n")
    _refused(project, r"coverage_exclusions\.yaml: line \d+", "given twice")


def test_anchor_and_alias_are_refused(project):
    project.edit_text("annotations/records.yaml", "statistics:\n", "statistics: &stats\n")
    _refused(project, r"records\.yaml: line \d+", "anchor or alias")


def test_billion_laughs_is_refused_at_once(project):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join(f"*{chr(97 + i)}" for _ in range(9)) + "]\n" for i in range(8))
    (project.root / "annotations/records.yaml").write_text(bomb, encoding="utf-8")
    _refused(project, r"records\.yaml: line 1", "anchor or alias")  # refused before anything is expanded


def test_python_tag_is_refused_and_never_run(project, tmp_path):
    marker = tmp_path / "ran"
    project.edit_text("annotations/records.yaml", "statistics:\n",
                      f"pwn: !!python/object/apply:os.system ['touch {marker}']\nstatistics:\n")
    _refused(project, r"records\.yaml: line \d+", "explicit tag 'tag:yaml.org,2002:python/object/apply:os.system'")
    assert not marker.exists()


def test_custom_tag_is_refused(project):
    project.edit_text(ART0, "evidence:\n", "evidence: !mine\n")
    _refused(project, re.escape(ART0), "explicit tag '!mine'")


def test_deeply_nested_yaml_is_refused(project):
    (project.root / "annotations/records.yaml").write_text("[" * 20000 + "]" * 20000 + "\n", encoding="utf-8")
    _refused(project, r"records\.yaml", "nests lists or mappings too deeply")


def test_annotation_that_is_not_utf8_is_refused(project):
    path = project.root / ART0
    path.write_bytes(path.read_bytes() + b"\n# caf\xe9\n")
    _refused(project, re.escape(ART0), "is not valid UTF-8")


@pytest.mark.parametrize("char, name", [("\x00", "U+0000"), ("\u202e", "U+202E"), ("\x85", "U+0085"),
                                        ("\x1b", "U+001B"), ("\u2066", "U+2066")])
def test_control_character_in_an_annotation_names_file_line_and_column(project, char, name):
    project.edit_text(ART0, "evidence:\n", f"# a comment{char}\nevidence:\n")
    _refused(project, re.escape(ART0), re.escape(name), r"line \d+, column 12")


@pytest.mark.parametrize("char, name", [("\x00", "U+0000"), ("\u202e", "U+202E (RIGHT-TO-LEFT OVERRIDE)")])
def test_control_character_in_a_seed_names_file_and_position(project, char, name):
    project.edit_seed("001", "Kurdistan", f"Kurd{char}istan")
    _refused(project, r"seeds/001_f4d3467b4698b683\.txt", re.escape(name), r"line \d+, column \d+ \(character \d+\)")


# -- the registry ------------------------------------------------------------------------------

def test_unregistered_seed_fails_the_build(project):
    (project.root / "seeds" / "005_extra.txt").write_text("2,000 migrants crossed.\n", encoding="utf-8")
    _refused(project, r"seeds/005_extra\.txt", "not registered in annotations/sources.yaml", "coverage audit")


@pytest.mark.parametrize("seed", ["../outside.txt", "/etc/passwd", "seeds/../seeds/000_bdcf67e19c4020b3.txt",
                                  "annotations/sources.yaml"])
def test_seed_file_outside_seeds_is_refused(project, seed):
    project.edit_text("annotations/sources.yaml", "seed_file: seeds/000_bdcf67e19c4020b3.txt", f"seed_file: {seed}")
    _refused(project, r"annotations/sources\.yaml: 000-arabian-news", "must name a file directly in seeds/")


@pytest.mark.parametrize("date", ["2024-13", "2024-02-30", "2024-00", "24-11"])
def test_impossible_reference_date_is_refused(project, date):
    project.edit_text("annotations/sources.yaml", 'reference_date: "2024-11"', f'reference_date: "{date}"')
    _refused(project, r"annotations/sources\.yaml: 000-arabian-news", f"reference_date '{date}' is not a real date")


# -- schemas and the template --------------------------------------------------------------------

@pytest.mark.parametrize("content, expected", [
    ("[1, 2]", "is a JSON list; expected a Table Schema object"),
    ('{"primaryKey": "x"}', "has no 'fields' list"),
    ('{"fields": [{"type": "string"}], "primaryKey": "x"}', r"fields\[0\]: expected an object with a 'name'"),
    ('{"fields": [', "cannot read the Table Schema"),
])
def test_malformed_table_schema_is_named(project, content, expected):
    (project.root / "schemas" / "funding.json").write_text(content, encoding="utf-8")
    _refused(project, r"schemas/funding\.json", expected)


@pytest.mark.parametrize("change, expected", [
    (lambda t: [t], "is a JSON list; expected an object"),
    (lambda t: {k: v for k, v in t.items() if k != "x-tables"}, "lacks x-tables"),
    (lambda t: {**t, "x-tables": "funding"}, "x-tables: is 'funding'; expected a list of table names"),
])
def test_malformed_package_template_is_named(project, change, expected):
    path = project.root / "schemas" / "datapackage.template.json"
    path.write_text(json.dumps(change(json.loads(path.read_text(encoding="utf-8")))), encoding="utf-8")
    _refused(project, r"schemas/datapackage\.template\.json", expected)


def test_one_article_giving_a_record_two_values_is_refused(project):
    path = "annotations/articles/002_419acde29e4773e4.yaml"
    _append(project, path, "  - record: fund-iq-law-enforcement-training\n"
                           "    quote: An additional £200,000 ($254,000) has been allocated\n"
                           "    amount: £200,000\n")
    _refused(project, re.escape(path), "record fund-iq-law-enforcement-training",
             r"gives amount two different values \('200000' and '300000'\)")


def test_missing_root_is_a_clear_error(tmp_path):
    with pytest.raises(BuildError, match="no such folder"):
        build(tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()


# -- disk and lock -----------------------------------------------------------------------------

def test_full_disk_while_writing_is_one_clear_error(project, monkeypatch):
    from uis_build.curation import writing

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(project.root / ".build-x" / "data" / "funding.parquet"))

    monkeypatch.setattr(writing, "write_parquet", full)
    message = _refused(project, "No space left on device", "cannot write the build")
    assert "\n" not in message


def test_second_build_waits_for_the_lock_then_fails_clearly(project, monkeypatch):
    monkeypatch.setenv(tx.LOCK_TIMEOUT_ENV, "0.3")
    fd = os.open(project.root / tx.LOCK, os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        start = time.monotonic()
        message = _refused(project, r"\.build\.lock", "another build of .* is running", "within 0.3 s")
        assert time.monotonic() - start >= 0.3  # it waited for the lock (no upper bound: machines differ)
        assert "UK_IRAQ_SECURITY_LOCK_TIMEOUT" in message
    finally:
        os.close(fd)


# -- the swap: a failing rename, leftovers, interrupted builds -----------------------------------

def _outputs(root: Path) -> dict[str, bytes]:
    """The bytes of every file a build replaces (data/ and datapackage.json)."""
    files = [root / "datapackage.json"] if (root / "datapackage.json").is_file() else []
    files += sorted((root / "data").iterdir()) if (root / "data").is_dir() else []
    return {f.relative_to(root).as_posix(): f.read_bytes() for f in files}


# A whole build in an interpreter of its own that dies (os._exit(137): no clean-up, no finally) right
# after rename n of its swap (1: old data/ moved into the stage, 2: new data/ in, 3: datapackage.json).
KILLED_AFTER_RENAME = """\
import os, sys
from pathlib import Path
from uis_build.curation import build, transaction as tx

real, count, n = tx._move, [0], int(sys.argv[2])

def move(src, dst):
    real(src, dst)
    count[0] += 1
    if count[0] == n:
        os._exit(137)

tx._move = move
build(Path(sys.argv[1]))
"""


@pytest.mark.slow
def test_real_build_killed_mid_swap_is_refused_then_healed_by_the_next_build(tmp_path):
    """A whole build killed at the worst moment: the new data/ beside the old datapackage.json. Its
    sha256s no longer match, so validation refuses the checkout by itself; the next build removes the
    dead build's stage and rebuilds."""
    from uk_iraq_security.cli import main
    from uk_iraq_security.validation import validate_package

    project = ProjectCopy(tmp_path / "project")
    project.edit_text("annotations/records.yaml", "000 gives the period precisely", "000 states the period exactly")
    before = project.snapshot()
    done = subprocess.run([sys.executable, "-c", KILLED_AFTER_RENAME, str(project.root), "2"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 137, done.stderr
    assert len(list(project.root.glob(".build-*"))) == 1  # the dead build's stage, holding the old data/
    problems = "\n".join(validate_package(project.root))
    assert re.search(r"data/conflicts\.csv: (sha256 is \w+|\d+ bytes), datapackage\.json says", problems), problems
    build(project.root)  # the next build heals the checkout
    after = project.snapshot()
    assert after != before and b"000 states the period exactly" in after["data/conflicts.csv"]
    assert not list(project.root.glob(".build-*"))
    assert main(["validate", str(project.root)]) == 0


@pytest.fixture
def swap(tmp_path):
    """A root holding the committed outputs (old) and a staging folder holding other ones (new): two
    valid packages, the new one with an edited datasheet and one more document, listed with their sha256."""
    from uis_build.curation.writing import file_facts, json_bytes
    from uk_iraq_security.validation import X_FILES

    root = tmp_path / "root"
    root.mkdir()
    for part in ("data", "schemas", "datapackage.json"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy2)(ROOT / part, root / part)
    stage = tx.new_stage(root)
    shutil.copytree(ROOT / "data", stage / "data")
    with open(stage / "data" / "datasheet.md", "a", encoding="utf-8") as f:
        f.write("\nA new paragraph.\n")
    (stage / "data" / "notes.md").write_text("A new document.\n", encoding="utf-8")
    pkg = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    pkg[X_FILES] = [{"path": rel, **file_facts(stage / rel)}
                    for rel in sorted({e["path"] for e in pkg[X_FILES]} | {"data/notes.md"})]
    (stage / "datapackage.json").write_bytes(json_bytes(pkg))
    old, new = _outputs(root), _outputs(stage)
    assert old != new
    return root, stage, old, new


@pytest.mark.parametrize("fail_at", [1, 2, 3])
def test_failing_rename_puts_everything_back(swap, monkeypatch, fail_at):
    root, stage, old, _ = swap
    calls = []
    real = tx._move

    def flaky(src, dst):
        calls.append(src)
        if len(calls) == fail_at:
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))
        real(src, dst)

    monkeypatch.setattr(tx, "_move", flaky)
    with pytest.raises(BuildError, match=r"cannot replace the outputs in .*Permission denied.*previous data/ was put back"):
        tx.swap_into(stage, root)
    assert _outputs(root) == old


def test_leftover_staging_folders_are_removed_but_never_foreign_ones(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    ours = tx.new_stage(root)
    (ours / "data").mkdir()
    (ours / "data" / "funding.csv").write_text("old", encoding="utf-8")
    foreign = root / ".build-notes"  # no marker: not ours
    foreign.mkdir()
    (foreign / "mine.txt").write_text("keep", encoding="utf-8")
    elsewhere = tx.new_stage(tmp_path)  # marked, but reached only through a symlink: never followed
    (root / ".build-link").symlink_to(elsewhere, target_is_directory=True)
    faked = root / ".build-faked"  # a marker that is a symlink to a marker elsewhere: not ours either
    faked.mkdir()
    (faked / tx.STAGE_MARKER).symlink_to(elsewhere / tx.STAGE_MARKER)
    (root / ".build-file").write_text("a file, not a folder", encoding="utf-8")
    done = tx.remove_stale_stages(root)
    assert not ours.exists() and (foreign / "mine.txt").read_text(encoding="utf-8") == "keep"
    assert (root / ".build-link").is_symlink() and (elsewhere / tx.STAGE_MARKER).is_file()
    assert faked.is_dir() and (root / ".build-file").is_file()
    assert done == [f"removed the staging folder {ours.name} of an earlier build"]


def test_a_file_of_data_that_datapackage_json_does_not_give_is_refused(tmp_path):
    """datapackage.json gives the sha256 of every file of data/ (the documents and the SQLite copy under
    x-files): a changed, missing or extra file is refused, whichever build wrote it."""
    from uk_iraq_security.validation import X_FILES, data_file_problems, resource_file_problems

    for part in ("data", "datapackage.json"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy2)(ROOT / part, tmp_path / part)
    pkg = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    listed = {r["path"] for r in pkg["resources"]} | {e["path"] for e in pkg[X_FILES]}
    assert listed == {f"data/{p.name}" for p in (ROOT / "data").iterdir()}
    assert {"data/datasheet.md", "data/data-dictionary.md", "data/coverage.md", "data/coverage.csv"} <= listed
    assert data_file_problems(tmp_path, pkg) == [] and resource_file_problems(tmp_path, pkg) == []
    (tmp_path / "data" / "datasheet.md").write_text("edited\n", encoding="utf-8")
    (tmp_path / "data" / "coverage.md").unlink()
    (tmp_path / "data" / "new_table.csv").write_text("a\n1\n", encoding="utf-8")
    problems = "\n".join(data_file_problems(tmp_path, pkg))
    assert re.search(r"data/datasheet\.md: 7 bytes, datapackage\.json says \d+", problems)
    assert "data/coverage.md: missing (listed in x-files)" in problems
    assert "data/new_table.csv: not listed in datapackage.json" in problems
    old = {k: v for k, v in pkg.items() if k != X_FILES}  # a descriptor that does not list the documents
    assert "data/datasheet.md: not listed in datapackage.json" in "\n".join(data_file_problems(tmp_path, old))


# KILL_AT = n: the process dies instead of doing rename n (1: old data/ into the stage, 2: new data/ in,
# 3: new datapackage.json in); 4: it dies after the last rename, before the stage is deleted.
# Each state validates only if it is wholly the old package or wholly the new one.
EXPECTED = {1: "old", 2: "invalid", 3: "invalid", 4: "new"}


@pytest.mark.parametrize("kill_at", sorted(EXPECTED))
def test_swap_killed_at_each_rename_is_refused_or_right_then_healed(swap, kill_at):
    root, stage, old, new = swap
    from uk_iraq_security.validation import validate_package

    pid = os.fork()
    if pid == 0:  # the build, killed at rename kill_at
        try:
            count = [0]
            real = tx._move

            def move(src, dst):
                count[0] += 1
                if count[0] == kill_at:
                    os._exit(137)
                real(src, dst)

            tx._move = move
            tx.swap_into(stage, root)
            os._exit(137)  # all renames done; the build dies before it deletes its stage
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 137
    state, problems = _outputs(root), validate_package(root)
    if problems:
        assert EXPECTED[kill_at] == "invalid", problems
        assert state not in (old, new)
        assert any(re.search(r"^data/\S+: (missing|sha256 is|\d+ bytes,)", p) for p in problems), problems
    else:
        assert state == (old if EXPECTED[kill_at] == "old" else new), "a package that validates is wholly old or wholly new"
    # the next build: removes the dead one's stage, then swaps in a validated stage of its own
    assert tx.remove_stale_stages(root) == [f"removed the staging folder {stage.name} of an earlier build"]
    again = tx.new_stage(root)
    for name, data in new.items():
        (again / name).parent.mkdir(parents=True, exist_ok=True)
        (again / name).write_bytes(data)
    tx.swap_into(again, root)
    shutil.rmtree(again)
    assert _outputs(root) == new and not list(root.glob(".build-*"))
