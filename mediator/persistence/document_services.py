"""Use cases of the generated documents: record, mark signed, attach scans, verify.

Built like ``Services``: one transaction per method, frozen records back.
A document is recorded with the SHA-256 of its PDF and the verification
code printed in its footer. Marking an agreement as signed stores the exact
bytes that were printed; ``verify_bytes`` says whether a PDF is one on file,
or carries a known code but was changed.
"""

from __future__ import annotations

import hashlib
import mimetypes
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain.errors import Issue, MediatorError, NotFound, ValidationFailed
from mediator.persistence import orm
from mediator.persistence.usecases import UseCases

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford base32: no I, L, O, U, so a code read aloud or retyped is unambiguous."""
CODE_LENGTH = 8
MAX_SCAN_BYTES = 50 * 1024 * 1024

_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(text: str) -> str:
    """A code as typed ("abcd-efgh", "ABCD EFGH", O for 0) in its stored form."""
    cleaned = text.upper().replace("-", "").replace(" ", "").translate(_CROCKFORD_ALIASES)
    return cleaned


def format_code(code: str) -> str:
    """How a code is printed: "ABCD-EFGH"."""
    return f"{code[:4]}-{code[4:]}" if len(code) == CODE_LENGTH else code


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class ScanInfo:
    id: int
    document_id: int
    filename: str
    mime: str
    size: int
    added_at: datetime
    operator: str


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    case_id: int
    case_number: str
    kind: str
    title: str
    created_at: datetime
    operator: str
    sha256: str
    code: str
    pages: int
    signed_at: datetime | None
    scans: tuple[ScanInfo, ...] = ()

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None


class Verdict(StrEnum):
    ON_FILE = "on_file"
    ALTERED = "altered"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    message: str
    document: DocumentInfo | None = None

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.ON_FILE


def _scan_info(row: orm.DocumentScan) -> ScanInfo:
    return ScanInfo(
        row.id, row.document_id, row.filename, row.mime, len(row.data), row.added_at, row.operator
    )


def _info(session: Session, row: orm.GeneratedDocument) -> DocumentInfo:
    number = session.scalar(select(orm.Case.number).where(orm.Case.id == row.case_id)) or ""
    return DocumentInfo(
        id=row.id,
        case_id=row.case_id,
        case_number=number,
        kind=row.kind,
        title=row.title,
        created_at=row.created_at,
        operator=row.operator,
        sha256=row.sha256,
        code=row.code,
        pages=row.pages,
        signed_at=row.signed_at,
        scans=tuple(_scan_info(s) for s in row.scans),
    )


def _when(at: datetime) -> str:
    return f"{at.year}年{at.month}月{at.day}日 {at:%H:%M}"


class DocumentServices(UseCases):
    """The document use cases over one open database."""

    # -- recording ---------------------------------------------------------------------------

    def unused_code(self) -> str:
        """A fresh verification code no recorded document has."""
        with self.db.read() as session:
            for _ in range(20):
                code = new_code()
                taken = session.scalar(
                    select(orm.GeneratedDocument.id).where(orm.GeneratedDocument.code == code)
                )
                if taken is None:
                    return code
        raise MediatorError("无法生成新的核验码，请重试。")  # pragma: no cover - 2^40 codes

    def record_generated(
        self, case_id: int, kind: str, title: str, pdf: bytes, code: str, pages: int
    ) -> DocumentInfo:
        """Record a PDF made for a case: its fingerprint and its printed code."""
        with self.db.write() as session:
            if session.get(orm.Case, case_id) is None:
                raise NotFound("该案件不存在或已被删除。")
            row = orm.GeneratedDocument(
                case_id=case_id,
                kind=kind,
                title=title,
                created_at=self.now(),
                operator=self.db.operator.name,
                sha256=sha256_of(pdf),
                code=normalize_code(code),
                pages=pages,
            )
            session.add(row)
            session.flush()
            return _info(session, row)

    def mark_signed(self, document_id: int, pdf: bytes) -> DocumentInfo:
        """Keep the exact PDF that was printed and signed; refuses any other bytes."""
        with self.db.write() as session:
            row = self._load(session, document_id)
            if sha256_of(pdf) != row.sha256:
                raise MediatorError(
                    f"这份PDF与{_when(row.created_at)}生成的“{row.title}”不一致"
                    "（内容已被改动或不是同一份文件），不能登记为已签署的文本。"
                    "请使用当时生成并打印的那份PDF。"
                )
            if row.signed_at is not None:
                raise MediatorError(f"“{row.title}”已于{_when(row.signed_at)}登记为已签署。")
            row.pdf = pdf
            row.signed_at = self.now()
            session.flush()
            return _info(session, row)

    def attach_scan(self, document_id: int, filename: str, data: bytes, mime: str = "") -> ScanInfo:
        """Attach a scan of the signed paper (PDF or image) to a document."""
        mime = mime or mimetypes.guess_type(filename)[0] or ""
        issues = []
        if not data:
            issues.append(Issue("scan", f"文件“{filename}”是空的，未添加。"))
        elif len(data) > MAX_SCAN_BYTES:
            issues.append(Issue("scan", f"文件“{filename}”超过50MB，请降低扫描分辨率后再添加。"))
        if not (mime == "application/pdf" or mime.startswith("image/")):
            issues.append(
                Issue("scan", f"文件“{filename}”不是PDF或图片，扫描件请保存为PDF、JPG或PNG。")
            )
        if issues:
            raise ValidationFailed(issues)
        with self.db.write() as session:
            document = self._load(session, document_id)
            row = orm.DocumentScan(
                document_id=document.id,
                case_id=document.case_id,
                filename=filename,
                mime=mime,
                data=data,
                added_at=self.now(),
                operator=self.db.operator.name,
            )
            session.add(row)
            session.flush()
            return _scan_info(row)

    # -- reading -----------------------------------------------------------------------------

    def documents_of(self, case_id: int) -> list[DocumentInfo]:
        """The documents generated for a case, oldest first."""
        with self.db.read() as session:
            rows = session.scalars(
                select(orm.GeneratedDocument)
                .where(orm.GeneratedDocument.case_id == case_id)
                .order_by(orm.GeneratedDocument.created_at, orm.GeneratedDocument.id)
            )
            return [_info(session, r) for r in rows]

    def document(self, document_id: int) -> DocumentInfo:
        with self.db.read() as session:
            return _info(session, self._load(session, document_id))

    def signed_pdf(self, document_id: int) -> bytes | None:
        """The stored bytes of a signed document (None before it is marked signed)."""
        with self.db.read() as session:
            return self._load(session, document_id).pdf

    def scan_bytes(self, scan_id: int) -> bytes:
        with self.db.read() as session:
            row = session.get(orm.DocumentScan, scan_id)
            if row is None:
                raise NotFound("该扫描件不存在或已被删除。")
            return row.data

    def find_by_code(self, code: str) -> DocumentInfo | None:
        with self.db.read() as session:
            row = session.scalar(
                select(orm.GeneratedDocument).where(
                    orm.GeneratedDocument.code == normalize_code(code)
                )
            )
            return None if row is None else _info(session, row)

    def verify_bytes(self, pdf: bytes, codes: Sequence[str] = ()) -> Verification:
        """Is ``pdf`` byte for byte a document on file? ``codes``: codes read from its text."""
        digest = sha256_of(pdf)
        with self.db.read() as session:
            row = session.scalar(
                select(orm.GeneratedDocument)
                .where(orm.GeneratedDocument.sha256 == digest)
                .order_by(orm.GeneratedDocument.id)
            )
            if row is not None:
                return self._on_file(_info(session, row))
        for code in codes:
            known = self.find_by_code(code)
            if known is not None:
                return Verification(
                    Verdict.ALTERED,
                    f"这份PDF带有核验码{format_code(known.code)}，对应{known.case_number}"
                    f"的“{known.title}”（{_when(known.created_at)}生成），"
                    "但文件内容与存档的不一致：它在生成之后被改动过，不能作为存档文本使用。",
                    known,
                )
        return Verification(
            Verdict.UNKNOWN,
            "存档中没有这份PDF，也没有在其中找到本系统的核验码：它不是由本系统生成的文书，"
            "或者已被改动到无法识别。",
        )

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _on_file(info: DocumentInfo) -> Verification:
        signed = f"，已于{_when(info.signed_at)}登记为已签署文本" if info.signed_at else ""
        return Verification(
            Verdict.ON_FILE,
            f"核对一致：这份PDF就是{info.case_number}的“{info.title}”"
            f"（{_when(info.created_at)}由{info.operator or '系统'}生成，"
            f"核验码{format_code(info.code)}{signed}），与存档逐字节相同。",
            info,
        )

    @staticmethod
    def _load(session: Session, document_id: int) -> orm.GeneratedDocument:
        row = session.get(orm.GeneratedDocument, document_id)
        if row is None:
            raise NotFound("该文书记录不存在或已被删除。")
        return row
