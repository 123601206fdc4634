"""seeds/ holds the shared articles byte for byte: their sha256 identifies them, so no edit may slip in."""

from pathlib import Path

import pytest

from uk_iraq_security.hashing import sha256

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "seeds"


@pytest.mark.skipif(not SHARED.is_dir(), reason="no ../shared/seeds beside this checkout (an sdist or a lone clone)")
def test_seeds_are_the_shared_articles_byte_for_byte():
    shared = {p.name: sha256(p.read_bytes()) for p in SHARED.glob("*.txt")}
    ours = {p.name: sha256(p.read_bytes()) for p in (ROOT / "seeds").glob("*.txt")}
    assert shared and {n: ours.get(n) for n in shared} == shared  # articles added later may be extra
