"""Each module-level name of the build code is bound once: a second ``_PATTERN = ...`` further down a long rules module
silently replaces the first for every use, so a rule written against the first runs with the other (this happened three
times in the drafting modules). Extending a name from its own value (``_MEMBER = rf"{_MEMBER}|..."``) is allowed."""

from __future__ import annotations

import ast

import pytest

from conftest import ROOT

MODULES = sorted((ROOT / "uis_build").rglob("*.py"))


def _rebound(tree: ast.Module) -> list[str]:
    seen: set[str] = set()
    out = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        value = getattr(node, "value", None)
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value is not None else set()
        out += [f"{name} (line {node.lineno})" for name in names if name in seen and name not in read]
        seen.update(names)
    return out


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path):
    assert _rebound(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_a_second_binding_is_caught_and_an_extension_is_not():
    assert _rebound(ast.parse("A = 1\nB = 2\nA = 3\n")) == ["A (line 3)"]
    assert _rebound(ast.parse("A = 'x'\nA = A + '|y'\n")) == []
