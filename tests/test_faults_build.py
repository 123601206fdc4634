"""Fault injection for the build: hostile or mistyped curated input, a full disk, a failing rename,
a held lock, and builds killed at each rename of the swap. Each case checks the error names the file
and the record or line, that data/ is untouched (or, after a kill, refused until healed), that no
staging folder is left, and the time taken."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

import pytest

import cli_helpers_procs as procs
from conftest import ROOT, ProjectCopy
from uis_build.curation import BuildError, build
from uis_build.curation import transaction as tx


def _refused(project, *patterns: str, seconds: float = 10) -> str:
    before = project.snapshot()
    start = time.monotonic()
    with pytest.raises(BuildError) as info:
        build(project.root)
    assert time.monotonic() - start < seconds
    message = str(info.value)
    for pattern in patterns:
        assert re.search(pattern, message), f"{pattern!r} not in {message!r}"
    assert project.snapshot() == before, "a failed build changed data/ or datapackage.json"
    assert not list(project.root.glob(".build-*")), "staging folder left behind"
    assert not (project.root / tx.JOURNAL).exists()
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
    _refused(project, r"records\.yaml: line 1", "anchor or alias", seconds=3)


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
    _refused(project, r"records\.yaml", "nests lists or mappings too deeply", seconds=5)


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
        assert 0.3 <= time.monotonic() - start < 2
        assert "UK_IRAQ_SECURITY_LOCK_TIMEOUT" in message
    finally:
        os.close(fd)


# -- the swap: a failing rename, leftovers, interrupted builds -----------------------------------

def _outputs(root: Path) -> dict[str, bytes]:
    found = {}
    for name in tx.OUTPUTS:
        p = root / name
        files = [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p] if p.is_file() else []
        found |= {f.relative_to(root).as_posix(): f.read_bytes() for f in files}
    return found


@pytest.fixture
def swap(tmp_path):
    """A root holding the committed outputs (old) and a staging folder holding changed ones (new)."""
    root = tmp_path / "root"
    root.mkdir()
    stage = tx.new_stage(root)
    for base in (root, stage):
        for name in tx.OUTPUTS:  # files in reports/ and docs/ as well as whole folders
            (base / name).parent.mkdir(parents=True, exist_ok=True)
            (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(ROOT / name, base / name)
    (stage / "data" / "funding.csv").write_bytes(b"new funding\n")
    (stage / "datapackage.json").write_bytes(b'{"new": true}\n')
    (stage / "reports" / "coverage.md").write_bytes(b"new report\n")
    old = _outputs(root)
    new = _outputs(stage)
    return root, stage, old, new


def test_failing_rename_puts_everything_back(swap, monkeypatch):
    root, stage, old, _ = swap
    calls = []
    real = tx._move

    def flaky(src, dst):
        calls.append(src)
        if len(calls) == 4:
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))
        real(src, dst)

    monkeypatch.setattr(tx, "_move", flaky)
    with pytest.raises(BuildError, match=r"cannot replace the outputs in .*Permission denied.*previous data/ was put back"):
        tx.swap_into(stage, root)
    assert _outputs(root) == old
    assert not (root / tx.JOURNAL).exists()


def test_leftover_staging_folders_are_removed_but_never_foreign_ones(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    ours = tx.new_stage(root)
    (ours / "data").mkdir()
    foreign = root / ".build-notes"
    foreign.mkdir()
    (foreign / "mine.txt").write_text("keep", encoding="utf-8")
    done = tx.recover(root)
    assert not ours.exists() and (foreign / "mine.txt").read_text(encoding="utf-8") == "keep"
    assert any(ours.name in line for line in done)


def test_journal_whose_stage_is_gone_is_refused_by_validate_and_dropped_by_a_build(swap):
    root, stage, _, _ = swap
    (root / tx.JOURNAL).write_text(json.dumps({"stage": ".build-gone"}), encoding="utf-8")
    from uk_iraq_security.validation import validate_package

    assert "interrupted while replacing data/" in validate_package(root)[0]
    with pytest.raises(BuildError, match=r"\.build-journal\.json: .*staging folder is gone.*uk-iraq-security build"):
        tx.recover(root)
    assert any("dropped the journal" in line for line in tx.recover(root, rebuilding=True))
    assert not (root / tx.JOURNAL).exists()


def test_damaged_journal_is_refused_by_validate(swap):
    root, _, _, _ = swap
    (root / tx.JOURNAL).write_bytes(b"\0garbage")
    from uk_iraq_security.validation import validate_package

    problems = validate_package(root)
    assert len(problems) == 1 and "may be a mix of two builds" in problems[0]


# Renames of one swap over a root that has all three outputs: the journal, then old out / new in
# for data, datapackage.json and reports. KILL_AT = N: the process dies instead of doing rename N;
# N = 8: it dies after the last rename, before the journal is removed.
RENAMES = 1 + 2 * len(tx.OUTPUTS)


@pytest.mark.parametrize("kill_at", range(1, RENAMES + 2))
def test_swap_killed_at_each_rename_is_refused_then_healed(swap, kill_at):
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
            forward = tx._forward

            def forward_then_die(*args, **kwargs):  # all renames done, the journal not yet removed
                forward(*args, **kwargs)
                os._exit(137)

            if kill_at > RENAMES:
                tx._forward = forward_then_die
            tx.swap_into(stage, root)
            os._exit(0)
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 137
    state = _outputs(root)
    interrupted = (root / tx.JOURNAL).exists()
    if interrupted:
        problems = validate_package(root)  # refused loudly, never read as a package
        assert len(problems) == 1 and "interrupted while replacing data/" in problems[0]
    else:
        assert state in (old, new), "a package without a journal is wholly old or wholly new"
    done = tx.recover(root)  # what the next build (or `validate`) does first
    assert _outputs(root) == (new if interrupted else state)
    assert not (root / tx.JOURNAL).exists() and not list(root.glob(".build-*"))
    assert bool(done) == (interrupted or kill_at == 1)


# A whole build in an interpreter of its own that dies (os._exit(137): no clean-up, no finally) right
# after rename n of its swap. Run as a command of the background queue (tests/cli_helpers_procs.py),
# it builds on the core this process leaves while the tests above its own run.
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
KILLED = procs.scratch("killed-build") / "project"


def _project_to_kill_a_build_of() -> tuple[ProjectCopy, dict[str, bytes]]:
    """A copy of the project with one edit, and its outputs' bytes before the build."""
    project = ProjectCopy(KILLED)
    project.edit_text("annotations/records.yaml", "000 gives the period precisely", "000 states the period exactly")
    return project, project.snapshot()


