"""The document preview: pages shown, printed on white with copies preset, saved, verified."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from mediator.documents.context import Sources
from mediator.documents.generate import GeneratedPdf, generate
from mediator.documents.kinds import DocumentKind
from mediator.documents.verification import verify_pdf
from mediator.domain.enums import ClaimCategory
from mediator.domain.workflow_enums import TermKind
from mediator.gui.documentview import DocumentDialog, on_white
from mediator.persistence.services import Services
from mediator.persistence.workflow import TermData
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import NOW, TODAY
from tests.gui.conftest import MessageBoxes
from tests.helpers.factories import collective_case


@pytest.fixture
def agreement(services: Services) -> tuple[Sources, GeneratedPdf]:
    flow = WorkflowServices(services.db, lambda: TODAY, lambda: NOW)
    ref = services.create_case(collective_case(3, date(2026, 11, 10)))
    ref = flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=date(2026, 11, 10))
    term = TermData(
        TermKind.PAYMENT,
        payer="城南建设集团有限公司",
        payee="吉𠮷",
        item=ClaimCategory.WAGES,
        amount=Decimal("64000"),
        due_on=date(2026, 12, 10),
    )
    flow.create_agreement(ref.id, ref.version, [term])
    sources = Sources.of(services.db, lambda: TODAY, lambda: NOW)
    return sources, generate(sources, DocumentKind.AGREEMENT, ref.id)


def _dialog(qtbot: Any, sources: Sources, document: GeneratedPdf) -> DocumentDialog:
    dialog = DocumentDialog(
        document.pdf,
        document.title,
        copies=document.copies,
        verifier=lambda data: verify_pdf(sources.documents, data),
    )
    qtbot.addWidget(dialog)
    return dialog


def test_shows_all_pages_and_chinese_buttons(
    qtbot: Any, agreement: tuple[Sources, GeneratedPdf]
) -> None:
    sources, document = agreement
    dialog = _dialog(qtbot, sources, document)
    assert dialog.page_count == document.pages >= 2
    assert dialog.view.pageMode() == dialog.view.PageMode.MultiPage
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
    texts = {b.text() for b in dialog.buttons.buttons()}
    assert {"打印…", "另存为…", "核对…", "关闭"} <= texts


def test_print_dialog_opens_with_copies_preset(
    qtbot: Any, agreement: tuple[Sources, GeneratedPdf], monkeypatch: pytest.MonkeyPatch
) -> None:
    sources, document = agreement
    assert document.copies == 6  # 3 workers + 2 employers + the committee
    seen: list[int] = []

    def fake_exec(self: QPrintDialog) -> int:
        seen.append(self.printer().copyCount())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    _dialog(qtbot, sources, document).print_document()
    assert seen == [6]


def test_printing_paints_every_page_on_white(
    qtbot: Any, agreement: tuple[Sources, GeneratedPdf], tmp_path: Path
) -> None:
    sources, document = agreement
    dialog = _dialog(qtbot, sources, document)
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)
    printer.setCopyCount(1)
    assert dialog.print_to(printer)
    printed = PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes()))
    assert len(printed.pages) == document.pages
    page = on_white(dialog.document.render(0, QSize(120, 170)))
    assert page.format() == QImage.Format.Format_RGB32
    assert page.pixelColor(2, 2).name() == "#ffffff"  # a margin: white, not black


def test_save_as_writes_the_exact_bytes(
    qtbot: Any,
    agreement: tuple[Sources, GeneratedPdf],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sources, document = agreement
    target = tmp_path / "协议书.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    _dialog(qtbot, sources, document).save_as()
    assert target.read_bytes() == document.pdf


def test_verify_says_on_file_or_altered(
    qtbot: Any,
    agreement: tuple[Sources, GeneratedPdf],
    boxes: MessageBoxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sources, document = agreement
    dialog = _dialog(qtbot, sources, document)
    edited = tmp_path / "edited.pdf"
    edited.write_bytes(document.pdf.replace(b"/Producer", b"/Producex", 1))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(edited), ""))
    )
    dialog.verify_file()
    assert "被改动过" in boxes.texts("warning")[-1]
    result = dialog.show_verification(document.pdf)
    assert result is not None and result.ok
    assert "核对一致" in boxes.texts("information")[-1]
