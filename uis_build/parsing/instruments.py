"""Classify the words naming an agreement ("Joint Statement", "memorandums of understanding")."""

from __future__ import annotations

import re

# Specific kinds of instrument, matched in order; "deal", "pact" and "agreement" alone name no kind.
INSTRUMENT_TYPES = (
    # a communique issued jointly is the same instrument under the diplomats' name for it ("according to a joint communique")
    (r"joint (?:statement|communiqu[eé])", "joint_statement"),
    # a memorandum is one of understanding when signed: "signed a memorandum on returns" (see drafting/agreements.py)
    (r"memorand(?:um|ums|a)(?: of understanding)?|\bmou\b", "memorandum_of_understanding"),
    (r"(?:declaration|agreement|letter|statement) of intent", "declaration_of_intent"),
    (r"\btreaty\b", "treaty"),
)


def instrument_type(text: str) -> str | None:
    """The instrument type named by ``text``, or None when the words are generic ("security deal")."""
    low = text.lower()
    for pattern, kind in INSTRUMENT_TYPES:
        if re.search(pattern, low):
            return kind
    return None
