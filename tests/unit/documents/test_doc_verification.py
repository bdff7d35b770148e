"""Recording documents, signed copies, scans, and checking a PDF against the file."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from mediator.documents.context import Sources
from mediator.documents.generate import generate
from mediator.documents.kinds import DocumentKind
from mediator.documents.verification import find_codes, verify_pdf
from mediator.domain.errors import MediatorError, ValidationFailed
from mediator.persistence import orm
from mediator.persistence.document_services import (
    CODE_ALPHABET,
    Verdict,
    format_code,
    new_code,
    normalize_code,
    sha256_of,
)
from tests.conftest import NOW
from tests.unit.documents.conftest import CaseMaker


def test_codes() -> None:
    code = new_code()
    assert len(code) == 8 and set(code) <= set(CODE_ALPHABET)
    assert normalize_code(format_code("AB0D1EFG").lower()) == "AB0D1EFG"
    assert normalize_code("abod-iefg") == "AB0D1EFG"  # O and I read as 0 and 1


def test_generated_document_is_recorded_with_its_code(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.agreed()
    document = generate(sources, DocumentKind.AGREEMENT, ref.id)
    assert document.document is not None
    [info] = sources.documents.documents_of(ref.id)
    assert info.code == document.code and info.sha256 == sha256_of(document.pdf)
    assert info.operator == "李调解" and info.created_at == NOW and info.pages == document.pages
    assert info.title == "调解协议书" and not info.is_signed
    assert find_codes(document.pdf)[0] == document.code
    assert sources.documents.find_by_code(format_code(document.code)) == info


def test_signed_copy_verifies_and_an_edited_one_does_not(
    sources: Sources, cases: CaseMaker
) -> None:
    ref = cases.agreed()
    document = generate(sources, DocumentKind.AGREEMENT, ref.id)
    assert document.document is not None
    signed = sources.documents.mark_signed(document.document.id, document.pdf)
    assert signed.is_signed
    assert sources.documents.signed_pdf(signed.id) == document.pdf

    result = verify_pdf(sources.documents, document.pdf)
    assert result.verdict is Verdict.ON_FILE and result.ok
    assert "核对一致" in result.message and "已签署" in result.message

    edited = document.pdf.replace(b"/Producer", b"/Producex", 1)
    assert edited != document.pdf
    result = verify_pdf(sources.documents, edited)
    assert result.verdict is Verdict.ALTERED and not result.ok
    assert "被改动过" in result.message and format_code(document.code) in result.message

    appended = document.pdf + b"\n% an incremental update\n"
    assert verify_pdf(sources.documents, appended).verdict is Verdict.ALTERED

    assert verify_pdf(sources.documents, b"%PDF-1.4\n%%EOF").verdict is Verdict.UNKNOWN


def test_only_the_printed_bytes_can_be_marked_signed(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.agreed()
    document = generate(sources, DocumentKind.AGREEMENT, ref.id)
    assert document.document is not None
    with pytest.raises(MediatorError, match="不一致"):
        sources.documents.mark_signed(document.document.id, document.pdf + b" ")
    sources.documents.mark_signed(document.document.id, document.pdf)
    with pytest.raises(MediatorError, match="已于"):
        sources.documents.mark_signed(document.document.id, document.pdf)


def test_scans_attach_and_stay_out_of_the_history(sources: Sources, cases: CaseMaker) -> None:
    ref = cases.agreed()
    document = generate(sources, DocumentKind.AGREEMENT, ref.id)
    assert document.document is not None
    scan = sources.documents.attach_scan(
        document.document.id, "签字页.jpg", b"\xff\xd8" + b"x" * 100
    )
    assert scan.mime == "image/jpeg" and scan.size == 102 and scan.operator == "李调解"
    assert sources.documents.scan_bytes(scan.id).startswith(b"\xff\xd8")
    [info] = sources.documents.documents_of(ref.id)
    assert info.scans == (scan,)
    with pytest.raises(ValidationFailed, match="不是PDF或图片"):
        sources.documents.attach_scan(document.document.id, "说明.docx", b"data")
    sources.documents.mark_signed(document.document.id, document.pdf)
    with sources.services.db.read() as session:
        rows = [
            (r.entity, r.field, r.new_value, r.case_id)
            for r in session.scalars(
                select(orm.AuditEntry).where(
                    orm.AuditEntry.entity.in_(["document_scan", "generated_document"])
                )
            )
        ]
    assert {r[0] for r in rows} == {"document_scan", "generated_document"}
    created = json.loads(next(r[2] for r in rows if r[0] == "document_scan"))
    assert created["data"] == "102 bytes"
    assert next(r[2] for r in rows if r[1] == "pdf") == f"{len(document.pdf)} bytes"
    assert all(r[3] == ref.id for r in rows)


def test_migration_0003_round_trip(sources: Sources, cases: CaseMaker) -> None:
    from alembic import command

    from mediator.persistence.migrate import _alembic_config

    ref = cases.agreed()
    generate(sources, DocumentKind.AGREEMENT, ref.id)
    db = sources.services.db
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0002")
    with db.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "generated_documents" not in tables and "document_scans" not in tables
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    assert sources.documents.documents_of(ref.id) == []
    assert sources.services.get_case(ref.id).closed_on == date(2026, 11, 24)
