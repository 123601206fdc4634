"""One base class for the package's errors, each keeping the builtin base callers already catch."""

import pytest

import uk_iraq_security as uis
from uis_build.parsing import ParseError
from uis_build.release.errors import ReleaseError
from uk_iraq_security.errors import BuildError, UkIraqSecurityError
from uk_iraq_security.remote.errors import MissingExtraError


@pytest.mark.parametrize("cls, builtin", [
    (uis.UnknownTableError, KeyError), (uis.ChecksumMismatchError, ValueError), (ParseError, ValueError),
    (MissingExtraError, ImportError), (BuildError, Exception), (ReleaseError, Exception),
])
def test_every_error_is_a_package_error_and_keeps_its_builtin_base(cls, builtin):
    assert issubclass(cls, UkIraqSecurityError) and issubclass(cls, builtin)


def test_unknown_table_is_caught_as_either_base():
    with pytest.raises(UkIraqSecurityError, match="valid names"):
        uis.load("no-such-table")
    with pytest.raises(KeyError):
        uis.load("no-such-table")
