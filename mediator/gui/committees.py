"""Settings page 仲裁委员会: the arbitration committees referrals go to.

Each committee has a name, address, phone and the place names it covers (the
referral dialog suggests the committee whose places appear in the case). A
committee some referral names cannot be deleted; the services say so. Changes
are saved at once, like the operators and holidays pages.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.errors import Issue, ValidationFailed
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Changes, Ops
from mediator.gui.widgets import FieldMessage, list_table
from mediator.gui.workflowdialogs import FormDialog
from mediator.persistence.referral_services import ReferralServices
from mediator.persistence.referrals import CommitteeData, CommitteeInfo


class CommitteesModel(ListModel):
    show_tooltips = True

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Address"), self.tr("Phone"), self.tr("Places covered")]

    def cells(self, item: CommitteeInfo) -> list[str]:
        return [item.name, item.address, item.phone, item.jurisdiction]


class CommitteeDialog(FormDialog):
    """Add or edit one committee; problems show beside the field and the dialog stays open."""

    def __init__(
        self, service: ReferralServices, ops: Ops, committee: CommitteeInfo | None, parent: QWidget
    ) -> None:
        title = self.tr("Add committee") if committee is None else self.tr("Edit committee")
        super().__init__(title, parent)
        self.service = service
        self.ops = ops
        self.committee = committee
        self.saved: CommitteeInfo | None = None
        self.name = QLineEdit(committee.name if committee else "", self)
        self.name.setPlaceholderText(self.tr("e.g. 城南区劳动人事争议仲裁委员会"))
        self.address = QLineEdit(committee.address if committee else "", self)
        self.phone = QLineEdit(committee.phone if committee else "", self)
        self.places = QLineEdit(committee.jurisdiction if committee else "", self)
        self.places.setPlaceholderText(self.tr("e.g. 城南区 城南街道 (separated by spaces or 、)"))
        self.messages = {key: FieldMessage(self) for key in ("name", "address", "phone", "places")}
        rows = (
            (self.tr("Name"), self.name, "name"),
            (self.tr("Address"), self.address, "address"),
            (self.tr("Phone"), self.phone, "phone"),
            (self.tr("Places covered"), self.places, "places"),
        )
        for label, field, key in rows:
            self.form.addRow(label, field)
            self.form.addRow("", self.messages[key])

    def data(self) -> CommitteeData:
        return CommitteeData(
            self.name.text(), self.address.text(), self.phone.text(), self.places.text()
        )

    def show_issues(self, issues: list[Issue]) -> None:
        fields = {"jurisdiction": "places"}
        for key, message in self.messages.items():
            message.show_issues([i for i in issues if fields.get(i.field, i.field) == key])

    def accept(self) -> None:
        data = self.data()
        committee = self.committee

        def save(_services: object) -> CommitteeInfo:
            if committee is None:
                return self.service.add_committee(data)
            return self.service.edit_committee(committee.id, data)

        try:
            self.saved = self.ops.run(self, save, Changes(settings=True), (ValidationFailed,))
        except ValidationFailed as exc:
            self.show_issues(exc.issues)
            return
        if self.saved is not None:
            super().accept()


class CommitteesTab(QWidget):
    """The list of committees with Add, Edit and Delete."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.service = ops.referrals
        self.model = CommitteesModel(self)
        self.view = list_table(self.model, self)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        add = QPushButton(self.tr("Add…"), self)
        edit = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        add.clicked.connect(lambda _c=False: self.add())
        edit.clicked.connect(lambda _c=False: self.edit())
        self.delete_button.clicked.connect(lambda _c=False: self.delete())
        buttons = QHBoxLayout()
        for button in (add, edit, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "When a case is referred, the committee whose places covered appear in the"
                " facts of the case (place of work) or the employer's address is suggested."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: #555; }")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_items(self.ops.read(self, lambda _s: self.service.committees()) or [])
        for row, committee in enumerate(self.model.items):
            if committee.id == select_id:
                self.view.selectRow(row)

    def selected(self) -> CommitteeInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def dialog(self, committee: CommitteeInfo | None) -> CommitteeDialog:
        return CommitteeDialog(self.service, self.ops, committee, self)

    def add(self) -> CommitteeInfo | None:
        dialog = self.dialog(None)
        if dialog.exec() and dialog.saved is not None:
            self.reload(dialog.saved.id)
        return dialog.saved

    def edit(self) -> CommitteeInfo | None:
        committee = self.selected()
        if committee is None:
            return None
        dialog = self.dialog(committee)
        if dialog.exec() and dialog.saved is not None:
            self.reload(committee.id)
        return dialog.saved

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete committee"), text)
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> bool:
        committee = self.selected()
        if committee is None:
            return False
        if not self.confirm(self.tr("Delete {name}?").format(name=committee.name)):
            return False

        def remove(_services: object) -> bool:
            self.service.delete_committee(committee.id)
            return True

        done = bool(self.ops.run(self, remove, Changes(settings=True)))
        self.reload()
        return done
