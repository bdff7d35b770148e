"""Operators (staff who use the app): the start-up picker and the editor dialog.

Whoever is picked at start-up is written into every audit row, so the
history says who changed what. On a brand-new database nobody exists yet:
the picker lets the first person add themselves right there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.enums import UserRole
from mediator.domain.errors import ValidationFailed
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Changes, Ops
from mediator.gui.widgets import ChoiceCombo, FieldMessage, enum_choices
from mediator.persistence.services import UserInfo

Index = QModelIndex | QPersistentModelIndex
USERS = Changes(users=True)


class UsersModel(ListModel):
    """All operators, active or not (the settings dialog's list)."""

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Certificate no."),
            self.tr("Phone"),
            self.tr("Status"),
        ]

    def cells(self, user: UserInfo) -> list[str]:
        status = self.tr("Active") if user.active else self.tr("Deactivated")
        return [user.name, user.role.label, user.certificate_no, user.phone, status]

    def style(self, user: UserInfo, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return Qt.GlobalColor.gray
        return None


class UserForm(QWidget):
    """Name, role, certificate number (and phone): used inline and in ``UserDialog``."""

    def __init__(self, with_phone: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name_message = FieldMessage(self)
        self.role = ChoiceCombo(enum_choices(UserRole), self)
        self.role.set_value(UserRole.MEDIATOR)
        self.certificate_no = QLineEdit(self)
        self.certificate_no.setPlaceholderText(self.tr("Mediator certificate, if any"))
        self.phone = QLineEdit(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.name_message)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Certificate no."), self.certificate_no)
        if with_phone:
            form.addRow(self.tr("Phone"), self.phone)
        else:
            self.phone.hide()

    def load(self, user: UserInfo) -> None:
        self.name.setText(user.name)
        self.role.set_value(user.role)
        self.certificate_no.setText(user.certificate_no)
        self.phone.setText(user.phone)

    def user(self, base: UserInfo | None = None) -> UserInfo:
        return UserInfo(
            name=self.name.text(),
            role=self.role.value() or UserRole.MEDIATOR,
            certificate_no=self.certificate_no.text(),
            phone=self.phone.text(),
            active=base.active if base else True,
            id=base.id if base else None,
        )

    def save(self, ops: Ops, parent: QWidget, base: UserInfo | None = None) -> UserInfo | None:
        """Save through the services; a missing name is shown under the field."""
        user = self.user(base)
        try:
            saved = ops.run(parent, lambda s: s.save_user(user), USERS, (ValidationFailed,))
        except ValidationFailed as exc:
            self.name_message.show_issues(exc.issues)
            self.name.setFocus()
            return None
        self.name_message.show_issues([])
        return saved


class UserDialog(QDialog):
    """Add or edit one operator."""

    def __init__(self, ops: Ops, user: UserInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._base = user
        self.saved_user: UserInfo | None = None
        self.setWindowTitle(self.tr("Edit operator") if user else self.tr("Add operator"))
        self.form = UserForm(parent=self)
        if user is not None:
            self.form.load(user)
        self.active = QCheckBox(self.tr("Active (can log in and lead cases)"), self)
        self.active.setChecked(user.active if user else True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.active)
        layout.addWidget(buttons)

    def _save(self) -> None:
        # Name, role and numbers come from the form; the id and the tick box from here.
        base = UserInfo(
            "", active=self.active.isChecked(), id=self._base.id if self._base else None
        )
        saved = self.form.save(self._ops, self, base)
        if saved is not None:
            self.saved_user = saved
            self.accept()


class OperatorPicker(QDialog):
    """Who is working? Pick a name, or add yourself (always possible, and the only
    way forward on a new database)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.chosen: UserInfo | None = None
        self.setWindowTitle(self.tr("Who is working?"))
        self.setMinimumWidth(420)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(self._update_ok)
        self.add_box = QGroupBox(self.tr("Add an operator"), self)
        self.user_form = UserForm(with_phone=False, parent=self.add_box)
        self.add_button = QPushButton(self.tr("Add"), self.add_box)
        self.add_button.clicked.connect(self.add_operator)
        self.user_form.name.returnPressed.connect(self.add_operator)
        box_layout = QVBoxLayout(self.add_box)
        box_layout.addWidget(self.user_form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        box_layout.addLayout(row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_box)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        users = self._ops.read(self, lambda s: s.users(active_only=True)) or []
        self.list.clear()
        for user in users:
            item = QListWidgetItem(f"{user.name}（{user.role.label}）", self.list)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            if user.id == select_id:
                self.list.setCurrentItem(item)
        self._users = {u.id: u for u in users}
        if users and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        if users:
            self.intro.setText(self.tr("Choose your name. Your changes are recorded under it."))
            self.list.setFocus()
        else:
            self.intro.setText(
                self.tr(
                    "No operators yet. Add yourself below: your name is recorded with every"
                    " change you make."
                )
            )
            self.user_form.name.setFocus()
        self.list.setVisible(bool(users))
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.list.currentRow() >= 0)

    def add_operator(self) -> None:
        saved = self.user_form.save(self._ops, self)
        if saved is None:
            return
        self.user_form.name.clear()
        self.user_form.certificate_no.clear()
        self.reload(select_id=saved.id)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = self._users.get(item.data(Qt.ItemDataRole.UserRole))
        super().accept()
