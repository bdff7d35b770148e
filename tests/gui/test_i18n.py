"""Every interface string has its Chinese translation, and the translator serves it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject

from mediator.gui.i18n import TsTranslator, read_ts, ts_path

GUI = Path(__file__).resolve().parents[2] / "mediator" / "gui"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def source_strings() -> set[tuple[str, str]]:
    """(context, text) of every ``self.tr("...")`` and ``translate("Ctx", "...")`` in gui/."""
    found: set[tuple[str, str]] = set()
    for path in sorted(GUI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
            body = tree if cls is None else cls
            for node in ast.walk(body):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "tr" and cls is not None and node.args:
                    text = _literal(node.args[0])
                    if text is not None:
                        found.add((cls.name, text))
                elif name == "translate" and len(node.args) >= 2:
                    context, text = _literal(node.args[0]), _literal(node.args[1])
                    if context is not None and text is not None:
                        found.add((context, text))
    return found


def test_the_extractor_finds_the_strings() -> None:
    strings = source_strings()
    assert ("MainWindow", "New case") in strings
    assert ("IntakeData", "Applicant {n}") in strings
    assert len(strings) > 200


@pytest.mark.parametrize("language", ["zh_CN"])
def test_every_string_has_a_translation(language: str) -> None:
    table = read_ts(ts_path(language))
    by_source = {source for _context, source in table}
    missing = sorted(
        f"{context}: {text!r}"
        for context, text in source_strings()
        if (context, text) not in table and text not in by_source
    )
    assert missing == [], "untranslated (run pyside6-lupdate, then translate):\n" + "\n".join(
        missing
    )


def test_translations_keep_their_placeholders() -> None:
    table = read_ts(ts_path("zh_CN"))
    broken = [
        (source, text)
        for (_context, source), text in table.items()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert broken == []


def test_translator_answers_subclasses_too(qapp: QCoreApplication) -> None:
    translator = TsTranslator({("MainWindow", "New case"): "新建案件"})
    assert translator.translate("MainWindow", "New case") == "新建案件"
    # PySide's tr() sends the runtime class name as context.
    assert translator.translate("MyMainWindow", "New case") == "新建案件"
    assert translator.translate("MainWindow", "Unknown") == ""


def test_interface_is_chinese_by_default(qapp: QCoreApplication) -> None:
    class MainWindow(QObject):
        pass

    assert MainWindow().tr("Refresh") == "刷新"
    assert QCoreApplication.translate("IntakeData", "Applicant {n}") == "第{n}名申请人"
