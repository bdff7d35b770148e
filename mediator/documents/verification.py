"""Verification codes: printed in every footer, found again in a PDF to check it.

Each generated document gets a short code (8 characters of Crockford base32,
printed as ``ABCD-EFGH``); the record stores the SHA-256 of the bytes. To
check a PDF: the same bytes are the document on file; other bytes that still
carry a known code are an altered copy. The code is read from the PDF's
keywords (``MEDIATOR-VERIFY:<code>``, plain or inside compressed object
streams after a re-save) and, when pypdf is installed, from the footer text.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

from mediator.persistence.document_services import (
    CODE_ALPHABET,
    DocumentServices,
    Verification,
    format_code,
    normalize_code,
)

MARKER = "MEDIATOR-VERIFY:"
_MARKER_CODE = re.compile(rb"MEDIATOR-VERIFY:([0-9A-Z]{8})")
_FOOTER_CODE = re.compile(r"核验码[：:]\s*([0-9A-Za-z]{4}-?[0-9A-Za-z]{4})")
_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)
_MAX_STREAM = 2_000_000


def keywords_for(code: str) -> str:
    """The PDF keywords that carry the code (read back by ``find_codes``)."""
    return f"{MARKER}{code}"


def printed(code: str) -> str:
    return format_code(code)


def _inflated(pdf: bytes) -> Iterator[bytes]:
    yield pdf
    for match in _STREAM.finditer(pdf):
        data = match.group(1)
        if len(data) > _MAX_STREAM:
            continue
        try:
            yield zlib.decompressobj().decompress(data)
        except zlib.error:
            continue


def _text_codes(pdf: bytes) -> list[str]:
    try:
        import io

        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf ships with the test extras
        return []
    try:
        reader = PdfReader(io.BytesIO(pdf))
        text = "\n".join((page.extract_text() or "") for page in reader.pages[:50])
    except Exception:  # a damaged PDF simply yields no codes
        return []
    return [normalize_code(m) for m in _FOOTER_CODE.findall(text)]


def find_codes(pdf: bytes) -> list[str]:
    """Verification codes found in a PDF, most reliable first, without repeats."""
    found: dict[str, None] = {}
    for chunk in _inflated(pdf):
        for match in _MARKER_CODE.findall(chunk):
            found.setdefault(match.decode("ascii"), None)
    for code in _text_codes(pdf):
        if len(code) == 8 and all(c in CODE_ALPHABET for c in code):
            found.setdefault(code, None)
    return list(found)


def verify_pdf(documents: DocumentServices, pdf: bytes) -> Verification:
    """Is this PDF the one on file? (byte-identical, altered, or unknown)."""
    return documents.verify_bytes(pdf, find_codes(pdf))
