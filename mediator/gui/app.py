"""Start the window: arguments, Qt, translations, the store, the operator, the main window.

``main(argv)`` returns the exit code. A database that cannot be used (not
ours, damaged, read-only, locked) is reported in a dialog with its Chinese
explanation and the program ends with 1, without having written to it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from mediator import __version__
from mediator.domain.errors import MediatorError
from mediator.gui.drafts import DraftStore
from mediator.gui.i18n import LANGUAGES, install_translators, translate
from mediator.gui.mainwindow import MainWindow
from mediator.gui.operators import OperatorPicker
from mediator.gui.ops import Ops
from mediator.gui.prefs import Prefs
from mediator.gui.qtcompat import protect_singletons
from mediator.persistence.db import Database, Operator
from mediator.persistence.services import Services, UserInfo
from mediator.startup import (
    StorageOptions,
    add_storage_arguments,
    open_store,
    setup_logging,
    start_daily_backup,
    storage_options,
)

log = logging.getLogger("mediator.gui")

# Windows first (YaHei, SimSun), then Linux; Noto CJK and HanaMin also carry
# rare name characters outside the BMP such as 𠮷 (toolchain.md 4.1).
CJK_FAMILIES = [
    "Microsoft YaHei",
    "SimSun",
    "SimSun-ExtB",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "HanaMinA",
    "HanaMinB",
]


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="mediator", description="劳动争议调解案件管理")
    add_storage_arguments(parser)
    parser.add_argument("--lang", choices=LANGUAGES, help="界面语言：zh_CN（默认）或 en")
    parser.add_argument(
        "--operator", metavar="NAME", help="以此操作员身份开始，不显示选择窗口（用于测试和脚本）"
    )
    parser.add_argument("--verbose", action="store_true", help="把日志也输出到终端")
    # Qt's own options (-platform, -style, ...) pass through untouched.
    args, _qt_args = parser.parse_known_args(argv)
    return args


def apply_fonts(app: QApplication) -> None:
    font = QFont(app.font())
    font.setFamilies(CJK_FAMILIES + [font.family()])
    app.setFont(font)


@contextmanager
def qt_messages_logged() -> Iterator[None]:
    """Qt's warnings go to the log file instead of a console nobody sees."""
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("mediator.qt")

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def crash_hook(log_path: str) -> ExceptHook:
    """An excepthook that logs the error and tells the user, instead of vanishing."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.critical("unexpected error\n%s", text)
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, translate("Crash", "Program error"), "")
            box.setText(
                translate(
                    "Crash",
                    "Something went wrong inside the program. What you saved is safe, and"
                    " unsaved input in open forms is kept as a draft.\n\nPlease tell the person"
                    " who looks after this computer and give them the log file:\n{path}",
                ).format(path=log_path)
            )
            box.setDetailedText(text)
            box.exec()
        finally:
            showing = False

    return hook


@contextmanager
def excepthook_installed(hook: ExceptHook) -> Iterator[None]:
    previous = sys.excepthook
    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous


def choose_operator(ops: Ops, requested: str | None) -> Operator | None:
    """The operator named on the command line (created if new), or the picker's choice."""
    if requested:
        # Active first; an inactive namesake is still that person, not a new one.
        users = sorted(ops.services.users(), key=lambda u: not u.active)
        user = next((u for u in users if u.name == requested.strip()), None)
        if user is None:
            user = ops.services.save_user(UserInfo(requested.strip()))
            log.info("operator %s added from the command line", user.name)
        return Operator(user.id, user.name)
    picker = OperatorPicker(ops)
    if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
        return None
    return Operator(picker.chosen.id, picker.chosen.name)


def report_unusable(exc: MediatorError, parent: QWidget | None = None) -> None:
    QMessageBox.critical(parent, translate("Startup", "Cannot open the database"), exc.message)


def no_screen() -> bool:
    """On Linux without a display Qt aborts with an English message about xcb."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def main(argv: list[str]) -> int:
    if no_screen():
        print(
            "错误：没有可用的图形界面（未设置 DISPLAY），无法打开软件窗口。"
            "请在桌面环境中运行；在服务器上可使用命令行功能（mediator --help）。",
            file=sys.stderr,
        )
        return 1
    protect_singletons()
    args = parse_args(argv)
    options = storage_options(args)
    setup_logging(options.data_dir, verbose=args.verbose)
    log.info("mediator %s starting, data folder %s", __version__, options.data_dir.root)
    app = QApplication.instance() or QApplication(["mediator", *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("mediator")
    app.setApplicationVersion(__version__)
    prefs = Prefs(options.data_dir.root)
    # The translators are children of the app, which keeps them alive.
    install_translators(app, args.lang or prefs.language)
    apply_fonts(app)
    crash_log = str(options.data_dir.logs / "mediator.log")
    with qt_messages_logged(), excepthook_installed(crash_hook(crash_log)):
        try:
            # The day's first backup runs after the window is up (start_daily_backup).
            db = open_store(options, daily_backup=False)
        except MediatorError as exc:  # StorageUnavailable, or an unusable --db-url
            log.error("database unusable (%s): %s", getattr(exc, "reason", "url"), exc.message)
            report_unusable(exc)
            return 1
        try:
            return _run(app, db, options, prefs, args.operator)
        finally:
            db.dispose()


def _run(
    app: QApplication, db: Database, options: StorageOptions, prefs: Prefs, operator: str | None
) -> int:
    ops = Ops(Services(db))
    chosen = choose_operator(ops, operator)
    if chosen is None:
        return 0
    db.operator = chosen
    window = MainWindow(ops, DraftStore(options.data_dir.drafts), prefs, chosen)
    if window.restore_layout():
        window.show()
    else:
        window.showMaximized()  # office screens are often 1366×768
    backup = start_daily_backup(db, options.data_dir)
    if not ops.services.office_configured():
        QMessageBox.information(
            window,
            translate("Startup", "Welcome"),
            translate(
                "Startup",
                "Before the first case, please enter your committee's full name and short "
                "name. They are printed on every document and form part of every case number.",
            ),
        )
        window.open_settings()
    window.offer_drafts()
    try:
        return app.exec()
    finally:
        if backup is not None:
            backup.join()
