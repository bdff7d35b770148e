"""Start-up: the operator picker, an unusable database, the whole start, crash reports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mediator.gui import app as gui_app
from mediator.gui.mainwindow import MainWindow
from mediator.gui.operators import OperatorPicker
from mediator.gui.ops import Ops
from mediator.paths import DataDir
from mediator.persistence.db import Database
from mediator.persistence.services import Services
from tests.gui.conftest import MessageBoxes, type_text

pytestmark = pytest.mark.gui


def test_first_operator_is_added_in_the_picker_of_a_new_database(
    qtbot: QtBot, db: Database
) -> None:
    ops = Ops(Services(db))
    picker = OperatorPicker(ops)
    qtbot.addWidget(picker)
    picker.show()
    assert picker.intro.text().startswith("还没有操作员")
    assert not picker.list.isVisible()
    assert not picker.buttons.button(picker.buttons.StandardButton.Ok).isEnabled()

    picker.add_button.click()  # no name yet: told so beside the field
    assert picker.user_form.name_message.text() == "请填写姓名。"
    type_text(picker.user_form.name, "周调解")
    type_text(picker.user_form.certificate_no, "ZJ-0042")
    picker.add_button.click()
    assert picker.list.isVisible()
    assert picker.list.currentItem().text() == "周调解（调解员）"
    picker.accept()
    assert picker.chosen is not None and picker.chosen.name == "周调解"
    assert [u.certificate_no for u in ops.services.users()] == ["ZJ-0042"]


def test_unusable_database_is_reported_and_left_alone(tmp_path: Path, boxes: MessageBoxes) -> None:
    folder = DataDir(tmp_path / "data")
    folder.ensure()
    content = b"Quarterly figures, not a database" * 10
    folder.database.write_bytes(content)
    assert gui_app.main(["--data-dir", str(folder.root)]) == 1
    kind, title, text = boxes.calls[-1]
    assert (kind, title) == ("critical", "无法打开数据库")
    assert "不是本软件的数据库" in text
    assert folder.database.read_bytes() == content


def test_full_start_with_operator_from_the_command_line(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[MainWindow] = []

    def run_event_loop(*_args: object) -> int:
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(run_event_loop))
    folder = tmp_path / "data"
    assert gui_app.main(["--data-dir", str(folder), "--operator", "张三"]) == 0
    assert len(shown) == 1
    window = shown[0]
    qtbot.addWidget(window)
    assert window.windowTitle() == "劳动争议调解案件管理"
    assert window.operator_label.text() == "操作员：张三"
    assert str(folder / "mediator.db") in window.database_label.text()
    assert window.operator.id is not None  # the audit trail records who works
    assert window.ops.services.db.operator.name == "张三"
    window.close()


def test_crash_hook_logs_and_tells_the_user(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    hook = gui_app.crash_hook("/data/logs/mediator.log")
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level("CRITICAL", logger="mediator.gui"):
            hook(type(exc), exc, exc.__traceback__)
    assert "RuntimeError: boom" in caplog.text
    assert len(shown) == 1 and "/data/logs/mediator.log" in shown[0]
    assert shown[0].startswith("程序内部出现错误")


def test_long_sessions_do_not_exhaust_none() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None per void call (qtcompat)."""
    script = (
        "from mediator.gui.qtcompat import protect_singletons\n"
        "protect_singletons()\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(300_000):\n"
        "    o.setObjectName('x')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")


def test_first_start_asks_for_the_office_name(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda *_a: 0))
    monkeypatch.setattr(MainWindow, "open_settings", lambda self, *a: opened.append(self))
    assert gui_app.main(["--data-dir", str(tmp_path / "data"), "--operator", "张三"]) == 0
    assert ("information", "欢迎使用") in [(k, t) for k, t, _ in boxes.calls]
    assert len(opened) == 1
    for window in opened:
        qtbot.addWidget(window)  # type: ignore[arg-type]


def test_a_bad_db_url_is_reported_in_a_dialog(tmp_path: Path, boxes: MessageBoxes) -> None:
    assert gui_app.main(["--data-dir", str(tmp_path / "data"), "--db-url", "nosuchdb://x"]) == 1
    assert [k for k, _t, _x in boxes.calls] == ["critical"]
    assert "--db-url" in boxes.calls[0][2]
