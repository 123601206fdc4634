"""UK–Iraq border-security pact (November 2024) as cited, typed tables.

    >>> import uk_iraq_security as uis
    >>> uis.tables()
    >>> funding = uis.load("funding")
    >>> uis.evidence("fund-gb-border-security-command")   # its citations, sentences and articles
    >>> uis.describe("funding")                           # one row per field
    >>> funding = uis.load("funding", source="zenodo", record=1234567)   # needs the 'zenodo' extra
    >>> uis.validate(my_funding_frame, "funding")                         # needs the 'validate' extra

Only pandas and pyarrow are needed here; building and validating live in extras.
"""

from .citing import citation
from .describing import describe
from .errors import UkIraqSecurityError
from .evidence import UnknownRecordError, evidence
from .frame_checks import TableValidationError, validate
from .loading import UnknownTableError, load, schema, tables
from .remote.errors import ChecksumMismatchError

__version__ = "0.1.0"

__all__ = ["ChecksumMismatchError", "TableValidationError", "UkIraqSecurityError", "UnknownRecordError", "UnknownTableError",
           "__version__", "citation", "describe", "evidence", "load", "schema", "tables", "validate"]
