"""The build: reproducible, equal to the committed data/, and failing clearly without touching data/."""

from __future__ import annotations

import re

import pandas as pd
import pytest
import yaml

import build_helpers_shared
from conftest import ROOT
from uis_build.curation import BuildError, build


@pytest.fixture(scope="module")
def additions(tmp_path_factory):
    """The copy with a curator's additions, built once (tests/build_helpers_shared.py)."""
    return build_helpers_shared.additions(tmp_path_factory.getbasetemp())


def test_committed_data_equals_a_fresh_build(build_check):
    """The committed bytes were written by an earlier build, in another process: a fresh build that
    gives the same bytes, file for file, shows the build reproducible."""
    assert build_check.differences == [], f"run `python scripts/build.py`: {build_check.differences} differ"
    assert build_check.row_counts and all(n > 0 for n in build_check.row_counts.values())


def _fails_leaving_data(project, *patterns: str) -> str:
    before = project.snapshot()
    with pytest.raises(BuildError) as info:
        build(project.root)
    message = str(info.value)
    for pattern in patterns:
        assert re.search(pattern, message), f"{pattern!r} not in {message!r}"
    assert project.snapshot() == before, "a failed build changed data/ or datapackage.json"
    assert not list(project.root.glob(".build-*")), "staging folder left behind"
    return message


def test_edited_seed_fails_on_its_sha256(project):
    project.edit_seed("000", "£75 million", "£76 million", register=False)
    _fails_leaving_data(project, r"seeds/000_bdcf67e19c4020b3\.txt", r"sha256 is [0-9a-f]{64} but .*registers")


def test_quote_no_longer_in_its_article(project):
    # A re-registered article whose text changed under an annotation's quote
    project.edit_seed("000", "additional funding of £75 million", "additional funding of £76 million")
    _fails_leaving_data(
        project, r"annotations/articles/000_bdcf67e19c4020b3\.yaml", r"record fund-gb-border-security-command",
        r"quote '.*£75 million' is not in the text",
    )


def test_quote_moved_within_article_gets_new_offsets(additions):
    # Offsets are located, not typed: text inserted before a quote shifts its citation, nothing else
    # ("still " inserted in seeds/004, build_helpers_shared._move_a_quote)
    project = additions.project
    text = (project.root / "seeds/004_2432e5a2cb814516.txt").read_text(encoding="utf-8")
    new, old = (pd.read_csv(root / "data/citations.csv", keep_default_na=False) for root in (project.root, ROOT))
    new, old = (c[c.source_id == "004-khaleej-telegraph"].reset_index(drop=True) for c in (new, old))
    assert len(new) > 0 and new[["record_id", "quote"]].equals(old[["record_id", "quote"]])
    for row in new.itertuples():
        assert text[row.char_start:row.char_end] == row.quote
    shift = set(new.char_start - old.char_start)
    assert len("still ") in shift and shift <= {0, len("still ")}  # those after the insertion move by it, no more


def test_dangling_same_as_reference(project):
    project.edit_text("annotations/articles/000_bdcf67e19c4020b3.yaml",
                      "same_as: fund-iq-law-enforcement-training", "same_as: fund-does-not-exist")
    _fails_leaving_data(project, r"000_bdcf67e19c4020b3\.yaml", r"record fund-iq-organised-crime",
                        r"'fund-does-not-exist'.*dangling reference")


def test_evidence_for_an_undefined_record(project):
    project.edit_text("annotations/articles/004_2432e5a2cb814516.yaml",
                      "record: stat-kr-sex-trafficking-cases-2021", "record: stat-kr-sex-trafficking-2021")
    _fails_leaving_data(project, r"004_2432e5a2cb814516\.yaml", r"evidence\[4\]",
                        r"'stat-kr-sex-trafficking-2021' is not defined .*dangling reference")


