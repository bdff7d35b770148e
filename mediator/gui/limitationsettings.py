"""The 仲裁时效 page of the settings: which recorded events count for the limitation clock.

domain.md 8.2 asks for the interruption list to be a setting, because the
17号令 Art.31 items are not yet checked against the official text. Each kind
is a check box; saving recomputes every applicant's date (the flush hook of
``persistence.limitation``), which on 200,000 cases takes a while, so it is
saved only when something changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from mediator.domain import limitation as lim
from mediator.gui.ops import Changes, Ops


class LimitationSettingsTab(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.service = ops.limitation
        explain = QLabel(
            self.tr(
                "Events recorded on a case's arbitration limitation tab count only if their kind"
                " is ticked here. The application for mediation, its end and a signed agreement"
                " always count. Dates are advice; the arbitration committee decides."
            ),
            self,
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        self.boxes: dict[lim.EventKind, QCheckBox] = {}
        for kind in lim.EventKind:
            text = f"{kind.label}（{kind.effect}）"
            if not kind.confirmed:
                text += self.tr(" (17号令 Art.31, to be checked against the official text)")
            box = QCheckBox(text, self)
            layout.addWidget(box)
            self.boxes[kind] = box
        layout.addStretch(1)
        self.loaded = lim.LimitationRules()
        self.load()

    def load(self) -> None:
        self.loaded = self._ops.read(self, lambda _s: self.service.rules()) or lim.LimitationRules()
        for kind, box in self.boxes.items():
            box.setChecked(kind in self.loaded.counted)

    def rules(self) -> lim.LimitationRules:
        return lim.LimitationRules(frozenset(k for k, box in self.boxes.items() if box.isChecked()))

    def save(self) -> bool:
        rules = self.rules()
        if rules == self.loaded:
            return True

        def call(_services: object) -> bool:
            self.service.set_rules(rules)
            return True

        done = self._ops.run(self, call, Changes(cases=True)) is not None
        if done:
            self.loaded = rules
        return done
