"""The employer view (单位): every employer paying under an agreement, with its totals.

Employers are keyed by 统一社会信用代码, or by name where none was given
(``PerformanceServices.employers``). Double-clicking an employer lists its
cases below; double-clicking a case opens it in the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mediator.domain import performance as perf
from mediator.domain.errors import MediatorError
from mediator.domain.money import format_amount
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Changes, Ops
from mediator.gui.performancetab import OVERDUE_COLOR, figure_cells
from mediator.gui.widgets import list_table
from mediator.persistence.performance import EmployerFigures
from mediator.persistence.performance_services import CaseFigures


def _overdue_style(overdue: Any, role: int) -> Any:
    if overdue > 0 and role == Qt.ItemDataRole.ForegroundRole:
        return OVERDUE_COLOR
    return None


class EmployersModel(ListModel):
    show_tooltips = True

    def headers(self) -> list[str]:
        return [
            self.tr("Employer"),
            self.tr("Credit code"),
            self.tr("Cases"),
            self.tr("Workers"),
            self.tr("Claimed"),
            self.tr("Agreed"),
            self.tr("Paid"),
            self.tr("Outstanding"),
            self.tr("Overdue"),
            self.tr("Fulfilment rate"),
        ]

    def cells(self, item: EmployerFigures) -> list[str]:
        f = item.figures
        return [
            item.name,
            item.uscc,
            str(len(item.case_ids)),
            str(item.workers),
            format_amount(item.claimed),
            *figure_cells(f),
            perf.rate_text(f.rate),
        ]

    def style(self, item: EmployerFigures, role: int) -> Any:
        return _overdue_style(item.figures.overdue, role)


class EmployerCasesModel(ListModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Case number"),
            self.tr("Agreed"),
            self.tr("Paid"),
            self.tr("Outstanding"),
            self.tr("Overdue"),
            self.tr("Fulfilment rate"),
        ]

    def cells(self, item: CaseFigures) -> list[str]:
        f = item.figures
        return [
            item.case_number,
            *figure_cells(f),
            perf.rate_text(f.rate),
        ]

    def style(self, item: CaseFigures, role: int) -> Any:
        return _overdue_style(item.figures.overdue, role)


class EmployersDialog(QDialog):
    """单位: employers with cases, workers, claimed, agreed, paid and outstanding."""

    def __init__(
        self, ops: Ops, open_case: Callable[[int], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._open_case = open_case
        self.setWindowTitle(self.tr("Employers"))
        self.resize(1100, 620)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.model = EmployersModel(self)
        self.view = list_table(self.model, self)
        self.view.doubleClicked.connect(self._employer_activated)
        self.view.activated.connect(self._employer_activated)
        self.cases = EmployerCasesModel(self)
        self.cases_view = list_table(self.cases, self)
        self.cases_view.doubleClicked.connect(self._case_activated)
        self.cases_view.activated.connect(self._case_activated)
        self.cases_box = QGroupBox(self.tr("Cases"), self)
        QVBoxLayout(self.cases_box).addWidget(self.cases_view)
        self.current_key: str | None = None
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.cases_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        ops.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        employers = self.ops.read(self, lambda _s: self.ops.performance.employers()) or []
        self.model.set_items(employers)
        self.heading.setText(
            self.tr(
                "{n} employers paying under agreements. Double-click an employer to list "
                "its cases, a case to open it."
            ).format(n=len(employers))
        )
        if self.current_key is not None:
            self.show_employer(self.current_key)

    def show_employer(self, key: str) -> None:
        self.current_key = key
        item = next((e for e in self.model.items if e.key == key), None)
        if item is None:
            self.cases.set_items([])
            self.cases_box.setTitle(self.tr("Cases"))
            return
        service = self.ops.performance

        def figures_of(_services: object) -> list[CaseFigures]:
            out = []
            for case_id in item.case_ids:
                try:
                    out.append(service.case_figures(case_id))
                except MediatorError:  # a voided case: its figures are not shown
                    continue
            return out

        figures = self.ops.read(self, figures_of)
        self.cases.set_items(figures or [])
        self.cases_box.setTitle(self.tr("Cases against {name}").format(name=item.name))

    def _employer_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.model.items):
            self.show_employer(self.model.items[index.row()].key)

    def _case_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.cases.items):
            self._open_case(self.cases.items[index.row()].case_id)

    def _on_changed(self, changes: Changes) -> None:
        if changes.cases:
            self.refresh()

    def done(self, result: int) -> None:
        try:
            self.ops.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
