"""GUI test fixtures: the Chinese interface, the operations layer, and typing helpers.

The platform is "offscreen" (set in tests/conftest.py before any QApplication
exists); every test gets a fresh database in its own temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from mediator.gui.drafts import DraftStore  # noqa: E402
from mediator.gui.i18n import install_translators  # noqa: E402
from mediator.gui.ops import Ops  # noqa: E402
from mediator.gui.prefs import Prefs  # noqa: E402
from mediator.gui.qtcompat import protect_singletons  # noqa: E402
from mediator.paths import DataDir  # noqa: E402
from mediator.persistence.db import Operator  # noqa: E402
from mediator.persistence.services import Services  # noqa: E402

# PySide6 6.12 on Python 3.11 would abort the test process at exit (qtcompat).
protect_singletons()


@pytest.fixture(scope="session", autouse=True)
def chinese_ui(qapp: QApplication) -> None:
    """Tests look at what users see: the default, Simplified Chinese interface."""
    install_translators(qapp, "zh_CN")


@pytest.fixture
def ops(services: Services) -> Ops:
    return Ops(services)


@pytest.fixture
def operator(services: Services) -> Operator:
    return services.db.operator


@pytest.fixture
def drafts(data_dir: DataDir) -> DraftStore:
    return DraftStore(data_dir.drafts)


@pytest.fixture
def prefs(data_dir: DataDir) -> Prefs:
    return Prefs(data_dir.root)


class MessageBoxes:
    """Stand-in for QMessageBox's static functions: records calls, returns set answers.

    Installed for every GUI test, so a forgotten dialog can never block the run.
    Without a set answer a question is answered "Discard" (closing a test's
    forms at teardown must not stop at "save your input?").
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answers: list[QMessageBox.StandardButton] = []
        for kind in ("question", "warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, self._fake(kind))

    def _fake(self, kind: str) -> Any:
        def show(_parent: QWidget | None, title: str, text: str, *args: Any, **kw: Any) -> Any:
            self.calls.append((kind, title, text))
            if self.answers:
                return self.answers.pop(0)
            if kind == "question":
                return QMessageBox.StandardButton.Discard
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.calls if kind in (None, k)]


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageBoxes]:
    yield MessageBoxes(monkeypatch)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Chinese included, one key event per character.

    (qtbot.keyClicks aborts the process on non-ASCII text: toolchain.md 9.1.)
    """
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def commit_ime(widget: QWidget, text: str) -> None:
    """Deliver text the way a Chinese input method does: one committed string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    assert event.type() == QEvent.Type.InputMethod
