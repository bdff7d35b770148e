"""The session record editor (调解笔录): typed with the keyboard alone, saved as it goes.

The record is a list of speaker-tagged turns. In the line under the table,
Ctrl+1..4 (or Alt+1..4) picks the speaker (调解员, 申请人, 被申请人, 其他),
Enter commits the turn and starts the next one with the other speaker
(after the mediator, the party who spoke before; after a party, the
mediator), Up and Down walk through the turns to correct one (Enter on an
emptied turn removes it). Every change is saved as a draft about a second
later and again when the window closes, so nothing typed is lost.

Who attended is a small table (side, kind, name, note): the line under it
takes one person, Enter adds (or, with a row picked, replaces) it. A name of
the case (an applicant, a respondent, an agent) sets side and kind by itself;
"Add the parties" fills in all of them. Up and Down pick a row to correct;
Enter on its emptied name removes it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mediator.domain.enums import AgentSide, MediatorRole
from mediator.domain.errors import ValidationFailed
from mediator.domain.workflow_enums import (
    AttendeeKind,
    AttendeeSide,
    SessionForm,
    SessionOutcome,
    Speaker,
)
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Changes, Ops
from mediator.gui.widgets import ERROR_COLOR, ChoiceCombo, enum_choices
from mediator.persistence.cases import CaseDetail
from mediator.persistence.workflow import Attendee, SessionData, SessionInfo, StaffEntry, Turn

log = logging.getLogger("mediator.gui")

SAVE_DELAY_MS = 1000
SPEAKER_KEYS = {
    Qt.Key.Key_1: Speaker.MEDIATOR,
    Qt.Key.Key_2: Speaker.APPLICANT,
    Qt.Key.Key_3: Speaker.RESPONDENT,
    Qt.Key.Key_4: Speaker.OTHER,
}
_SPEAKER_COLORS = {
    Speaker.MEDIATOR: "#1565c0",
    Speaker.APPLICANT: "#2e7d32",
    Speaker.RESPONDENT: "#ad1457",
    Speaker.OTHER: "#5d4037",
}


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def next_speaker(turns: list[Turn]) -> Speaker:
    """Who speaks after the last turn: the mediator after a party, else the last party."""
    if not turns:
        return Speaker.MEDIATOR
    if turns[-1].speaker is not Speaker.MEDIATOR:
        return Speaker.MEDIATOR
    for turn in reversed(turns):
        if turn.speaker is not Speaker.MEDIATOR:
            return turn.speaker
    return Speaker.APPLICANT


def case_attendees(detail: CaseDetail | None) -> list[Attendee]:
    """Who may attend for the case: its applicants and respondents as parties, its agents."""
    if detail is None:
        return []
    data = detail.data
    people = [Attendee(AttendeeSide.APPLICANT, AttendeeKind.PARTY, a.name) for a in data.applicants]
    people += [
        Attendee(AttendeeSide.RESPONDENT, AttendeeKind.PARTY, r.name) for r in data.respondents
    ]
    for agent in data.agents:
        side = (
            AttendeeSide.APPLICANT if agent.side is AgentSide.APPLICANT else AttendeeSide.RESPONDENT
        )
        people.append(Attendee(side, AttendeeKind.AGENT, agent.name, agent.relation))
    return [p for p in people if p.name.strip()]


class AttendeesModel(ListModel):
    """Who attended: side, kind, name and a note (relation, post, ...)."""

    def headers(self) -> list[str]:
        return [
            self.tr("Side"),
            self.tr("Attended as"),
            self.tr("Name"),
            self.tr("Note / relation"),
        ]

    def cells(self, item: Attendee) -> list[str]:
        return [item.side.label, item.kind.label, item.name, item.note]


class EntryLine(QLineEdit):
    """A line of the attendee entry row: Enter adds, Up/Down pick a row of the table."""

    commit = Signal()
    walk = Signal(int)  # -1 up, +1 down

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = Qt.Key(event.key())
        popup = self.completer().popup() if self.completer() else None
        if popup is None or not popup.isVisible():
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commit.emit()
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.walk.emit(-1 if key == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(event)


class AttendeesEditor(QWidget):
    """The attendees table and the entry row under it (side, kind, name, note)."""

    changed = Signal()

    def __init__(self, known: list[Attendee], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = known
        self.model = AttendeesModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setMaximumHeight(120)
        header = self.view.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.clicked.connect(lambda index: self.pick(index.row()))
        self.side = ChoiceCombo(enum_choices(AttendeeSide), self)
        self.kind = ChoiceCombo(enum_choices(AttendeeKind), self)
        self.name = EntryLine(self)
        self.name.setPlaceholderText(self.tr("Name, Enter adds"))
        names = list(dict.fromkeys(p.name for p in known))
        completer = QCompleter(names, self.name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.note = EntryLine(self)
        self.note.setPlaceholderText(self.tr("Note or relation"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.parties_button = QPushButton(self.tr("Add the parties"), self)
        self.parties_button.setToolTip(
            self.tr("Adds the case's applicants, respondents and agents not yet listed")
        )
        for button in (self.add_button, self.remove_button, self.parties_button):
            button.setAutoDefault(False)
        self.parties_button.setEnabled(bool(known))
        self.add_button.clicked.connect(self.commit)
        self.remove_button.clicked.connect(self.remove)
        self.parties_button.clicked.connect(self.add_parties)
        for line in (self.name, self.note):
            line.commit.connect(self.commit)
            line.walk.connect(self.walk)
        self.name.textChanged.connect(self._name_changed)
        self.side.currentIndexChanged.connect(self._side_changed)
        row = QHBoxLayout()
        row.addWidget(self.side)
        row.addWidget(self.kind)
        row.addWidget(self.name, 2)
        row.addWidget(self.note, 3)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.parties_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.editing: int | None = None
        """The row being corrected, or None for a new attendee."""

    def attendees(self) -> list[Attendee]:
        return list(self.model.items)

    def set_attendees(self, attendees: list[Attendee]) -> None:
        self.model.set_items(attendees)
        self._clear_entry()

    def entry(self) -> Attendee | None:
        name = self.name.text().strip()
        if not name:
            return None
        return Attendee(self.side.value(), self.kind.value(), name, self.note.text().strip())

    def record(self) -> list[Attendee]:
        """The table plus a person typed but not yet added (what a save writes)."""
        people = self.attendees()
        entry = self.entry()
        if entry is not None:
            if self.editing is not None:
                people[self.editing] = entry
            else:
                people.append(entry)
        return people

    def commit(self) -> None:
        entry = self.entry()
        people = self.attendees()
        if self.editing is not None:
            if entry is None:
                del people[self.editing]
            else:
                people[self.editing] = entry
        elif entry is not None:
            people.append(entry)
        else:
            return
        self.model.set_items(people)
        self._clear_entry()
        self.changed.emit()

    def remove(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.editing
        if row is None:
            return
        people = self.attendees()
        del people[row]
        self.model.set_items(people)
        self._clear_entry()
        self.changed.emit()

    def add_parties(self) -> None:
        people = self.attendees()
        present = {(p.side, p.kind, p.name) for p in people}
        people += [p for p in self.known if (p.side, p.kind, p.name) not in present]
        self.model.set_items(people)
        self.changed.emit()

    def pick(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        self.editing = row
        person = self.model.items[row]
        self.name.blockSignals(True)
        self.name.setText(person.name)
        self.name.blockSignals(False)
        self.side.set_value(person.side)
        self.kind.set_value(person.kind)
        self.note.setText(person.note)
        self.view.selectRow(row)
        self.add_button.setText(self.tr("Replace"))

    def walk(self, step: int) -> None:
        count = self.model.rowCount()
        if self.editing is None:
            if step < 0 and count:
                self.pick(count - 1)
            return
        target = self.editing + step
        if target >= count:
            self._clear_entry()
        elif target >= 0:
            self.pick(target)

    def _clear_entry(self) -> None:
        self.editing = None
        self.view.clearSelection()
        self.name.blockSignals(True)
        self.name.clear()
        self.name.blockSignals(False)
        self.note.clear()
        self.add_button.setText(self.tr("Add"))

    def _name_changed(self, text: str) -> None:
        """A name of the case brings its side, kind and relation."""
        match = next((p for p in self.known if p.name == text.strip()), None)
        if match is not None:
            self.side.set_value(match.side)
            self.kind.set_value(match.kind)
            if match.note and not self.note.text():
                self.note.setText(match.note)
        self.changed.emit()

    def _side_changed(self, *_args: object) -> None:
        invited = self.side.value() is AttendeeSide.INVITED
        if invited:
            self.kind.set_value(AttendeeKind.THIRD_PARTY)
        elif self.kind.value() is AttendeeKind.THIRD_PARTY:
            self.kind.set_value(AttendeeKind.PARTY)


class TurnsModel(ListModel):
    """The turns of the record: speaker and words, numbered by the row header."""

    show_tooltips = True

    def headers(self) -> list[str]:
        return [self.tr("Speaker"), self.tr("Words")]

    def cells(self, item: Turn) -> list[str]:
        return [item.speaker_name or item.speaker.label, item.text]

    def style(self, item: Turn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(_SPEAKER_COLORS[item.speaker])
        return None


class TurnLine(QLineEdit):
    """The line a turn is typed into; keys for speaker, commit and moving."""

    speaker_key = Signal(object)  # Speaker
    commit = Signal()
    navigate = Signal(int)  # -1 up, +1 down (not "move": that is QWidget.move)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = Qt.Key(event.key())
        mods = event.modifiers()
        chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if key in SPEAKER_KEYS and mods & chord:
            self.speaker_key.emit(SPEAKER_KEYS[key])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.navigate.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class TurnsEditor(QWidget):
    """The turns table and the line editor under it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TurnsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.clicked.connect(lambda index: self.edit_row(index.row()))
        self.speaker_label = QLabel(self)
        self.line = TurnLine(self)
        self.line.setPlaceholderText(
            self.tr("Type what is said, Enter for the next turn; Ctrl+1..4 picks the speaker")
        )
        self.line.speaker_key.connect(self.set_speaker)
        self.line.commit.connect(self.commit)
        self.line.navigate.connect(self.navigate)
        self.line.textEdited.connect(lambda _t: self.changed.emit())
        self.hint = QLabel(
            self.tr(
                "Ctrl+1 mediator · Ctrl+2 applicant · Ctrl+3 respondent · Ctrl+4 other · "
                "Enter next turn · Up/Down correct a turn"
            ),
            self,
        )
        self.hint.setStyleSheet("QLabel { color: #555; }")
        row = QHBoxLayout()
        row.addWidget(self.speaker_label)
        row.addWidget(self.line, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.editing: int | None = None
        """The row being corrected, or None for a new turn."""
        self.pending = ""
        """The new turn's text while another turn is being corrected."""
        self.speaker = Speaker.MEDIATOR
        self._show_speaker()

    # -- state ------------------------------------------------------------------------------

    def turns(self) -> list[Turn]:
        return list(self.model.items)

    def set_turns(self, turns: list[Turn]) -> None:
        self.model.set_items(turns)
        self.editing = None
        self.pending = ""
        self.line.clear()
        self.speaker = next_speaker(turns)
        self._show_speaker()
        self.view.scrollToBottom()

    def record(self) -> list[Turn]:
        """All turns including the one being typed (what a save writes)."""
        turns = self.turns()
        text = self.line.text().strip()
        if self.editing is not None:
            edited = replace(turns[self.editing], speaker=self.speaker, text=text)
            turns[self.editing] = edited
            if self.pending.strip():
                turns.append(Turn(next_speaker(turns), self.pending.strip()))
            return [t for t in turns if t.text]
        if text:
            turns.append(Turn(self.speaker, text))
        return turns

    # -- keys -------------------------------------------------------------------------------

    def set_speaker(self, speaker: Speaker) -> None:
        self.speaker = speaker
        self._show_speaker()
        self.changed.emit()

    def _show_speaker(self) -> None:
        color = _SPEAKER_COLORS[self.speaker]
        self.speaker_label.setText(self.speaker.label + "：")
        self.speaker_label.setStyleSheet(f"QLabel {{ color: {color}; font-weight: bold; }}")

    def commit(self) -> None:
        text = self.line.text().strip()
        turns = self.turns()
        if self.editing is not None:
            if text:
                turns[self.editing] = replace(turns[self.editing], speaker=self.speaker, text=text)
            else:
                del turns[self.editing]
            self.model.set_items(turns)
            self._back_to_new()
        elif text:
            turns.append(Turn(self.speaker, text))
            self.model.set_items(turns)
            self.line.clear()
            self.speaker = next_speaker(turns)
            self._show_speaker()
        self.view.scrollToBottom()
        self.changed.emit()

    def navigate(self, step: int) -> None:
        count = self.model.rowCount()
        if self.editing is None:
            if step < 0 and count:
                self.pending = self.line.text()
                self.edit_row(count - 1)
            return
        self._store_edit()
        target = self.editing + step
        if target >= count:
            self._back_to_new()
        elif target >= 0:
            self.edit_row(target)

    def edit_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        if self.editing is None:
            self.pending = self.line.text()
        else:
            self._store_edit()
        self.editing = row
        turn = self.model.items[row]
        self.speaker = turn.speaker
        self._show_speaker()
        self.line.setText(turn.text)
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        self.line.setFocus()

    def _store_edit(self) -> None:
        """Keep a corrected (non-empty) text when moving on without Enter."""
        if self.editing is None:
            return
        text = self.line.text().strip()
        if text:
            turns = self.turns()
            turns[self.editing] = replace(turns[self.editing], speaker=self.speaker, text=text)
            self.model.items[self.editing] = turns[self.editing]
            top = self.model.index(self.editing, 0)
            self.model.dataChanged.emit(top, self.model.index(self.editing, 1))

    def _back_to_new(self) -> None:
        self.editing = None
        self.view.clearSelection()
        self.line.setText(self.pending)
        self.pending = ""
        self.speaker = next_speaker(self.turns())
        self._show_speaker()


class SessionEditor(QDialog):
    """One session record; a draft is saved a second after each change and on close."""

    saved = Signal(object)  # SessionInfo
    finished_record = Signal(object)  # SessionInfo

    def __init__(self, ops: Ops, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.info = info
        self.case_version = info.case_version
        self._dirty = False
        self._loading = True
        self.setWindowTitle(self.tr("Session record no. {seq}").format(seq=info.seq))
        self.resize(1100, 700)  # fits 1366×768 with the title bar and a panel
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        self._build()
        self.load(info.data)
        self._loading = False
        self._set_read_only(not info.draft)
        self.turns.line.setFocus()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_now)

    # -- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        users = self.ops.read(self, lambda s: s.users(active_only=True)) or []
        people = [(u.name, u.id) for u in users]
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.starts_at = self._time_edit()
        self.ends_at = self._time_edit()
        self.place = QLineEdit(self)
        self.form = ChoiceCombo(enum_choices(SessionForm), self)
        self.lead = ChoiceCombo([("", None), *people], self)
        self.recorder = ChoiceCombo([("", None), *people], self)
        detail = self.ops.read(self, lambda s: s.get_case(self.info.case_id))
        self.attendees = AttendeesEditor(case_attendees(detail), self)
        self.rights = QCheckBox(self.tr("Rights and duties explained"), self)
        self.recusal = QCheckBox(self.tr("Asked about recusal"), self)
        self.identities = QCheckBox(self.tr("Identities checked"), self)
        self.turns = TurnsEditor(self)
        self.evidence = QPlainTextEdit(self)
        self.proposal = QPlainTextEdit(self)
        for edit in (self.evidence, self.proposal):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
        self.outcome = ChoiceCombo(enum_choices(SessionOutcome, blank=""), self)
        self.continue_on = QDateEdit(self)
        self.continue_on.setCalendarPopup(True)
        self.continue_on.setDisplayFormat("yyyy-MM-dd")
        self.status = QLabel(self)
        self.finish_button = QPushButton(self.tr("Finish record"), self)
        self.finish_button.clicked.connect(self.finish)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        self.finish_button.setAutoDefault(False)
        close.clicked.connect(self.close)
        self._lay_out(close)
        self._connect_changes()

    def _time_edit(self) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setDisplayFormat("HH:mm")
        edit.setMinimumTime(QTime(0, 0))
        edit.setSpecialValueText("--:--")
        return edit

    def _lay_out(self, close: QPushButton) -> None:
        grid = QGridLayout()
        fields: list[tuple[str, QWidget]] = [
            (self.tr("Date"), self.held_on),
            (self.tr("Starts"), self.starts_at),
            (self.tr("Ends"), self.ends_at),
            (self.tr("Form"), self.form),
            (self.tr("Place"), self.place),
            (self.tr("Mediator in charge"), self.lead),
            (self.tr("Recorder"), self.recorder),
        ]
        for position, (text, widget) in enumerate(fields):
            grid.addWidget(QLabel(text, self), position // 4, 2 * (position % 4))
            grid.addWidget(widget, position // 4, 2 * (position % 4) + 1)
        attended = QLabel(self.tr("Attended"), self)
        attended.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(attended, 2, 0)
        grid.addWidget(self.attendees, 2, 1, 1, 7)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)
        checks = QHBoxLayout()
        for box in (self.rights, self.recusal, self.identities):
            checks.addWidget(box)
        checks.addStretch(1)
        lower = QFormLayout()
        lower.addRow(self.tr("Evidence shown"), self.evidence)
        lower.addRow(self.tr("Mediator's proposal"), self.proposal)
        outcome = QHBoxLayout()
        outcome.addWidget(self.outcome)
        outcome.addWidget(QLabel(self.tr("Continue on"), self))
        outcome.addWidget(self.continue_on)
        outcome.addStretch(1)
        lower.addRow(self.tr("Outcome"), outcome)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(checks)
        layout.addWidget(self.turns, 1)
        layout.addLayout(lower)
        layout.addLayout(buttons)

    def _connect_changes(self) -> None:
        for edit in (self.held_on, self.continue_on):
            edit.dateChanged.connect(self._changed)
        for clock in (self.starts_at, self.ends_at):
            clock.timeChanged.connect(self._changed)
        self.place.textEdited.connect(self._changed)
        self.attendees.changed.connect(self._changed)
        for combo in (self.attendees.side, self.attendees.kind):
            combo.currentIndexChanged.connect(self._changed)
        self.attendees.note.textEdited.connect(self._changed)
        for combo in (self.form, self.lead, self.recorder, self.outcome):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.rights, self.recusal, self.identities):
            box.toggled.connect(self._changed)
        for text in (self.evidence, self.proposal):
            text.textChanged.connect(self._changed)
        self.turns.changed.connect(self._changed)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)

    # -- data -------------------------------------------------------------------------------

    def load(self, data: SessionData) -> None:
        self.held_on.setDate(to_qdate(data.held_on))
        self._set_time(self.starts_at, data.starts_at)
        self._set_time(self.ends_at, data.ends_at)
        self.place.setText(data.place)
        self.form.set_value(data.form)
        roles = {s.role: s.user_id for s in data.staff}
        self.lead.set_value(roles.get(MediatorRole.LEAD))
        self.recorder.set_value(roles.get(MediatorRole.RECORDER))
        self._assistants = [s for s in data.staff if s.role is MediatorRole.ASSISTANT]
        self.attendees.set_attendees(list(data.attendees))
        self.rights.setChecked(data.rights_explained)
        self.recusal.setChecked(data.recusal_asked)
        self.identities.setChecked(data.identities_checked)
        self.turns.set_turns(list(data.turns))
        self.evidence.setPlainText(data.evidence)
        self.proposal.setPlainText(data.proposal)
        self.outcome.set_value(data.outcome)
        self.continue_on.setDate(to_qdate(data.continue_on or data.held_on))
        self._outcome_changed()

    @staticmethod
    def _set_time(edit: QTimeEdit, value: time | None) -> None:
        edit.setTime(QTime(value.hour, value.minute) if value else QTime(0, 0))

    @staticmethod
    def _time(edit: QTimeEdit) -> time | None:
        value = edit.time()
        if value == edit.minimumTime():
            return None
        return time(value.hour(), value.minute())

    def data(self) -> SessionData:
        staff = list(self._assistants)
        lead, recorder = self.lead.value(), self.recorder.value()
        if lead is not None:
            staff.insert(0, StaffEntry(lead, MediatorRole.LEAD))
        if recorder is not None:
            staff.append(StaffEntry(recorder, MediatorRole.RECORDER))
        outcome = self.outcome.value()
        continuing = outcome is SessionOutcome.CONTINUE
        return SessionData(
            held_on=from_qdate(self.held_on.date()),
            form=self.form.value(),
            starts_at=self._time(self.starts_at),
            ends_at=self._time(self.ends_at),
            place=self.place.text().strip(),
            staff=tuple(staff),
            attendees=tuple(self.attendees.record()),
            rights_explained=self.rights.isChecked(),
            recusal_asked=self.recusal.isChecked(),
            identities_checked=self.identities.isChecked(),
            turns=tuple(self.turns.record()),
            evidence=self.evidence.toPlainText().strip(),
            proposal=self.proposal.toPlainText().strip(),
            outcome=outcome,
            continue_on=from_qdate(self.continue_on.date()) if continuing else None,
        )

    # -- saving -----------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self._loading or not self.info.draft:
            return
        self._dirty = True
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Unsaved changes…"))
        self.timer.start()

    def _outcome_changed(self, *_args: object) -> None:
        self.continue_on.setEnabled(self.outcome.value() is SessionOutcome.CONTINUE)

    def save_now(self) -> bool:
        """Write the draft now; False when it could not be saved (shown in the status line)."""
        self.timer.stop()
        if not self._dirty or not self.info.draft:
            return True
        data = self.data()
        try:
            info = self.ops.run(
                self,
                lambda _s: self.ops.workflow.save_session_draft(self.info.id, data),
                passthrough=(ValidationFailed,),
            )
        except ValidationFailed as exc:
            self.status.setStyleSheet(f"QLabel {{ color: {ERROR_COLOR}; }}")
            self.status.setText("；".join(i.message for i in exc.issues))
            return False
        if info is None:
            return False
        self.info = info
        self.case_version = info.case_version
        self._dirty = False
        stamp = info.draft_saved_at
        when = f"{stamp:%H:%M:%S}" if stamp else ""
        self.status.setStyleSheet("QLabel { color: #2e7d32; }")
        self.status.setText(self.tr("Draft saved {time}").format(time=when))
        self.saved.emit(info)
        return True

    def finish(self) -> None:
        if not self.save_now():
            return
        data = self.data()
        info = self.ops.run(
            self,
            lambda _s: self.ops.workflow.finish_session(self.info.id, self.case_version, data),
            Changes(cases=True, case_id=self.info.case_id),
        )
        if info is None:
            return
        self.info = info
        self._set_read_only(True)
        self.status.setStyleSheet("QLabel { color: #2e7d32; }")
        self.status.setText(self.tr("Record finished"))
        self.finished_record.emit(info)

    def _set_read_only(self, read_only: bool) -> None:
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QDateEdit, QTimeEdit, ChoiceCombo, QCheckBox)):
                widget.setEnabled(not read_only)
            elif isinstance(widget, QPlainTextEdit):
                widget.setReadOnly(read_only)
        for button in (
            self.attendees.add_button,
            self.attendees.remove_button,
            self.attendees.parties_button,
        ):
            button.setEnabled(not read_only and button is not self.attendees.parties_button)
        self.attendees.parties_button.setEnabled(not read_only and bool(self.attendees.known))
        self.finish_button.setEnabled(not read_only)
        if not read_only:
            self._outcome_changed()
        if read_only:
            self.status.setText(self.tr("Record finished"))

    def done(self, result: int) -> None:
        self.save_now()
        if self.info.draft:
            self.ops.changed.emit(Changes(cases=True, case_id=self.info.case_id))
        super().done(result)