def test_unknown_currency(project):
    project.edit_seed("000", "funding of £75 million", "funding of 75 million ZZZ")
    project.edit_text("annotations/articles/000_bdcf67e19c4020b3.yaml", "funding of £75 million", "funding of 75 million ZZZ")
    project.edit_text("annotations/articles/000_bdcf67e19c4020b3.yaml", "amount: £75 million", "amount: 75 million ZZZ")
    _fails_leaving_data(project, r"000_bdcf67e19c4020b3\.yaml", r"record fund-gb-border-security-command",
                        r"field 'amount': unknown currency 'ZZZ'.*ISO 4217")


def test_malformed_annotation_missing_quote(project):
    project.edit_text("annotations/articles/002_419acde29e4773e4.yaml",
                      "    quote: British Home Secretary Yvette Cooper\n", "")
    _fails_leaving_data(project, r"002_419acde29e4773e4\.yaml", r"record off-yvette-cooper",
                        r"malformed annotation .*'quote' is a required property")


def test_malformed_annotation_not_yaml(project):
    path = project.articles_yaml("003")
    path.write_text(path.read_text(encoding="utf-8") + "\n  - record: [unclosed\n", encoding="utf-8")
    _fails_leaving_data(project, r"003_585aa656a7964d3b\.yaml", r"not valid YAML")


def test_field_that_does_not_apply_to_the_table(project):
    project.edit_text("annotations/articles/004_2432e5a2cb814516.yaml", '    value: "79"\n', '    value: "79"\n    amount: "79"\n')
    _fails_leaving_data(project, r"fields \['amount'\] do not apply to statistics")


def test_unparseable_value(project):
    project.edit_text("annotations/articles/004_2432e5a2cb814516.yaml", '    value: "79"', "    value: suspects")
    _fails_leaving_data(project, r"record stat-kr-trafficking-suspects-arrested-2024", r"field 'value': expected a number")


def test_ambiguous_quote_needs_an_occurrence(project):
    project.edit_text("annotations/articles/001_f4d3467b4698b683.yaml",
                      "    quote: Border Security Commander Martin Hewitt\n", "    quote: Martin Hewitt\n")
    _fails_leaving_data(project, r"record off-martin-hewitt", r"occurs 3 times; add 'occurrence: N'")


def test_nothing_is_extracted_from_related_stories(project):
    project.edit_text("annotations/articles/002_419acde29e4773e4.yaml", "    quote: British Home Secretary Yvette Cooper\n",
                      "    quote: UK gives sovereignty of long-contested Chagos Islands to Mauritius\n")
    _fails_leaving_data(project, r"record off-yvette-cooper", r"lies in the related_stories")


def test_record_without_evidence(project):
    project.edit_text("annotations/records.yaml", "  stat-kr-trafficking-cases-2024:\n",
                      "  stat-unsupported:\n    indicator: net_migration\n    unit: persons\n    geography: GB\n"
                      "  stat-kr-trafficking-cases-2024:\n")
    _fails_leaving_data(project, r"records\.yaml", r"stat-unsupported", r"no article evidence cites this record")


def test_bad_iso_code_is_caught_by_validation(project):
    project.edit_text("annotations/records.yaml", "    recipient_code: IQ-KR", "    recipient_code: IQ-XX")
    _fails_leaving_data(project, r"validation failed", r"recipient_code", r"ISO 3166")


def test_unknown_category_is_an_error_not_a_null(project):
    project.edit_text("annotations/records.yaml", "    indicator: organ_trafficking_cases\n", "    indicator: organ_cases\n", )
    _fails_leaving_data(project, r"records\.yaml", r"indicator", r"organ_cases",
                        r"declare it under indicators: in annotations/vocabularies\.yaml")


def test_new_number_in_an_article_fails_the_coverage_audit(project):
    project.edit_seed("004", "represents real progress", "represents real progress after 17 joint operations")
    _fails_leaving_data(project, r"numeric mention", r"seeds/004_2432e5a2cb814516\.txt: offset \d+: number '17'",
                        r"real progress after 17 joint operations")


