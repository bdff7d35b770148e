"""Preview, print, save and verify a generated document (a PDF held in memory).

The PDF is shown with QtPdf (all pages, fit to width). Printing renders each
page with ``QPdfDocument.render`` and paints it onto a white image first
(toolchain.md 9.10: the rendered image is transparent ARGB and prints or
shows black otherwise); the print dialog opens with the number of copies
preset (parties + 1 for an agreement). The verify button checks a PDF file
chosen on disk against the documents on file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediator.persistence.document_services import Verification

Verifier = Callable[[bytes], Verification]

MAX_PRINT_DPI = 300
"""Pages are rendered at most at this resolution: enough for text, bounded memory."""


def on_white(image: QImage) -> QImage:
    """A transparent page image painted onto white (RGB32)."""
    white = QImage(image.size(), QImage.Format.Format_RGB32)
    white.fill(Qt.GlobalColor.white)
    painter = QPainter(white)
    painter.drawImage(0, 0, image)
    painter.end()
    return white


def fit_to_screen(size: QSize, widget: QWidget | None = None) -> QSize:
    """``size``, made smaller where the screen is (a 1366x768 laptop), frame included."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return size
    return size.boundedTo(screen.availableGeometry().size() - QSize(40, 80))


class DocumentDialog(QDialog):
    """Shows one document; prints it, saves it, and verifies PDFs against the file."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        copies: int = 1,
        verifier: Verifier | None = None,
        file_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.copies = max(1, copies)
        self._verifier = verifier
        self._file_name = file_name or f"{title}.pdf"
        self.setWindowTitle(title)
        self.resize(fit_to_screen(QSize(820, 960), parent))
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.print_button = self._add(self.tr("Print…"), self.print_document)
        self.save_button = self._add(self.tr("Save as…"), self.save_as)
        self.verify_button = self._add(self.tr("Verify…"), self.verify_file)
        self.verify_button.setEnabled(self._verifier is not None)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

    def _add(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    # -- printing ---------------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setCopyCount(self.copies)
        printer.setDocName(self.windowTitle())
        return printer

    def print_document(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").replace("{title}", self.windowTitle()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not self.print_to(printer):
            QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr("The printer could not be started. Nothing was printed."),
            )

    def print_to(self, printer: QPrinter) -> bool:
        """Paint every page onto ``printer``; False if it could not be opened."""
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            target = painter.viewport()
            for index in range(self.page_count):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                page = on_white(self.document.render(index, size))
                painter.drawImage(target, page)
        finally:
            painter.end()
        return True

    # -- saving and verifying ---------------------------------------------------------------

    def save_as(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save document"), self._file_name, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save document"),
                self.tr("The file could not be saved: {error}").replace(
                    "{error}", error.strerror or str(error)
                ),
            )

    def verify_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a PDF to verify"), "", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Verify"),
                self.tr("The file could not be read: {error}").replace(
                    "{error}", error.strerror or str(error)
                ),
            )
            return
        self.show_verification(data)

    def show_verification(self, data: bytes) -> Verification | None:
        """Check ``data`` against the documents on file and say the result."""
        if self._verifier is None:
            return None
        result = self._verifier(data)
        if result.ok:
            QMessageBox.information(self, self.tr("Verify"), result.message)
        else:
            QMessageBox.warning(self, self.tr("Verify"), result.message)
        return result
