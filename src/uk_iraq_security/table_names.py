"""The table names as a type. Generated from schemas/datapackage.template.json by
scripts/write_table_names.py: do not edit (tests/test_typing.py checks it is current)."""

from __future__ import annotations

from typing import Literal

TableName = Literal["sources", "citations", "statistics", "funding", "officials", "agreements", "agreement_parties", "statements", "events", "event_participants", "measures", "bodies", "conflicts"]
TABLE_NAMES: tuple[TableName, ...] = ("sources", "citations", "statistics", "funding", "officials", "agreements", "agreement_parties", "statements", "events", "event_participants", "measures", "bodies", "conflicts")
