"""Synthetic news articles for the drafting benchmarks: the same kinds of sentence as the seeds (figures,
money with conversions, officials, agreements, filler), with numbers and names drawn from a seeded
random generator, so every article differs and a run is repeatable."""

from __future__ import annotations

import random

TITLES = ["Home Secretary", "Interior Minister", "Foreign Secretary", "Minister for Border Security",
          "Chief Constable", "Director-General", "Ambassador"]
FIRST = ["Yvette", "Abdul", "Daniel", "Sarah", "Karim", "Nasreen", "Ian", "Layla", "Omar", "Helen"]
LAST = ["Cooper", "Rourke", "Faraj", "Marsh", "Hassan", "Taylor", "Karimi", "Jones", "Salih", "Bennett"]
PLACES = ["Erbil", "Baghdad", "Sulaymaniyah", "Dover", "Calais", "the Kurdistan Region", "Basra"]
ORGS = ["the Home Office", "the International Organization for Migration", "the National Crime Agency",
        "Iraq's Interior Ministry"]
PURPOSES = ["train border guards", "counter smuggling networks", "support returnees", "strengthen border security"]
TOPICS = ["border security", "returns", "illicit finance", "law enforcement cooperation"]
FILLER = [
    "Officials from both governments met in {place} to discuss the next steps.",
    "The talks followed months of negotiations between the two sides.",
    "Campaigners said the plans did not go far enough to protect vulnerable people.",
    "Further details are expected to be published later in the year.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def _sentence(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    kind = rng.randrange(6)
    if kind == 0:
        return (f"{rng.choice(TITLES)} {name} said that {rng.randrange(1_000, 60_000):,} migrants had crossed the "
                f"Channel in the first {rng.randrange(2, 10)} months of {rng.randrange(2019, 2025)}.")
    if kind == 1:
        millions = rng.randrange(1, 90)
        return (f"The UK will provide £{millions} million (${millions * 1.27:.1f} million) to "
                f"{rng.choice(PLACES)} to {rng.choice(PURPOSES)}.")
    if kind == 2:
        return (f"According to {rng.choice(ORGS)}, {rng.randrange(20, 900)} people were arrested in "
                f"{rng.choice(PLACES)} in {rng.choice(MONTHS)} {rng.randrange(2019, 2025)}.")
    if kind == 3:
        return (f"The two countries signed a memorandum of understanding on {rng.choice(TOPICS)} in "
                f"{rng.choice(PLACES)} on {rng.randrange(1, 28)} {rng.choice(MONTHS)}.")
    if kind == 4:
        return f"{name}, head of the Anti-Smuggling Directorate, said over {rng.randrange(2, 99)} cases were under way."
    return rng.choice(FILLER).format(place=rng.choice(PLACES))


def article(i: int, sentences: int = 14) -> str:
    """Article number ``i``: a headline and ``sentences`` sentences in short paragraphs (about 2 KB)."""
    rng = random.Random(i)
    lines = [f"UK and Iraq agree new measures on {rng.choice(TOPICS)}", ""]
    for start in range(0, sentences, 2):
        lines.append(" ".join(_sentence(rng) for _ in range(min(2, sentences - start))))
        lines.append("")
    return "\n".join(lines)


def corpus(n: int, start: int = 0) -> list[tuple[str, str]]:
    """``n`` (id, text) articles."""
    return [(f"synthetic-{i:06d}", article(i)) for i in range(start, start + n)]
