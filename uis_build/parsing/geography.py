"""ISO 3166 codes and names through pycountry, plus the aliases news copy uses ("UK", "KRI")."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from uk_iraq_security.registry import looks_like_code as looks_like_code  # the one code shape, re-exported

# Names pycountry's lookup does not know, as written in news copy.
ALIASES = {
    "uk": "GB", "britain": "GB", "great britain": "GB", "british": "GB", "the uk": "GB",
    "kri": "IQ-KR", "krg": "IQ-KR", "kurdistan region": "IQ-KR", "kurdistan region of iraq": "IQ-KR",
    "iraqi kurdistan": "IQ-KR", "iraqi": "IQ", "iraqis": "IQ",
}


def code_name(code: str) -> str | None:
    """English name of an ISO 3166-1 alpha-2 or ISO 3166-2 code, or None if it is not one."""
    if "-" in code:
        sub = pycountry.subdivisions.get(code=code)
        return sub.name if sub else None
    country = pycountry.countries.get(alpha_2=code)
    return country.name if country else None


@lru_cache(maxsize=4096)  # drafting asks about every capitalised word; pycountry's fuzzy lookup is slow
def lookup_code(name: str) -> str | None:
    """ISO 3166 code for a place name as written ("United Kingdom", "UK", "Iraq"), or None."""
    key = name.strip().lower()
    if key in ALIASES:
        return ALIASES[key]
    try:
        return pycountry.countries.lookup(name.strip()).alpha_2
    except LookupError:
        return None