def test_new_number_word_in_an_article_fails_the_coverage_audit(project):
    project.edit_seed("003", "Cooper underscored the significant threat", "Cooper underscored three significant threats")
    _fails_leaving_data(project, r"seeds/003_585aa656a7964d3b\.txt: offset \d+: number_word 'three'")


def test_stale_exclusion_fails(project):
    project.edit_text("annotations/coverage_exclusions.yaml", "  - text: The 2012 Anti-Human Trafficking Law\n",
                      "  - text: Anti-Human Trafficking Law\n")
    _fails_leaving_data(project, r"coverage_exclusions\.yaml", r"holds no uncovered numeric mention")


@pytest.mark.parametrize("mangle, expected", [
    (lambda b: b"\xef\xbb\xbf" + b, "byte-order mark"),
    (lambda b: b.replace(b"\n", b"\r\n"), "carriage return at character"),
    (lambda b: b.replace("£".encode(), b"\xa3", 1), "is not valid UTF-8"),
    (lambda b: b"", "the article is empty"),
])
def test_bad_article_bytes_fail_clearly(project, mangle, expected):
    import hashlib
    seed = project.root / "seeds" / "002_419acde29e4773e4.txt"
    before = hashlib.sha256(seed.read_bytes()).hexdigest()
    seed.write_bytes(mangle(seed.read_bytes()))
    project.edit_text("annotations/sources.yaml", before, hashlib.sha256(seed.read_bytes()).hexdigest())
    _fails_leaving_data(project, r"seeds/002_419acde29e4773e4\.txt", re.escape(expected))


def test_organisations_are_parties_jurisdictions_and_places(project):
    """EU, FRONTEX and UNHCR are no ISO 3166 codes, yet a donor, a jurisdiction and a place may be one; the
    build names them from the installed code list (uk_iraq_security.entities)."""
    records = "annotations/records.yaml"
    project.edit_text(records, "    donor: United Kingdom\n    donor_code: GB\n    recipient: Border Security Command",
                      "    donor: European Union\n    donor_code: EU\n    recipient: Border Security Command")
    project.edit_text(records, "    organization: Border Force\n    jurisdiction: GB", "    organization: Border Force\n    jurisdiction: FRONTEX")
    project.edit_text(records, "    geography: Mediterranean\n", "    geography: UNHCR\n")
    build(project.root)
    funding = pd.read_csv(project.root / "data/funding.csv", keep_default_na=False).set_index("funding_id")
    assert funding.loc["fund-gb-border-security-command", "donor_code"] == "EU"
    officials = pd.read_csv(project.root / "data/officials.csv", keep_default_na=False).set_index("official_id")
    assert officials.loc["off-tony-smith", "jurisdiction"] == "FRONTEX"
    stats = pd.read_csv(project.root / "data/statistics.csv", keep_default_na=False)
    unhcr = stats[stats.geography == "UNHCR"]
    assert len(unhcr) and set(unhcr.geography_name) == {"United Nations High Commissioner for Refugees"}
    assert set(unhcr.geography_parent) == {""}  # an organisation has no country


@pytest.mark.parametrize("column, old, new", [
    ("donor_code", "    donor_code: GB\n    recipient: Border Security Command", "    donor_code: NATO\n    recipient: Border Security Command"),
    ("geography", "    geography: Mediterranean\n", "    geography: NATO\n"),  # capitals are a code, not a region's name
])
def test_undeclared_organisation_code_is_refused_saying_where_codes_come_from(project, column, old, new):
    project.edit_text("annotations/records.yaml", old, new)
    _fails_leaving_data(project, r"validation failed", column, r"NATO", r"ISO 3166-1 alpha-2", r"ISO 3166-2",
                        r"uk_iraq_security\.entities")


def _statement(project, statement_id: str, **curated) -> None:
    """Set (None: remove) curated columns of one statement in the copy's records.yaml."""
    path = project.root / "annotations/records.yaml"
    records = project.load_yaml("annotations/records.yaml")
    entry = records["statements"].setdefault(statement_id, {})
    for column, value in curated.items():
        entry.pop(column, None) if value is None else entry.__setitem__(column, value)
    path.write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True), encoding="utf-8")


