"""Codes for parties that are not countries: international organisations and unions of states.

A donor, recipient, party, jurisdiction or place column (`x-code` ``iso3166`` or ``iso3166-or-region``)
holds an ISO 3166-1 alpha-2 code (``GB``), an ISO 3166-2 code (``IQ-KR``) or one of the codes below.
None of them is an assigned ISO 3166-1 code (``EU`` and ``UN`` are ISO's exceptionally reserved codes
for the same bodies), so a value never means two things. A new organisation is one entry here: its code
(capitals, 2 to 12 letters), its English name and the names news copy uses for it.

Also the ISO 4217 codes withdrawn when their country took up the euro, which pycountry no longer lists: sums
from before the changeover are still reported in them ("BGN 12,400": Bulgaria's lev until 2026, Croatia's kuna
until 2023), so validation and the build's money parser accept them.

Standard library only: validation, the build's name lookup and the displays read it.
"""

from __future__ import annotations

import re

ENTITIES: dict[str, dict] = {
    "EU": {"name": "European Union", "aliases": ["the EU", "European Commission", "the European Commission"]},
    "UN": {"name": "United Nations", "aliases": ["the UN", "the United Nations"]},
    "IOM": {"name": "International Organization for Migration",
            "aliases": ["the IOM", "International Organisation for Migration", "UN Migration"]},
    "UNODC": {"name": "United Nations Office on Drugs and Crime", "aliases": ["the UNODC", "UN Office on Drugs and Crime"]},
    "UNHCR": {"name": "United Nations High Commissioner for Refugees",
              "aliases": ["the UNHCR", "UN Refugee Agency", "the UN Refugee Agency", "UN refugee agency"]},
    "FRONTEX": {"name": "Frontex", "aliases": ["European Border and Coast Guard Agency"]},
    "EUROPOL": {"name": "Europol", "aliases": ["European Union Agency for Law Enforcement Cooperation"]},
    "INTERPOL": {"name": "INTERPOL", "aliases": ["Interpol", "International Criminal Police Organization"]},
}

ENTITY_SHAPE = re.compile(r"[A-Z]{2,12}")
WITHDRAWN_CURRENCIES = frozenset({"BGN", "HRK"})

# Where a code column's values come from, for error messages and descriptions.
CODE_SOURCES = ("an ISO 3166-1 alpha-2 code (GB), an ISO 3166-2 code (IQ-KR), or an organisation code of "
                f"uk_iraq_security.entities ({', '.join(ENTITIES)})")


def entity_name(code: str) -> str | None:
    """The English name of an organisation code ("EU" -> "European Union"), or None if it is not one."""
    entry = ENTITIES.get(code)
    return entry["name"] if entry else None


def entity_code(name: str) -> str | None:
    """The organisation code for a name as written ("European Union", "the EU", "Frontex"), or None."""
    if name.strip() in ENTITIES:  # the code itself only in capitals: "Un" or "eu" in a sentence is no code
        return name.strip()
    key = name.strip().casefold()
    return next((code for code, entry in ENTITIES.items()
                 if key in {entry["name"].casefold(), *(a.casefold() for a in entry["aliases"])}), None)
