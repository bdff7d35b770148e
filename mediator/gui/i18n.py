"""Translations read straight from the Qt Linguist ``.ts`` file (no lrelease step).

Source strings in the code are English; ``resources/i18n/mediator_zh_CN.ts``
carries the Simplified Chinese. ``TsTranslator`` parses that XML at start-up
and answers ``QCoreApplication.translate`` with it, so editing the ``.ts`` in
Linguist (or by hand) takes effect on the next start without compiling.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from mediator.paths import resources_dir

log = logging.getLogger("mediator.gui")

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")


def ts_path(language: str) -> Path:
    return resources_dir() / "i18n" / f"mediator_{language}.ts"


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` for every finished, non-empty message."""
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("obsolete", "vanished"):
                continue
            # Chinese has a single plural form: the first <numerusform> serves all n.
            forms = [f.text or "" for f in node.iter("numerusform")]
            text = forms[0] if forms else (node.text or "")
            if text:
                table[(name, source)] = text
    return table


class TsTranslator(QTranslator):
    """A QTranslator fed from a parsed ``.ts`` file."""

    def __init__(self, table: dict[tuple[str, str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exact = table
        # PySide's self.tr() uses the *runtime* class name as context, so a
        # string written in a base class and called on a subclass arrives
        # with the subclass's name: fall back to the source text alone.
        self._by_source = {source: text for (_ctx, source), text in table.items()}

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        found = self._exact.get((context, source_text))
        if found is None:
            found = self._by_source.get(source_text, "")
        return found

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return not self._exact


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install mediator's and Qt's own translators for ``language``; returns them.

    English is the source language, so it needs none. The caller keeps the
    returned list alive for the lifetime of the application.
    """
    installed: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return installed
    QLocale.setDefault(QLocale(language))
    path = ts_path(language)
    if path.exists():
        own = TsTranslator(read_ts(path), app)
        app.installTranslator(own)
        installed.append(own)
    else:
        log.warning("translation file %s is missing; the interface stays in English", path)
    # Qt's standard buttons and dialogs (OK/Cancel, colour and file pickers).
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def translate(context: str, text: str) -> str:
    """Shorthand for ``QCoreApplication.translate`` in module-level code."""
    return QCoreApplication.translate(context, text)
