"""The 文书 tab: generate and record, mark signed, verify, scans, missing glyphs, settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mediator.documents.kinds import DocumentKind
from mediator.domain.enums import ApplicationForm, ClaimCategory
from mediator.domain.workflow_enums import TermKind
from mediator.gui.casedetail import CaseDetailDialog
from mediator.gui.casedocuments import PRINTED, DocumentsTab, ImageDialog
from mediator.gui.ops import Ops
from mediator.gui.prefs import Prefs
from mediator.gui.settingsdialog import SettingsDialog
from mediator.persistence.services import Services
from mediator.persistence.workflow import TermData
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import NOW, TODAY
from tests.gui.conftest import MessageBoxes
from tests.helpers.factories import collective_case

pytestmark = pytest.mark.gui


def _case(services: Services, names: dict[int, str] | None = None, oral: bool = False) -> int:
    data = collective_case(3, date(2026, 11, 10))
    if oral:
        data.application_form = ApplicationForm.ORAL
    for index, name in (names or {}).items():
        data.applicants[index].name = name
    ref = services.create_case(data)
    flow = WorkflowServices(services.db, lambda: TODAY, lambda: NOW)
    ref = flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=date(2026, 11, 10))
    term = TermData(
        TermKind.PAYMENT,
        payer="城南建设集团有限公司",
        payee=data.applicants[0].name,
        item=ClaimCategory.WAGES,
        amount=Decimal("64000"),
        due_on=date(2026, 12, 10),
    )
    flow.create_agreement(ref.id, ref.version, [term])
    return ref.id


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str, int]]:
    """PDFs the tab would open in the preview dialog (instead of a modal dialog)."""
    calls: list[tuple[bytes, str, int]] = []
    monkeypatch.setattr(
        DocumentsTab,
        "show_pdf",
        lambda self, pdf, title, copies=1: calls.append((pdf, title, copies)),
    )
    return calls


def _tab(qtbot: QtBot, ops: Ops, case_id: int) -> DocumentsTab:
    dialog = CaseDetailDialog(ops, case_id, lambda _d: None)
    qtbot.addWidget(dialog)
    tab = next(t for t in dialog.detail_tabs if isinstance(t, DocumentsTab))
    assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "文书"
    tab.detail_dialog = dialog  # type: ignore[attr-defined]  # keeps the dialog alive
    return tab


def _choose(tab: DocumentsTab, kind: DocumentKind) -> None:
    for row in range(tab.available.count()):
        if tab.available.item(row).text() == kind.label:
            tab.available.setCurrentRow(row)
            return
    raise AssertionError(f"{kind.label} not offered")


def _rows(tab: DocumentsTab) -> list[list[str]]:
    m = tab.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_lists_every_kind_and_the_agreement(qtbot: QtBot, ops: Ops, services: Services) -> None:
    tab = _tab(qtbot, ops, _case(services))
    labels = [tab.available.item(r).text() for r in range(tab.available.count())]
    assert "调解协议书" in labels and "受理通知书" in labels and "卷宗封面及卷内目录" in labels
    assert "调解笔录" not in " ".join(labels)  # no session yet
    assert labels[0] == "调解申请书"
    assert tab.model.rowCount() == 0


def test_an_oral_application_prints_as_its_record(
    qtbot: QtBot, ops: Ops, services: Services
) -> None:
    tab = _tab(qtbot, ops, _case(services, oral=True))
    assert tab.available.item(0).text() == "口头申请笔录"


def test_generating_records_and_lists_it(
    qtbot: QtBot, qtmodeltester: Any, ops: Ops, services: Services, shown: list[Any]
) -> None:
    case_id = _case(services)
    tab = _tab(qtbot, ops, case_id)
    _choose(tab, DocumentKind.AGREEMENT)
    tab.preview_button.click()
    [(pdf, title, copies)] = shown
    assert title == "调解协议书" and copies == 6 and pdf.startswith(b"%PDF")
    [row] = _rows(tab)
    assert row[1] == "李调解" and row[2] == "调解协议书" and row[5] == "未签署"
    [recorded] = tab.sources.documents.documents_of(case_id)
    assert row[4] == f"{recorded.code[:4]}-{recorded.code[4:]}"
    _choose(tab, DocumentKind.ACCEPTANCE)
    tab.preview()
    assert tab.model.rowCount() == 2
    qtmodeltester.check(tab.model)


def test_marking_signed_stores_the_printed_pdf_and_verifies(
    qtbot: QtBot, ops: Ops, services: Services, shown: list[Any], boxes: MessageBoxes
) -> None:
    tab = _tab(qtbot, ops, _case(services))
    _choose(tab, DocumentKind.AGREEMENT)
    tab.preview()
    pdf = shown[0][0]
    document = tab.selected_document()
    assert document is not None and tab.sign_button.isEnabled()
    boxes.answers = [QMessageBox.StandardButton.Yes]
    tab.sign_button.click()
    assert "原样存档" in boxes.texts("question")[0]
    assert tab.sources.documents.signed_pdf(document.id) == pdf
    assert _rows(tab)[0][5].startswith("已签署")
    assert not tab.sign_button.isEnabled()
    assert tab.show_verification(pdf).ok  # type: ignore[union-attr]
    assert "核对一致" in boxes.texts("information")[-1]
    edited = pdf.replace(b"64,000.00", b"94,000.00") if b"64,000.00" in pdf else pdf + b"\n%x"
    result = tab.show_verification(edited)
    assert result is not None and not result.ok
    assert "改动" in boxes.texts("warning")[-1]


def test_sign_unconfirmed_changes_nothing(
    qtbot: QtBot, ops: Ops, services: Services, shown: list[Any], boxes: MessageBoxes
) -> None:
    tab = _tab(qtbot, ops, _case(services))
    _choose(tab, DocumentKind.AGREEMENT)
    tab.preview()
    document = tab.selected_document()
    assert document is not None
    boxes.answers = [QMessageBox.StandardButton.No]
    tab.mark_signed()
    assert tab.sources.documents.signed_pdf(document.id) is None


def test_signing_after_restart_asks_for_the_saved_file(
    qtbot: QtBot,
    ops: Ops,
    services: Services,
    shown: list[Any],
    boxes: MessageBoxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = _tab(qtbot, ops, _case(services))
    _choose(tab, DocumentKind.AGREEMENT)
    tab.preview()
    document = tab.selected_document()
    assert document is not None
    saved = tmp_path / "协议书.pdf"
    saved.write_bytes(PRINTED.pop(document.id))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    boxes.answers = [QMessageBox.StandardButton.Yes]
    tab.mark_signed()
    assert tab.sources.documents.signed_pdf(document.id) == saved.read_bytes()


def _png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def test_attaching_a_scan_lists_it_and_shows_it(
    qtbot: QtBot,
    ops: Ops,
    services: Services,
    shown: list[Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = _tab(qtbot, ops, _case(services))
    _choose(tab, DocumentKind.AGREEMENT)
    tab.preview()
    scan = tmp_path / "协议书扫描.png"
    scan.write_bytes(_png())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    tab.scan_button.click()
    assert _rows(tab)[0][6] == "协议书扫描.png"
    assert tab.view_scan_button.isEnabled()
    opened: list[ImageDialog] = []

    def fake_exec(self: ImageDialog) -> int:
        opened.append(self)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ImageDialog, "exec", fake_exec)
    tab.view_scan()
    assert opened and opened[0].image.pixmap() is not None
    assert not opened[0].image.pixmap().isNull()


def test_missing_glyphs_show_the_message_and_record_nothing(
    qtbot: QtBot, ops: Ops, services: Services, shown: list[Any], boxes: MessageBoxes
) -> None:
    case_id = _case(services, {1: "张𰻞"})
    tab = _tab(qtbot, ops, case_id)
    _choose(tab, DocumentKind.AGREEMENT)
    tab.preview()
    assert shown == []
    [message] = boxes.texts("warning")
    assert "“𰻞”（U+30EDE）" in message and "没有生成PDF" in message
    assert tab.model.rowCount() == 0
    assert tab.sources.documents.documents_of(case_id) == []


def test_document_settings_are_saved(
    qtbot: QtBot, ops: Ops, services: Services, prefs: Prefs
) -> None:
    dialog = SettingsDialog(ops, prefs)
    qtbot.addWidget(dialog)
    tab = dialog.documents
    assert tab.sign_every_page.isChecked()
    tab.sign_every_page.setChecked(False)
    tab.roster_threshold.setValue(9)
    tab.date_style.set_value(True)
    tab.fonts.setPlainText("simfang.ttf\n\n simsun.ttc ")
    dialog.office.office_name.setText("城北街道劳动人事争议调解委员会")
    dialog.save()
    expected = replace(
        services.settings(),
        sign_every_page=False,
        roster_threshold=9,
        chinese_signature_date=True,
        pdf_fonts="simfang.ttf\nsimsun.ttc",
        office_name="城北街道劳动人事争议调解委员会",
    )
    assert services.settings() == expected
