"""The session agenda: sessions of today and this week, shown and printed."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.workflow_enums import TodoKind
from mediator.gui.board import TodoModel
from mediator.gui.ops import Ops
from mediator.persistence.todo import TodoItem

_WEEKDAYS = "一二三四五六日"


def agenda_html(title: str, items: list[TodoItem], headers: list[str]) -> str:
    """The printable agenda: one table, a row per session, grouped by day."""
    rows = []
    for item in items:
        day = f"{item.due.isoformat()}（周{_WEEKDAYS[item.due.weekday()]}）"
        cells = "".join(f"<td>{escape(t)}</td>" for t in (day, item.case_number, item.title))
        rows.append(f"<tr>{cells}</tr>")
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    return (
        f"<h2>{escape(title)}</h2>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr>{head}</tr>{''.join(rows)}</table>"
    )


class AgendaDialog(QDialog):
    """Upcoming sessions (today to the end of this week), with print preview."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Session agenda"))
        self.resize(900, 520)
        today = ops.services.today()
        self.week_end = today + timedelta(days=6 - today.weekday())
        self.today = today
        self.heading = QLabel(self)
        self.heading.setStyleSheet("QLabel { font-size: 13pt; font-weight: bold; }")
        self.model = TodoModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_preview)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.preview: QPrintPreviewDialog | None = None
        self.reload()

    def title_text(self) -> str:
        return self.tr("Sessions from {start} to {end}").format(
            start=self.today.isoformat(), end=self.week_end.isoformat()
        )

    def reload(self) -> None:
        items = self.ops.read(self, lambda _s: self.ops.workflow.todo(self.today)) or []
        sessions = sorted(
            (i for i in items if i.kind is TodoKind.SESSION),
            key=lambda i: (i.due, i.title, i.case_number),
        )
        self.model.set_items(sessions)
        self.heading.setText(self.title_text())

    def document(self) -> QTextDocument:
        doc = QTextDocument(self)
        headers = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
        doc.setHtml(agenda_html(self.title_text(), list(self.model.items), headers))
        return doc

    def print_preview(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        self.preview = QPrintPreviewDialog(printer, self)
        self.preview.paintRequested.connect(self._paint)
        self.preview.exec()
        self.preview = None

    def _paint(self, printer: QPrinter) -> None:
        self.document().print_(printer)
