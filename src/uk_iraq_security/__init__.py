"""UK–Iraq border-security pact (November 2024) as cited, typed tables.

    >>> import uk_iraq_security as uis
    >>> uis.tables()
    >>> funding = uis.load("funding")                       # pandas DataFrame
    >>> table = uis.load("funding", backend="pyarrow")      # pyarrow.Table; pandas is never imported
    >>> uis.path("funding")                                  # the installed Parquet file, for DuckDB, R, ...
    >>> funding = uis.load("funding", source="zenodo", record=1234567)   # needs the 'zenodo' extra

Importing this imports neither pandas nor pyarrow; load() imports what its backend needs. Building and
validating live in extras.
"""

from .citing import citation
from .errors import UkIraqSecurityError
from .loading import MissingBackendError, SourceArgumentError, UnknownTableError, load, path, schema, tables
from .remote.errors import ChecksumMismatchError
from .table_names import TableName

__version__ = "0.1.0"

__all__ = ["ChecksumMismatchError", "MissingBackendError", "SourceArgumentError", "TableName", "UnknownTableError", "__version__",
           "citation", "load", "path", "schema", "tables", "UkIraqSecurityError"]
