"""The layering rules of docs/architecture.md, checked on the real import graph."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "mediator"


def test_everything_but_the_gui_runs_without_qt() -> None:
    code = (
        "import sys, importlib, pkgutil, mediator\n"
        "for mod in pkgutil.walk_packages(mediator.__path__, 'mediator.'):\n"
        "    if not mod.name.startswith(('mediator.gui', 'mediator.__main__')) and "
        "'.migrations.' not in mod.name:\n"
        "        importlib.import_module(mod.name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not qt, qt\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _layer_imports(layer: str) -> set[str]:
    found: set[str] = set()
    for path in (PACKAGE / layer).rglob("*.py"):
        found |= _imports(path)
    return found


def test_domain_imports_neither_sqlalchemy_nor_qt_nor_upper_layers() -> None:
    imports = _layer_imports("domain")
    forbidden = ("sqlalchemy", "PySide6", "mediator.persistence", "mediator.gui", "mediator.cli")
    assert not {i for i in imports if i.startswith(forbidden)}


def test_gui_and_cli_do_not_import_each_other() -> None:
    assert not {i for i in _layer_imports("gui") if i.startswith("mediator.cli")}
    assert not {i for i in _layer_imports("cli") if i.startswith("mediator.gui")}


def test_widgets_do_not_open_sessions() -> None:
    """The GUI talks to Services; it never imports SQLAlchemy or the ORM."""
    imports = _layer_imports("gui")
    assert not {i for i in imports if i.startswith(("sqlalchemy", "mediator.persistence.orm"))}