LAWYER = ("Sara Ahmed, a lawyer who represents Kurdish asylum seekers in London, said: “Nobody should be sent back "
          "before their case has been heard.”\n")


def test_a_statement_by_a_person_not_in_officials_names_its_speaker(project):
    # a paragraph of our own: a lawyer, in no table of officials, quoted in an article
    project.edit_seed("000", "The deal marks a major step", LAWYER + "The deal marks a major step")
    quote = LAWYER[:LAWYER.index(".”")]
    with project.articles_yaml("000").open("a", encoding="utf-8") as f:
        f.write(f"  - record: stm-ahmed-hearing-first\n    quote: '{quote}'\n    speaker: Sara Ahmed\n"
                f"    text: {quote[quote.index('“') + 1:]}\n")
    _statement(project, "stm-ahmed-hearing-first", kind="direct", may_be_translation=False, speaker_name="Sara Ahmed",
               translation_basis="Said in London and given in English by the article.")
    build(project.root)
    row = pd.read_csv(project.root / "data/statements.csv").set_index("statement_id").loc["stm-ahmed-hearing-first"]
    assert row.speaker_name == "Sara Ahmed" and row.speaker_as_written == "Sara Ahmed"
    assert pd.isna(row.speaker_official_id) and pd.isna(row.speaker_organization)
    assert row.text == "Nobody should be sent back before their case has been heard"


@pytest.mark.parametrize("curated, message", [
    ({"speaker_name": "Tony Smith"}, r"speaker_name is set exactly when the speaker is a person not in officials"),
    ({"speaker_official_id": None, "speaker_name": "Tony Smith"}, r"speaker_name 'Tony Smith' is in officials: link"),
    ({"speaker_official_id": None}, r"no speaker: give speaker_official_id .*speaker_name .*speaker_organization"),
])
def test_a_statement_names_its_speaker_once(project, curated, message):
    _statement(project, "stm-smith-evidence-of-returns", **curated)
    _fails_leaving_data(project, r"validation failed", r"stm-smith-evidence-of-returns", message)


def test_an_article_without_a_url_is_known_by_publisher_and_title(project, tmp_path):
    """A print article or an e-mailed release has no web address: it comes in with its headline cited, and every
    output names it by publisher and title, with no link."""
    import json

    from uk_iraq_security.citing import cff
    from uk_iraq_security.site import write_site

    project.edit_text("annotations/sources.yaml", "  url: https://peregraf.com/en/news/7924\n", "")
    build(project.root)
    row = pd.read_csv(project.root / "data/sources.csv").set_index("source_id").loc["001-peregraf"]
    assert pd.isna(row.url) and row.title.startswith("UK and KRG Forge Historic Security Agreement")
    pkg = json.loads((project.root / "datapackage.json").read_text(encoding="utf-8"))
    (entry,) = [s for s in pkg["sources"] if s["title"].startswith("Peregraf: ")]
    assert "path" not in entry
    (ref,) = [r for r in cff(pkg, "0.0.0", {})["references"] if r["authors"] == [{"name": "Peregraf"}]]
    assert "url" not in ref and ref["title"] == row.title
    datasheet = (project.root / "data/datasheet.md").read_text(encoding="utf-8")
    assert f"| Peregraf | {row.title} |" in datasheet
    write_site(tmp_path / "site", project.root)
    shown = [p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("*.html")]
    assert any(f"Peregraf: {row.title} ·" in html for html in shown)
    assert not any("peregraf.com" in html for html in shown)


@pytest.mark.parametrize("old, new, message", [
    ("  url: https://khaleejtelegraph.com/?p=17498\n", "", r"004-khaleej-telegraph.*no url and no title"),
    ("  url: https://www.shafaq.com/en/Iraq/Iraq-and-UK-sign-security-agreements-to-enhance-intelligence-and-law-enforcement\n",
     "", r"003-shafaq-news.*title_basis url_slug, but there is no url"),
])
def test_an_article_without_a_url_needs_its_headline(project, old, new, message):
    project.edit_text("annotations/sources.yaml", old, new)
    _fails_leaving_data(project, r"annotations/sources\.yaml", message)


