"""The main window: the case list, the toolbar and the status bar.

It owns the open intake forms and case windows, so that closing the
program asks about unsaved input in each form first.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.errors import MediatorError
from mediator.domain.workdays import fallback_warning
from mediator.gui.agenda import AgendaDialog
from mediator.gui.board import TodoBoard
from mediator.gui.calculator import CalculatorDialog
from mediator.gui.casedetail import CaseDetailDialog
from mediator.gui.caselist import CaseListWidget
from mediator.gui.caselistmodel import Column
from mediator.gui.drafts import Draft, DraftStore
from mediator.gui.employers import EmployersDialog
from mediator.gui.intakeform import IntakeForm
from mediator.gui.ops import Changes, Ops
from mediator.gui.prefs import Prefs
from mediator.gui.reportscreen import ReportScreen
from mediator.gui.settingsdialog import SettingsDialog
from mediator.gui.widgets import BANNER_STYLE
from mediator.persistence.cases import CaseDetail
from mediator.persistence.db import Operator

log = logging.getLogger("mediator.gui")


class MainWindow(QMainWindow):
    def __init__(
        self,
        ops: Ops,
        drafts: DraftStore,
        prefs: Prefs,
        operator: Operator,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.drafts = drafts
        self.prefs = prefs
        self.operator = operator
        self.forms: list[IntakeForm] = []
        self.case_windows: dict[int, CaseDetailDialog] = {}
        self.setWindowTitle(self.tr("Labour dispute mediation cases"))
        self.resize(1280, 720)
        self._build()
        ops.changed.connect(self._on_changed)
        self.refresh_banner()
        self.case_list.model.refresh()

    # -- construction --------------------------------------------------------------------

    def _build(self) -> None:
        style = self.style()
        self.new_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), self.tr("New case"), self
        )
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.new_case())
        self.open_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
            self.tr("Open case"),
            self,
        )
        self.open_action.triggered.connect(self.open_selected)
        self.refresh_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("Refresh"), self
        )
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.employers_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon), self.tr("Employers"), self
        )
        self.employers_action.triggered.connect(lambda: self.open_employers())
        self.calculator_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView),
            self.tr("Calculator"),
            self,
        )
        self.calculator_action.setShortcut(QKeySequence("Ctrl+K"))
        self.calculator_action.triggered.connect(lambda: self.open_calculator())
        self.settings_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            self.tr("Settings"),
            self,
        )
        self.settings_action.triggered.connect(lambda: self.open_settings())
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.new_action,
            self.open_action,
            self.refresh_action,
            self.employers_action,
            self.calculator_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.settings_action)
        self.addToolBar(toolbar)
        for action in (self.new_action, self.refresh_action, self.calculator_action):
            action.setToolTip(f"{action.text()} ({action.shortcut().toString()})")

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_button = QPushButton(self.tr("Enter holidays…"), self)
        self.banner_button.clicked.connect(self._open_holidays)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_button)
        self.case_list = CaseListWidget(self.ops.services, self)
        self.case_list.open_case.connect(self.open_case)
        self.case_list.model.loaded.connect(self._show_count)
        self.case_list.model.failed.connect(self._on_query_failed)
        self.board = TodoBoard(self.ops, self)
        self.board.open_case.connect(self.open_case)
        self.board.agenda_requested.connect(self.open_agenda)
        self.pages = QTabWidget(self)
        self.pages.addTab(self.board, self.tr("Home"))
        self.pages.addTab(self.case_list, self.tr("Cases"))
        self.report_screen = ReportScreen(self.ops, self)
        self.report_screen.open_case.connect(self.open_case)
        self.pages.addTab(self.report_screen, self.tr("Statistics"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(banner_row)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self.tr("Loading…"), self)
        self.operator_label = QLabel(
            self.tr("Operator: {name}").format(name=self.operator.name), self
        )
        self.database_label = QLabel(
            self.tr("Database: {path}").format(path=self.ops.services.db.display_name), self
        )
        status = self.statusBar()
        status.addWidget(self.count_label)
        status.addWidget(self.operator_label)
        status.addPermanentWidget(self.database_label)

    # -- status ----------------------------------------------------------------------------

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("{n} cases").format(n=QLocale().toString(count)))

    def _on_query_failed(self, exc: Exception) -> None:
        if isinstance(exc, MediatorError):
            self.ops.show_error(self, exc)
            return
        raise exc

    def refresh_banner(self) -> None:
        """Warn when this or next year's holidays are not known (deadlines are guesses)."""
        calendar = self.ops.read(self, lambda s: s.workday_calendar())
        year = self.ops.services.today().year
        unknown = [y for y in (year, year + 1) if calendar and not calendar.year_is_known(y)]
        self._unknown_years = unknown
        text = fallback_warning(unknown)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.banner_button.setVisible(bool(text))

    def _on_changed(self, changes: Changes) -> None:
        if changes.cases or changes.calendar:
            self.case_list.model.refresh()
        if changes.calendar:
            self.refresh_banner()
        if changes.users:
            self.case_list.reload_mediators()

    def refresh(self) -> None:
        self.refresh_banner()
        self.case_list.reload_mediators()
        self.case_list.model.refresh()

    # -- actions ---------------------------------------------------------------------------

    def new_case(self, draft: Draft | None = None) -> IntakeForm:
        return self._show_form(IntakeForm(self.ops, self.drafts, self.operator, draft=draft))

    def edit_case(self, detail: CaseDetail) -> IntakeForm:
        for form in self.forms:
            if form.case_id == detail.id:
                form.raise_()
                form.activateWindow()
                return form
        return self._show_form(IntakeForm(self.ops, self.drafts, self.operator, detail=detail))

    def _show_form(self, form: IntakeForm) -> IntakeForm:
        form.setParent(self, form.windowFlags())
        self.forms.append(form)
        form.finished.connect(lambda _result, f=form: self._forget_form(f))
        form.saved.connect(self.case_list.select_after_reload)
        form.show()
        return form

    def _forget_form(self, form: IntakeForm) -> None:
        if form in self.forms:
            self.forms.remove(form)
            form.deleteLater()

    def open_selected(self) -> None:
        case_id = self.case_list.selected_case_id()
        if case_id is not None:
            self.open_case(case_id)

    def open_case(self, case_id: int) -> CaseDetailDialog:
        window = self.case_windows.get(case_id)
        if window is None:
            window = CaseDetailDialog(self.ops, case_id, self.edit_case, self)
            self.case_windows[case_id] = window
            window.finished.connect(lambda _r, c=case_id: self._forget_case_window(c))
        window.show()
        window.raise_()
        return window

    def _forget_case_window(self, case_id: int) -> None:
        window = self.case_windows.pop(case_id, None)
        if window is not None:
            window.deleteLater()

    def open_agenda(self) -> AgendaDialog:
        dialog = AgendaDialog(self.ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_employers(self) -> EmployersDialog:
        dialog = EmployersDialog(self.ops, self.open_case, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_calculator(self) -> CalculatorDialog:
        dialog = CalculatorDialog(self.ops, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_settings(self, holidays_year: int | None = None) -> SettingsDialog:
        dialog = SettingsDialog(self.ops, self.prefs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if holidays_year is not None:
            dialog.show_holidays(holidays_year)
        dialog.open()
        return dialog

    def _open_holidays(self) -> None:
        years = getattr(self, "_unknown_years", [])
        self.open_settings(years[0] if years else None)

    def offer_drafts(self) -> list[IntakeForm]:
        """At start-up: reopen input that was never saved (a crash or power cut)."""
        drafts = self.drafts.load_all()
        if not drafts:
            return []
        listing = "\n".join(f"• {d.describe()}" for d in drafts)
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved input found"),
            self.tr(
                "The program was closed before this input was saved:\n{drafts}\n\n"
                "Open it again to check and save it?"
            ).format(drafts=listing),
            QMessageBox.StandardButton.Open
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Ignore,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open:
            return [self.new_case(draft) for draft in drafts]
        if answer == QMessageBox.StandardButton.Discard:
            for draft in drafts:
                self.drafts.delete(draft.path)
        return []

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for form in list(self.forms):
            form.reject()  # asks about unsaved input
            if form.isVisible():
                event.ignore()
                return
        self.prefs.save_bytes("main/geometry", self.saveGeometry())
        self.prefs.save_bytes("main/columns", self.case_list.table.horizontalHeader().saveState())
        self.prefs.sync()
        self.case_list.model.wait()
        self.report_screen.wait()
        event.accept()

    def restore_layout(self) -> bool:
        """Window size and column widths of the last session; False on a first start."""
        geometry = self.prefs.restore_bytes("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        columns = self.prefs.restore_bytes("main/columns")
        if columns is not None:
            header = self.case_list.table.horizontalHeader()
            header.restoreState(columns)
            # Widths come back; the order does not (the list starts newest first).
            header.setSortIndicator(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        return geometry is not None
