"""Shared fixtures: the repository root and a throw-away copy of the project to break on purpose."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ("seeds", "annotations", "schemas", "data", "datapackage.json")


class ProjectCopy:
    """A copy of the dataset sources and outputs in a temporary folder, with helpers to edit it."""

    def __init__(self, root: Path):
        self.root = root
        for part in PROJECT_PARTS:
            src = ROOT / part
            (shutil.copytree if src.is_dir() else shutil.copy2)(src, root / part)

    def snapshot(self) -> dict[str, bytes]:
        """Every output file's bytes, to show a failed build changed nothing."""
        files = [self.root / "datapackage.json", *sorted((self.root / "data").iterdir())]
        return {str(p.relative_to(self.root)): p.read_bytes() for p in files}

    def edit_text(self, rel: str, old: str, new: str) -> None:
        path = self.root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def edit_seed(self, prefix: str, old: str, new: str, *, register: bool = True) -> None:
        """Change an article's text; with register=True also record its new sha256, as a curator would."""
        seed = next((self.root / "seeds").glob(f"{prefix}_*.txt"))
        before = hashlib.sha256(seed.read_bytes()).hexdigest()
        self.edit_text(f"seeds/{seed.name}", old, new)
        if register:
            after = hashlib.sha256(seed.read_bytes()).hexdigest()
            self.edit_text("annotations/sources.yaml", before, after)

    def articles_yaml(self, prefix: str) -> Path:
        return next((self.root / "annotations" / "articles").glob(f"{prefix}_*.yaml"))

    def load_yaml(self, rel: str):
        return yaml.safe_load((self.root / rel).read_text(encoding="utf-8"))


@pytest.fixture
def project(tmp_path) -> ProjectCopy:
    return ProjectCopy(tmp_path / "project")
