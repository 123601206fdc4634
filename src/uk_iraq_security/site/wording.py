"""Values for people in the explorer: record titles, values in words and the columns a reader sees first,
through formatting.py (the schemas' x-title, x-display and x-lead).

formatting.py reads the installed dataset's schemas, places and linked rows. So words are used only when
the folder the site is made from holds that same dataset (the same descriptor, file hashes included, and
the same schemas): the installed dataset, a checkout of it, or a copy. A folder with other data gets an
honest plain site: ids and the data's own values, never another dataset's words.
"""

from __future__ import annotations

from .. import formatting
from ..errors import UkIraqSecurityError
from .dataset import Dataset, Row, Table

TRUE = frozenset({"true", "True", "TRUE", "1"})
# Fields that name a record in a few words, tried in order when there is no x-title to use.
LABEL_FIELDS = ("title", "name", "indicator_as_written", "purpose", "text", "party_name", "publisher")
AMOUNT_FIELDS = ("value_as_written", "amount_as_written")
LABEL_MAX = 90


def shorten(text: str, limit: int = LABEL_MAX) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def plain_label(table: Table, row: Row) -> str:
    """A record's label from its own words ('£75 million — a new Border Security Command'), else its id."""
    label = next((row[f] for f in LABEL_FIELDS if row.get(f)), None)
    amount = next((row[f] for f in AMOUNT_FIELDS if row.get(f)), None)
    if label and amount:
        return shorten(f"{amount} — {label}")
    return shorten(label or amount or row.get(table.key or "") or "(no id)")


def _same_as_installed(ds: Dataset) -> bool:
    from ..dataset_files import dataset_root, descriptor
    from ..loading import schema

    try:
        if ds.root.resolve() == dataset_root().resolve():
            return True
        return descriptor() == ds.package and all(schema(name) == t.schema for name, t in ds.tables.items())
    except (OSError, ValueError, KeyError, UkIraqSecurityError):  # no installed dataset, or another one
        return False


class Words:
    """How the site words a dataset: `installed` says whether formatting.py speaks for it."""

    def __init__(self, ds: Dataset):
        self.ds = ds
        self.installed = _same_as_installed(ds)

    def _typed(self, table: str, row: Row) -> dict:
        """A CSV row as formatting reads it: booleans as bools; numbers and dates it parses from text."""
        booleans = {f["name"] for f in self.ds.tables[table].fields if f.get("type") == "boolean"}
        return {k: (v in TRUE if k in booleans and v is not None else v) for k, v in row.items()}

    def title(self, table: str, row: Row) -> str:
        """The record's title for people: formatting.title, or its own words."""
        if self.installed:
            return shorten(formatting.title(table, self._typed(table, row)), 2 * LABEL_MAX)
        return plain_label(self.ds.tables[table], row)

    def human(self, table: str, column: str, row: Row) -> str | None:
        """A cell in words ('up to £300,000', 'Kurdistan Region'); None for a null."""
        value = row.get(column)
        if value is None or not self.installed:
            return value
        return formatting.human(table, column, value, self._typed(table, row)) or value

    def lead(self, table: str) -> list[str]:
        """The columns a reader sees first: the schema's x-lead, else the first four after the key; in words, a
        column another one reads with (currency and qualifier with an amount) is in that one's words."""
        t = self.ds.tables[table]
        names = [f["name"] for f in t.fields]
        lead = t.schema.get("x-lead")
        lead = [c for c in lead if c in names and c != t.key] if isinstance(lead, list) and lead else \
            [n for n in names if n != t.key][:4]
        if not self.installed:
            return lead
        read_with = {v for f in t.fields if isinstance(f.get("x-display"), dict) and f["name"] in lead
                     for k, v in f["x-display"].items() if k != "as"}
        return [c for c in lead if c not in read_with]
