"""Run service calls for the widgets: errors become dialogs, success a ``changed`` signal.

After Anki's ``CollectionOp``: a widget says what it wants done and what it
touches; ``Ops`` runs it, shows a ``MediatorError``'s Chinese message in a
dialog (anything else is a bug and goes to the crash handler), and announces
the change so that every open view can refresh itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from mediator.domain.errors import MediatorError
from mediator.persistence.arrears_services import ArrearsServices
from mediator.persistence.limitation_services import LimitationServices
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.referral_services import ReferralServices
from mediator.persistence.services import Services
from mediator.persistence.workflow_services import WorkflowServices
from mediator.reports.services import ReportServices

log = logging.getLogger("mediator.gui")

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """What an operation touched; views refresh only what concerns them."""

    cases: bool = False
    case_id: int | None = None
    settings: bool = False
    users: bool = False
    calendar: bool = False


CASES = Changes(cases=True)


class Ops(QObject):
    """The one way widgets change data."""

    changed = Signal(object)  # Changes

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.workflow = WorkflowServices(services.db, services.today, services.now)
        self.performance = PerformanceServices(services.db, services.today, services.now)
        self.arrears = ArrearsServices(services.db, services.today, services.now)
        self.referrals = ReferralServices(services.db, services.today, services.now)
        self.limitation = LimitationServices(services.db, services.today, services.now)
        self.reports = ReportServices(services.db, services.today, services.now)

    def run(
        self,
        parent: QWidget | None,
        call: Callable[[Services], T],
        changes: Changes | None = None,
        passthrough: tuple[type[MediatorError], ...] = (),
    ) -> T | None:
        """Run ``call(services)``; returns its result, or None after showing an error.

        Error types in ``passthrough`` are re-raised for the caller to show in
        its own way (the intake form puts validation messages beside fields).
        """
        try:
            result = call(self.services)
        except passthrough:
            raise
        except MediatorError as exc:
            log.info("operation refused: %s", exc.message)
            self.show_error(parent, exc)
            return None
        if changes is not None:
            self.changed.emit(changes)
        return result

    def read(self, parent: QWidget | None, call: Callable[[Services], T]) -> T | None:
        """A read-only call: same error handling, no ``changed`` signal."""
        return self.run(parent, call)

    def show_error(self, parent: QWidget | None, exc: MediatorError) -> None:
        QMessageBox.warning(parent, self.tr("Cannot do this"), exc.message)
