"""ISO 3166 codes and names through pycountry, the organisation codes of uk_iraq_security.entities ("EU", "IOM"),
plus the aliases news copy uses ("UK", "KRI")."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from uk_iraq_security.entities import entity_code, entity_name
from uk_iraq_security.registry import looks_like_code as looks_like_code  # the one code shape, re-exported

# Names pycountry's lookup does not know, as written in news copy.
ALIASES = {
    "uk": "GB", "britain": "GB", "great britain": "GB", "british": "GB", "the uk": "GB",
    "kri": "IQ-KR", "krg": "IQ-KR", "kurdistan region": "IQ-KR", "kurdistan region of iraq": "IQ-KR",
    "iraqi kurdistan": "IQ-KR", "iraqi": "IQ", "iraqis": "IQ",
}


def code_name(code: str) -> str | None:
    """English name of an ISO 3166-1 alpha-2 or ISO 3166-2 code or an organisation code, or None if it is neither."""
    if name := entity_name(code):
        return name
    if "-" in code:
        sub = pycountry.subdivisions.get(code=code)
        return sub.name if sub else None
    country = pycountry.countries.get(alpha_2=code)
    return country.name if country else None


@lru_cache(maxsize=4096)  # drafting asks about every capitalised word; pycountry's fuzzy lookup is slow
def place_code(name: str) -> str | None:
    """ISO 3166 code for a place name as written ("United Kingdom", "UK", "Iraq"), or None."""
    key = name.strip().lower()
    if key in ALIASES:
        return ALIASES[key]
    try:
        return pycountry.countries.lookup(name.strip()).alpha_2
    except LookupError:
        return None


def lookup_code(name: str) -> str | None:
    """ISO 3166 or organisation code for a name as written ("United Kingdom", "Iraq", "the EU", "Frontex"), or None."""
    return place_code(name) or entity_code(name)
