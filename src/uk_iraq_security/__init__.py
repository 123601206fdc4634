"""UK–Iraq border-security pact (November 2024) as cited, typed tables.

    >>> import uk_iraq_security as uis
    >>> uis.tables()
    >>> funding = uis.load("funding")                       # pandas DataFrame
    >>> table = uis.load("funding", backend="pyarrow")      # pyarrow.Table; pandas is never imported
    >>> uis.path("funding")                                  # the installed Parquet file, for DuckDB, R, ...
    >>> uis.evidence("fund-gb-border-security-command")     # its citations, sentences and articles
    >>> uis.describe("funding")                             # one row per field
    >>> print(uis.describe())                                # the dataset: what, sources, tables, licence, caveats
    >>> uis.search("Kurdistan")                             # every record that mentions it, best first
    >>> uis.timeline()                                       # the events in date order, with who took part
    >>> funding = uis.load("funding", source="zenodo", record=1234567)   # needs the 'zenodo' extra
    >>> uis.validate(my_funding_frame, "funding")                         # needs the 'validate' extra

Importing this imports neither pandas nor pyarrow; load() imports what its backend needs. Building and
validating live in extras.
"""

from typing import TYPE_CHECKING

from .errors import UkIraqSecurityError
from .loading import MissingBackendError, SourceArgumentError, TableName, UnknownTableError, load, path, schema, tables
from .remote.errors import ChecksumMismatchError

if TYPE_CHECKING:  # the lazy names below, typed for checkers and editors
    from .chronology import timeline
    from .citing import citation
    from .describing import DatasetDescription, datasheet, describe
    from .evidencing import UnknownRecordError, evidence
    from .formatting import human, lead_columns, title
    from .frame_checks import TableValidationError, validate
    from .searching import SearchError, search

__version__ = "0.1.0"

__all__ = ["ChecksumMismatchError", "DatasetDescription", "MissingBackendError", "SearchError", "SourceArgumentError",
           "TableName", "TableValidationError", "UkIraqSecurityError", "UnknownRecordError", "UnknownTableError", "__version__",
           "citation", "datasheet", "describe", "evidence", "human", "lead_columns", "load", "path", "schema", "search",
           "tables", "timeline", "title", "validate"]

# These build pandas frames, so they are imported when first used: `import uk_iraq_security` stays
# free of pandas and pyarrow. Citing and checking frames are imported when first used too, so a
# cold load() pays only for loading.
_LAZY = {"describe": "describing", "datasheet": "describing", "DatasetDescription": "describing",
         "evidence": "evidencing", "UnknownRecordError": "evidencing", "citation": "citing",
         "validate": "frame_checks", "TableValidationError": "frame_checks", "search": "searching",
         "SearchError": "searching", "timeline": "chronology", "human": "formatting", "title": "formatting",
         "lead_columns": "formatting"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
