"""The calculators are pure domain code: standard library and mediator.domain only."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

MODULE = Path(__file__).resolve().parents[3] / "mediator" / "domain" / "calculators.py"


def test_calculators_import_only_the_standard_library_and_the_domain() -> None:
    for node in ast.walk(ast.parse(MODULE.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            root = name.split(".")[0]
            assert root in sys.stdlib_module_names or name.startswith("mediator.domain."), name