def _month_first_dateline(project) -> None:
    """Seed 003's dateline written the American way, 11/26/2024 for 26 November 2024, in every file citing it."""
    project.edit_seed("003", "date 2024-11-26", "date 11/26/2024")
    project.edit_text("annotations/articles/003_585aa656a7964d3b.yaml", "quote: date 2024-11-26", "quote: date 11/26/2024")
    project.edit_text("annotations/articles/003_585aa656a7964d3b.yaml", 'published_date: "2024-11-26"',
                      'published_date: "11/26/2024"')
    project.edit_text("annotations/sources.yaml", '- starts_with: " date 2024-11-26', '- starts_with: " date 11/26/2024')


def test_a_numeric_date_is_day_first_unless_the_source_says_month_first(project):
    _month_first_dateline(project)
    _fails_leaving_data(project, r"'11/26/2024' is not a real date", r"day first", r"date_convention", r"no month 26")
    project.edit_text("annotations/sources.yaml", "  language: en\n  origin_id: 003-shafaq-news\n",
                      "  language: en\n  date_convention: month_first\n  origin_id: 003-shafaq-news\n")
    build(project.root)
    sources = pd.read_csv(project.root / "data/sources.csv").set_index("source_id")
    assert sources.loc["003-shafaq-news", "published_date"] == "2024-11-26"
    # everything resolved against it is as before: the events of 003 keep their dates
    new, old = (pd.read_csv(root / "data/events.csv").set_index("event_id")["date_edtf"] for root in (project.root, ROOT))
    assert new.equals(old)


def _build_with_funding(project, sentence: str, amount: str) -> pd.Series:
    """Add ``sentence`` (our own) to article 000 and a funding record citing ``amount`` in it; build; its row."""
    project.edit_seed("000", "The deal marks a major step", sentence + "\nThe deal marks a major step")
    with project.articles_yaml("000").open("a", encoding="utf-8") as f:
        f.write(f"  - record: fund-iq-river-police\n    quote: {sentence[:-1]}\n    amount: '{amount}'\n"
                "    purpose: train river police in Basra\n")
    path = project.root / "annotations/records.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("funding:\n", "funding:\n  fund-iq-river-police:\n"
                    "    donor: United Kingdom\n    donor_code: GB\n    recipient: Iraq\n    recipient_code: IQ\n"
                    "    scope: bilateral\n", 1), encoding="utf-8")
    build(project.root)
    return pd.read_csv(project.root / "data/funding.csv").set_index("funding_id").loc["fund-iq-river-police"]


@pytest.mark.parametrize("sentence, currency", [
    ("Jordan will add 400,000 Jordanian dinars, and Britain 1.5 million dinars to train river police in Basra.", "JOD"),
    ("Kuwait will add KWD 300,000, and Britain 1.5 million dinars to train river police in Basra.", "KWD"),
    ("Officials said Britain will give 1.5 million dinars to train river police in Basra.", "IQD"),
])
def test_a_bare_dinar_is_the_dinar_its_article_names(project, sentence, currency):
    """'1.5 million dinars' names no country (sentences of our own): the build reads the one dinar the article names
    elsewhere, Iraq's when it names none, and says so in amount_basis; an article naming two dinars is refused."""
    row = _build_with_funding(project, sentence, "1.5 million dinars")
    assert (row.amount, row.currency, row.amount_basis) == (1_500_000, currency, "currency_from_article")
    # the same words in an article that names two dinars say neither: refused, naming the file and the words
    project.edit_seed("000", "The deal marks a major step", "Amman gives 2 million Jordanian dinars, Baghdad 3 million Iraqi dinars.\nThe deal marks a major step")
    with pytest.raises(BuildError, match=r"000_.*'1\.5 million dinars' says 'dinars' with no country"):
        build(project.root)


