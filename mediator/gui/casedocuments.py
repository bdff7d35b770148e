"""The 文书 tab of the case detail: generate, preview, print, sign, scan, verify.

The left list holds the documents the case can print (every kind; one
session record per session; the agreement only once there is one). Each
generation is recorded with its verification code and appears in the table
of generated documents on the right. Only the SHA-256 of an unsigned
document is kept, so the PDFs made in this run are remembered in memory
(``PRINTED``): marking an agreement as signed stores exactly those bytes, or
the PDF file the user saved and printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCursor, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediator.documents.context import Sources
from mediator.documents.generate import GeneratedPdf, generate
from mediator.documents.kinds import PACKET_ONLY, DocumentKind
from mediator.documents.packet import Packet, build_packet, part_file_name
from mediator.documents.route_context import arbitration_committee, latest_addressee
from mediator.documents.verification import verify_pdf
from mediator.domain.errors import MediatorError
from mediator.domain.routes import RouteKind
from mediator.gui.casedetail import DETAIL_TABS, CaseView, DetailTab
from mediator.gui.documentview import DocumentDialog, fit_to_screen
from mediator.gui.listmodel import ListModel
from mediator.gui.ops import Ops
from mediator.gui.widgets import list_table
from mediator.persistence.document_services import (
    DocumentInfo,
    ScanInfo,
    Verification,
    format_code,
)

T = TypeVar("T")

PRINTED: dict[int, bytes] = {}
"""The PDFs generated in this run, by document id (what was printed, for 标记为已签署)."""
_PRINTED_LIMIT = 200
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')
SCAN_SUFFIXES = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp"


def remember(document: GeneratedPdf) -> None:
    if document.document is None:
        return
    PRINTED[document.document.id] = document.pdf
    while len(PRINTED) > _PRINTED_LIMIT:
        PRINTED.pop(next(iter(PRINTED)))


def file_name(case_number: str, title: str) -> str:
    """ "城南劳调字〔2026〕第15号_调解协议书.pdf" without characters file systems refuse."""
    return _UNSAFE.sub("_", f"{case_number}_{title}") + ".pdf"


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while fonts load and pages are laid out."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


@dataclass(frozen=True)
class Printable:
    """One entry of the list of documents the case can print."""

    kind: DocumentKind
    label: str
    session_seq: int | None = None


_NEED_SIGNED = frozenset(
    {
        DocumentKind.JUDICIAL_CONFIRMATION,
        DocumentKind.ARBITRAL_REVIEW,
        DocumentKind.PAYMENT_ORDER_GUIDE,
    }
)
"""Offered once the agreement is signed (they make it enforceable)."""


def printables(sources: Sources, case_id: int, oral: bool = False) -> list[Printable]:
    """Every kind; a session record per session; the agreement only when there is one.

    The 移送函 is made with the arbitration packet only (it cites the packet's pages).
    """
    found: list[Printable] = []
    agreement = sources.workflow.agreement_of(case_id)
    signed = agreement is not None and agreement.signed_on is not None
    for kind in DocumentKind:
        if kind in PACKET_ONLY or (kind in _NEED_SIGNED and not signed):
            continue
        if kind is DocumentKind.APPLICATION and oral:
            found.append(Printable(kind, "口头申请笔录"))
        elif kind is DocumentKind.SESSION_RECORD:
            for s in sources.workflow.sessions_of(case_id):
                found.append(Printable(kind, f"{kind.label}（第{s.seq}次）", s.seq))
        elif kind is DocumentKind.AGREEMENT:
            if agreement is not None:
                found.append(Printable(kind, kind.label))
        else:
            found.append(Printable(kind, kind.label))
    return found


class DocumentsModel(ListModel):
    """The documents generated for one case, oldest first."""

    show_tooltips = True

    def headers(self) -> list[str]:
        return [
            self.tr("Generated"),
            self.tr("Operator"),
            self.tr("Document"),
            self.tr("Pages"),
            self.tr("Verification code"),
            self.tr("Signed"),
            self.tr("Scans"),
        ]

    def cells(self, item: DocumentInfo) -> list[str]:
        return [
            f"{item.created_at:%Y-%m-%d %H:%M}",
            item.operator,
            item.title,
            str(item.pages),
            format_code(item.code),
            self._signed(item),
            "、".join(s.filename for s in item.scans),
        ]

    def _signed(self, item: DocumentInfo) -> str:
        if item.signed_at is not None:
            return self.tr("Signed {date}").replace("{date}", f"{item.signed_at:%Y-%m-%d}")
        if item.kind == DocumentKind.AGREEMENT.value:
            return self.tr("Not signed")
        return ""

    def document(self, row: int) -> DocumentInfo | None:
        return self.items[row] if 0 <= row < len(self.items) else None


class ImageDialog(QDialog):
    """Shows a scanned image, scaled to the window width."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(fit_to_screen(QSize(820, 960), parent))
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if pixmap.isNull():
            self.image.setText(self.tr("This image cannot be shown."))
        else:
            self.image.setPixmap(
                pixmap.scaledToWidth(780, Qt.TransformationMode.SmoothTransformation)
            )
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)


