"""The pure domain modules import only the standard library and chinese-calendar."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

DOMAIN = Path(__file__).resolve().parents[3] / "mediator" / "domain"
MODULES = ["identifiers", "money", "workdays", "deadlines", "numbering", "intake"]


def _top_level_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_only_stdlib_chinese_calendar_and_the_domain(module: str) -> None:
    for name in _top_level_imports(DOMAIN / f"{module}.py"):
        root = name.split(".")[0]
        allowed = (
            root in sys.stdlib_module_names
            or root == "chinese_calendar"
            or name.startswith("mediator.domain.")
        )
        assert allowed, f"{module}.py imports {name}"
