"""The last sweep of the installed package for the hardening classes: a value checked with a pattern that
matches only part of it, and a file from outside read whole before it is known to be the right size."""

from __future__ import annotations

import socket

import pytest

import uk_iraq_security as uis
from uk_iraq_security.dataset_files import descriptor
from uk_iraq_security.remote import zenodo


@pytest.mark.parametrize("record", ["evil 10.5281/zenodo.1234567", "10.5281/zenodo.1234567x", "10.5281/zenodo.1234567.",
                                    "https://zenodo.org/records/1234567abc", "https://zenodo.org/records/1234567 extra",
                                    "zenodo.1234567", "10.5281/zenodo.12\n34", True, -1234567, "1" * 21])
def test_a_record_that_is_only_partly_a_zenodo_record_is_refused(tmp_path, record):
    """Before, a search took the digits out of any text holding "zenodo.N" at its end or "/records/N" anywhere:
    a slip (a pasted sentence, a typo after the number) loaded some other record."""
    with pytest.raises(ValueError, match=r"cannot read a Zenodo record id from .*; give e.g. 1234567"):
        uis.load("funding", source="zenodo", record=record, data_home=tmp_path)


@pytest.mark.parametrize("record", [" 1234567 ", "doi:10.5281/zenodo.1234567", "https://dx.doi.org/10.5281/zenodo.1234567",
                                    "https://zenodo.org/api/records/1234567", "https://zenodo.org/records/1234567?preview=1",
                                    "https://sandbox.zenodo.org/records/1234567/files/x.zip"])
def test_every_whole_form_of_a_record_is_read(record):
    assert zenodo.record_id(record) == "1234567"


def test_a_cached_table_larger_than_the_manifest_says_is_dropped_unhashed(tmp_path, monkeypatch):
    """A cached copy of another size cannot be the manifest's file: it is not hashed (it could be any size),
    but dropped and fetched again (here from a closed port: a connection error, and nothing left behind)."""
    resource = next(r for r in descriptor()["resources"] if r["path"] == "data/funding.csv")
    cached = tmp_path / "zenodo" / "777" / "data" / "funding.csv"
    cached.parent.mkdir(parents=True)
    with cached.open("wb") as fh:
        fh.truncate(resource["bytes"] + (1 << 30))  # a sparse GiB more than declared
    hashed, real = [], zenodo.file_digest
    monkeypatch.setattr(zenodo, "file_digest", lambda *a: hashed.append(a) or real(*a))
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        monkeypatch.setenv("UK_IRAQ_SECURITY_ZENODO_API", f"http://127.0.0.1:{s.getsockname()[1]}/api")
    monkeypatch.setenv("UK_IRAQ_SECURITY_REMOTE_DEADLINE", "20")
    with pytest.raises(ConnectionError, match="cannot reach Zenodo"):
        uis.load("funding", format="csv", source="zenodo", record=777, data_home=tmp_path)
    assert hashed == [] and not cached.exists()
