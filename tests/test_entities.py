"""Organisation codes (uk_iraq_security.entities) alongside ISO 3166: one rule for every code column."""

from __future__ import annotations

import pandas as pd
import pycountry
import pytest

from uis_build.parsing.geography import code_name, lookup_code
from uk_iraq_security.entities import CODE_SOURCES, ENTITIES, ENTITY_SHAPE
from uk_iraq_security.formatting import human, place_name
from uk_iraq_security.registry import looks_like_code
from uk_iraq_security.validation import CODE_CHECKS


def test_every_entity_code_is_well_formed_and_no_assigned_iso_code():
    for code, entry in ENTITIES.items():
        assert ENTITY_SHAPE.fullmatch(code) and looks_like_code(code), code
        assert pycountry.countries.get(alpha_2=code) is None, f"{code} would mean two things"
        assert entry["name"] and all(isinstance(a, str) and a for a in entry["aliases"]), code


def _fails(check: str, value: str) -> bool:
    return not CODE_CHECKS[check](pd.Series([value])).check_output.all()


@pytest.mark.parametrize("value", ["GB", "IQ-KR", "EU", "UN", "IOM", "UNODC", "UNHCR", "FRONTEX", "EUROPOL", "INTERPOL"])
def test_code_columns_take_iso_3166_and_the_entity_list(value):
    assert not _fails("iso3166", value) and not _fails("iso3166-or-region", value)


@pytest.mark.parametrize("value", ["XY", "IQ-XX", "NATO", "Frontex", "eu", "European Union"])
def test_strict_code_columns_refuse_anything_else(value):
    assert _fails("iso3166", value)


def test_region_columns_take_a_name_but_not_an_undeclared_code():
    assert not _fails("iso3166-or-region", "Mediterranean") and not _fails("iso3166-or-region", "Europe")
    assert _fails("iso3166-or-region", "NATO") and _fails("iso3166-or-region", "XY")


def test_the_refusal_says_where_codes_come_from():
    for check in ("iso3166", "iso3166-or-region"):
        assert CODE_SOURCES in CODE_CHECKS[check].error
    assert all(code in CODE_SOURCES for code in ENTITIES) and "uk_iraq_security.entities" in CODE_SOURCES


@pytest.mark.parametrize("written, code", [
    ("European Union", "EU"), ("the EU", "EU"), ("EU", "EU"), ("the European Commission", "EU"), ("United Nations", "UN"),
    ("International Organization for Migration", "IOM"), ("International Organisation for Migration", "IOM"),
    ("UNODC", "UNODC"), ("UN Refugee Agency", "UNHCR"), ("Frontex", "FRONTEX"), ("Europol", "EUROPOL"),
    ("Interpol", "INTERPOL"), ("United Kingdom", "GB"), ("Un", None), ("eu", None),
])
def test_names_as_written_map_to_codes(written, code):
    assert lookup_code(written) == code


def test_codes_read_as_names():
    assert code_name("EU") == place_name("EU") == "European Union"
    assert human("funding", "donor_code", "IOM") == "International Organization for Migration"
    assert place_name("IQ-KR") == "Kurdistan Region" and place_name("Mediterranean") == "Mediterranean"
