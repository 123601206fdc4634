"""UK–Iraq border-security pact (November 2024) as cited, typed tables.

    >>> import uk_iraq_security as uis
    >>> uis.tables()
    >>> funding = uis.load("funding")

Only pandas and pyarrow are needed here; building and validating live in extras.
"""

from .citing import citation
from .loading import UnknownTableError, load, schema, tables

__version__ = "0.1.0"

__all__ = ["UnknownTableError", "__version__", "citation", "load", "schema", "tables"]