@pytest.mark.parametrize("sentence, cited, amount, currency, as_written, qualifier", [
    ("Britain will give between 8 and 12 million dinars to train river police in Basra.", "8", 8_000_000, "IQD",
     "between 8 and 12 million dinars", None),
    ("Britain will give $5–7 million to train river police in Basra.", "7 million", 7_000_000, "USD", "$5–7 million", None),
    ("Britain will give nearly between 8 and 12 million dinars to train river police in Basra.", "12 million dinars",
     12_000_000, "IQD", "nearly between 8 and 12 million dinars", "nearly"),
    ("Britain will give up to €8-12 million to train river police in Basra.", "up to €8", 8_000_000, "EUR",
     "up to €8-12 million", "up_to"),
])
def test_a_range_end_takes_the_scale_and_currency_it_does_not_write_from_the_other_end(project, sentence, cited, amount,
                                                                                      currency, as_written, qualifier):
    """'8' of 'between 8 and 12 million dinars' has no scale or currency of its own, '7 million' of '$5–7 million' no
    currency (sentences of our own): the build reads 8,000,000 IQD and 7,000,000 USD, says how (amount_basis
    shared_from_range) and keeps the range's words. A qualifier before the range hedges both ends, even one that
    writes its own scale and currency ('12 million dinars'), and "up to €8" is 8,000,000 EUR, not 8 EUR."""
    row = _build_with_funding(project, sentence, cited)
    assert (row.amount, row.currency, row.amount_basis) == (amount, currency, "shared_from_range")
    assert row.amount_as_written == as_written and (None if pd.isna(row.qualifier) else row.qualifier) == qualifier


@pytest.mark.parametrize("sentence, currency", [
    ("Officials in Norway said Britain will give 1.5 million kroner to train river police in Basra.", "NOK"),
    ("Britain will give SEK 200,000 now and 1.5 million kroner to train river police in Basra.", "SEK"),
])
def test_a_bare_krone_is_the_krone_of_the_country_its_article_names(project, sentence, currency):
    """'1.5 million kroner' names no country (sentences of our own): the build reads the krone the article writes its
    sums in ("SEK 200,000"), or else that of the one krone country it names, and says so in amount_basis; an article that
    names two krone countries and writes no krone of its own is refused."""
    row = _build_with_funding(project, sentence, "1.5 million kroner")
    assert (row.amount, row.currency, row.amount_basis) == (1_500_000, currency, "currency_from_article")
    project.edit_seed("000", "The deal marks a major step", "Denmark and Sweden were also asked.\nThe deal marks a major step")
    if currency == "SEK":  # the sums written in one krone still say which
        build(project.root)
        assert pd.read_csv(project.root / "data/funding.csv").set_index("funding_id").loc["fund-iq-river-police"].currency == "SEK"
        return
    with pytest.raises(BuildError, match=r"000_.*'1\.5 million kroner' says 'kroner' with no country"):
        build(project.root)


def test_a_bare_franc_is_the_swiss_franc_when_its_article_names_switzerland(project):
    """'1.5 million francs' names no country (a sentence of our own): the build refuses it in an article that names no
    franc country, and reads CHF, saying so in amount_basis, once the article names Switzerland."""
    sentence = "Officials in Bern said Britain will give 1.5 million francs to train river police in Basra."
    with pytest.raises(BuildError, match=r"000_.*'1\.5 million francs' says 'francs' with no country"):
        _build_with_funding(project, sentence, "1.5 million francs")
    project.edit_seed("000", "The deal marks a major step", "Swiss officials were also asked.\nThe deal marks a major step")
    build(project.root)
    row = pd.read_csv(project.root / "data/funding.csv").set_index("funding_id").loc["fund-iq-river-police"]
    assert (row.amount, row.currency, row.amount_basis) == (1_500_000, "CHF", "currency_from_article")