procs.BACKGROUND.add("a build killed after rename 4", procs.Command(
    [sys.executable, "-c", KILLED_AFTER_RENAME, str(KILLED), "4"],
    ("test_faults_build.py::test_real_build_killed_mid_swap_is_refused_then_healed_by_validate",), cwd=ROOT,
    setup=_project_to_kill_a_build_of))


def test_real_build_killed_mid_swap_is_refused_then_healed_by_validate(capsys):
    """A whole build in a process of its own, killed after rename 4 (new data/ in, datapackage.json moved out)."""
    from uk_iraq_security.cli import main
    from uk_iraq_security.validation import validate_package

    done = procs.BACKGROUND.result("a build killed after rename 4")
    project, before = procs.BACKGROUND.commands["a build killed after rename 4"].prepared
    assert done.returncode == 137, done.stderr
    assert not (project.root / "datapackage.json").exists()  # the worst moment: new data/, no descriptor
    assert "interrupted while replacing data/" in validate_package(project.root)[0]
    assert main(["validate", str(project.root)]) == 0  # recovers, then validates
    err = capsys.readouterr()
    assert "recovered: finished the replacement of data/" in err.err and err.out.strip() == "valid"
    after = project.snapshot()
    assert after != before and b"000 states the period exactly" in after["data/conflicts.csv"]
    assert not list(project.root.glob(".build-*")) and not (project.root / tx.JOURNAL).exists()