class DocumentsTab(DetailTab):
    """Lists what can be printed and what was; the document actions."""

    order = 60

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        services = self.ops.services
        self.sources = Sources.of(services.db, services.today, services.now)
        self.case_id: int | None = None
        self.case_number = ""
        self.oral = False
        self.available = QListWidget(self)
        self.available.itemDoubleClicked.connect(lambda _item: self.preview())
        self.model = DocumentsModel(self)
        self.view = self._table()
        self.preview_button = self._button(self.tr("Preview / print…"), self.preview)
        self.save_button = self._button(self.tr("Save as…"), self.save_as)
        self.open_button = self._button(self.tr("Open…"), self.open_document)
        self.sign_button = self._button(self.tr("Mark as signed…"), self.mark_signed)
        self.scan_button = self._button(self.tr("Attach scan…"), self.attach_scan)
        self.view_scan_button = self._button(self.tr("View scan…"), self.view_scan)
        self.verify_button = self._button(self.tr("Verify a PDF…"), self.verify_file)
        self.packet_button = self._button(self.tr("Referral to arbitration…"), self.make_packet)
        self.packet_button.setToolTip(
            self.tr(
                "The arbitration packet: cover letter, applications, certificate or agreement,"
                " evidence list and session records in one PDF with page numbers, plus each"
                " part as its own file."
            )
        )
        self._lay_out()
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.available.currentRowChanged.connect(lambda _r: self._update_buttons())
        self._update_buttons()

    def _table(self) -> QTableView:
        view = list_table(self.model, self, fit_columns=False)
        for column, width in enumerate((122, 60, 150, 40, 90, 100)):
            view.setColumnWidth(column, width)
        view.doubleClicked.connect(lambda _i: self.open_document())
        return view

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        left = QGroupBox(self.tr("Documents of this case"), self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.available, 1)
        for button in (self.preview_button, self.save_button, self.packet_button):
            left_layout.addWidget(button)
        right = QGroupBox(self.tr("Generated documents"), self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        for button in (self.open_button, self.sign_button, self.scan_button, self.view_scan_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.verify_button)
        right_layout.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addWidget(left, 1)
        layout.addWidget(right, 3)

    def title(self) -> str:
        return self.tr("Documents")

    # -- showing ----------------------------------------------------------------------------

    def show_case(self, case: CaseView) -> None:
        self.case_id = case.detail.id
        self.case_number = case.detail.number
        self.oral = case.detail.data.application_form.value == "oral"
        self.refresh()

    def refresh(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        current = self.available.currentRow()
        items = self._read(lambda: printables(self.sources, case_id, self.oral)) or []
        self.available.clear()
        for printable in items:
            item = QListWidgetItem(printable.label, self.available)
            item.setData(Qt.ItemDataRole.UserRole, printable)
        self.available.setCurrentRow(min(max(current, 0), len(items) - 1))
        documents = self._read(lambda: self.sources.documents.documents_of(case_id)) or []
        self.model.set_items(documents)
        self._update_buttons()

    def _read(self, call: Callable[[], T]) -> T | None:
        return self.ops.read(self, lambda _services: call())

    def selected_printable(self) -> Printable | None:
        item = self.available.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def selected_document(self) -> DocumentInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.document(rows[0].row()) if rows else None

    def select_document(self, document_id: int) -> None:
        for row, item in enumerate(self.model.items):
            if item.id == document_id:
                self.view.selectRow(row)

    def _update_buttons(self) -> None:
        printable = self.selected_printable() is not None
        self.preview_button.setEnabled(printable)
        self.save_button.setEnabled(printable)
        document = self.selected_document()
        self.open_button.setEnabled(document is not None)
        self.scan_button.setEnabled(document is not None)
        self.view_scan_button.setEnabled(bool(document and document.scans))
        self.sign_button.setEnabled(
            bool(
                document
                and document.kind == DocumentKind.AGREEMENT.value
                and not document.is_signed
            )
        )

    # -- generating -------------------------------------------------------------------------

    def generate_selected(self) -> GeneratedPdf | None:
        """Generate and record the selected document; None after showing why not."""
        printable = self.selected_printable()
        if printable is None or self.case_id is None:
            return None
        try:
            with busy():
                document = generate(
                    self.sources, printable.kind, self.case_id, session_seq=printable.session_seq
                )
        except MediatorError as error:  # MissingGlyphs lists the characters
            self.ops.show_error(self, error)
            return None
        remember(document)
        self.refresh()
        if document.document is not None:
            self.select_document(document.document.id)
        return document

    def preview(self) -> None:
        document = self.generate_selected()
        if document is not None:
            self.show_pdf(document.pdf, document.title, document.copies)

    def save_as(self) -> None:
        document = self.generate_selected()
        if document is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save document"),
            file_name(document.case_number, document.title),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self._write(Path(path), document.pdf)

    def _write(self, path: Path, data: bytes) -> None:
        try:
            path.write_bytes(data)
        except OSError as error:
            self._write_failed(error)

    def _write_failed(self, error: OSError) -> None:
        QMessageBox.warning(
            self,
            self.tr("Save document"),
            self.tr("The file could not be saved: {error}").replace(
                "{error}", error.strerror or str(error)
            ),
        )

    def show_pdf(self, pdf: bytes, title: str, copies: int = 1) -> None:
        dialog = DocumentDialog(
            pdf, title, copies, self.verify, file_name(self.case_number, title), self
        )
        dialog.exec()
        dialog.deleteLater()

    def verify(self, data: bytes) -> Verification:
        return verify_pdf(self.sources.documents, data)

    # -- the arbitration packet -------------------------------------------------------------

    def make_packet(self) -> Packet | None:
        """Generate the packet (with progress), preview it, then save it into a folder."""
        if self.case_id is None:
            return None
        case_id = self.case_id
        committee = self._committee(case_id)
        if committee is None:
            return None
        packet = self._build_packet(case_id, committee)
        if packet is None:
            return None
        for part in packet.parts:
            remember(part.document)
        if packet.document is not None:  # 查看… opens the merged packet too
            PRINTED[packet.document.id] = packet.pdf
        self.refresh()
        self.show_pdf(packet.pdf, self.tr("Referral to arbitration"))
        self.save_packet(packet)
        return packet

    def _committee(self, case_id: int) -> str | None:
        """The committee of the case's arbitration referral, else the one the user picks."""
        recorded = self._read(
            lambda: latest_addressee(self.sources, case_id, RouteKind.ARBITRATION)
        )
        if recorded is not None:
            return recorded.name
        suggested = self._read(lambda: arbitration_committee(self.sources, case_id))
        names = [c.name for c in self._read(self.sources.referrals.committees) or []]
        if suggested is not None and suggested.name in names:
            names.remove(suggested.name)
            names.insert(0, suggested.name)
        label = self.tr("Arbitration committee the packet is addressed to:")
        if suggested is not None:
            label += "\n" + self.tr("Suggested from the place of work: {name}").replace(
                "{name}", suggested.name
            )
        name, ok = QInputDialog.getItem(
            self, self.tr("Referral to arbitration"), label, names, 0, True
        )
        name = name.strip() if ok else ""
        return name or None

    def _build_packet(self, case_id: int, committee: str) -> Packet | None:
        progress = QProgressDialog(self.tr("Laying out the packet…"), "", 0, 1, self)
        progress.setWindowTitle(self.tr("Referral to arbitration"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def step(done: int, steps: int, what: str) -> None:
            progress.setMaximum(steps)
            progress.setValue(done)
            progress.setLabelText(self.tr("Laying out {part}…").replace("{part}", what))
            QApplication.processEvents()

        try:
            with busy():
                return build_packet(self.sources, case_id, committee, progress=step)
        except MediatorError as error:
            self.ops.show_error(self, error)
            return None
        finally:
            progress.close()
            progress.deleteLater()

    def save_packet(self, packet: Packet) -> Path | None:
        """The merged PDF and, in a sub-folder, each part; returns the merged file."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the referral packet")
        )
        if not folder:
            return None
        name = self.tr("Referral packet")
        merged = Path(folder) / file_name(packet.case_number, name)
        parts = Path(folder) / _UNSAFE.sub("_", f"{packet.case_number}_{name}_{self.tr('parts')}")
        try:
            parts.mkdir(exist_ok=True)
        except OSError as error:
            self._write_failed(error)
            return None
        self._write(merged, packet.pdf)
        for n, part in enumerate(packet.parts, start=1):
            self._write(parts / _UNSAFE.sub("_", part_file_name(n, part)), part.document.pdf)
        QMessageBox.information(
            self,
            self.tr("Referral to arbitration"),
            self.tr(
                "Saved the packet ({pages} pages) as {merged} and its {count} parts in {parts}."
            )
            .replace("{pages}", str(packet.pages))
            .replace("{merged}", str(merged))
            .replace("{count}", str(len(packet.parts)))
            .replace("{parts}", str(parts)),
        )
        return merged

    # -- generated documents ----------------------------------------------------------------

    def open_document(self) -> None:
        document = self.selected_document()
        if document is None:
            return
        pdf = self._stored_pdf(document)
        if pdf is None:
            QMessageBox.information(
                self,
                self.tr("Open document"),
                self.tr(
                    "Only the signed text of an agreement is kept on file; this PDF was made"
                    " before the program was last started. Generate the document again to"
                    " print it (it gets a new verification code)."
                ),
            )
            return
        self.show_pdf(pdf, document.title)

    def _stored_pdf(self, document: DocumentInfo) -> bytes | None:
        if document.is_signed:
            return self._read(lambda: self.sources.documents.signed_pdf(document.id))
        return PRINTED.get(document.id)

    def mark_signed(self) -> None:
        document = self.selected_document()
        if document is None or document.is_signed:
            return
        pdf = PRINTED.get(document.id) or self._choose_printed_pdf()
        if pdf is None or not self._confirm_signed(document):
            return
        done = self.ops.run(self, lambda _s: self.sources.documents.mark_signed(document.id, pdf))
        if done is not None:
            self.refresh()
            self.select_document(document.id)

    def _choose_printed_pdf(self) -> bytes | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the PDF that was printed and signed"),
            "",
            self.tr("PDF files (*.pdf)"),
        )
        return self._read_file(path) if path else None

    def _confirm_signed(self, document: DocumentInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Mark as signed"),
            self.tr(
                "Mark “{title}” (generated {time}, verification code {code}) as signed by the"
                " parties? The exact PDF that was printed is kept on file; it cannot be"
                " undone."
            )
            .replace("{title}", document.title)
            .replace("{time}", f"{document.created_at:%Y-%m-%d %H:%M}")
            .replace("{code}", format_code(document.code)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def attach_scan(self) -> None:
        document = self.selected_document()
        if document is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the scan of the signed paper"),
            "",
            self.tr("PDF or image files ({patterns})").replace("{patterns}", SCAN_SUFFIXES),
        )
        data = self._read_file(path) if path else None
        if data is None:
            return
        name = Path(path).name
        done = self.ops.run(
            self, lambda _s: self.sources.documents.attach_scan(document.id, name, data)
        )
        if done is not None:
            self.refresh()
            self.select_document(document.id)

    def view_scan(self) -> None:
        document = self.selected_document()
        scan = self._choose_scan(document) if document else None
        if scan is None:
            return
        data = self._read(lambda: self.sources.documents.scan_bytes(scan.id))
        if data is None:
            return
        if scan.mime == "application/pdf":
            self.show_pdf(data, scan.filename)
        else:
            dialog = ImageDialog(data, scan.filename, self)
            dialog.exec()
            dialog.deleteLater()

    def _choose_scan(self, document: DocumentInfo) -> ScanInfo | None:
        if len(document.scans) <= 1:
            return document.scans[0] if document.scans else None
        names = [f"{s.filename}（{s.added_at:%Y-%m-%d %H:%M}）" for s in document.scans]
        name, ok = QInputDialog.getItem(
            self, self.tr("View scan"), self.tr("Which scan?"), names, 0, False
        )
        return document.scans[names.index(name)] if ok else None

    def verify_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a PDF to verify"), "", self.tr("PDF files (*.pdf)")
        )
        data = self._read_file(path) if path else None
        if data is not None:
            self.show_verification(data)

    def show_verification(self, data: bytes) -> Verification | None:
        result = self._read(lambda: self.verify(data))
        if result is None:
            return None
        show = QMessageBox.information if result.ok else QMessageBox.warning
        show(self, self.tr("Verify"), result.message)
        return result

    def _read_file(self, path: str) -> bytes | None:
        try:
            return Path(path).read_bytes()
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Open file"),
                self.tr("The file could not be read: {error}").replace(
                    "{error}", error.strerror or str(error)
                ),
            )
            return None


if DocumentsTab not in DETAIL_TABS:
    DETAIL_TABS.append(DocumentsTab)
