"""The 文书 tab's referral documents and its 移送仲裁材料… action (issue 6)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from mediator.documents.context import Sources
from mediator.gui.casedetail import CaseDetailDialog
from mediator.gui.casedocuments import DocumentsTab
from mediator.gui.ops import Ops
from mediator.persistence.referrals import CommitteeData
from mediator.persistence.services import Services
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import NOW, TODAY
from tests.gui.conftest import MessageBoxes
from tests.unit.documents.conftest import CaseMaker, flat, pages_text

pytestmark = pytest.mark.gui
COMMITTEE = "城南区劳动人事争议仲裁委员会"


def _tab(qtbot: QtBot, ops: Ops, case_id: int) -> DocumentsTab:
    dialog = CaseDetailDialog(ops, case_id, lambda _d: None)
    qtbot.addWidget(dialog)
    tab = next(t for t in dialog.detail_tabs if isinstance(t, DocumentsTab))
    tab.detail_dialog = dialog  # type: ignore[attr-defined]  # keeps the dialog alive
    return tab


def _labels(tab: DocumentsTab) -> list[str]:
    return [tab.available.item(r).text() for r in range(tab.available.count())]


@pytest.fixture
def maker(services: Services) -> CaseMaker:
    return CaseMaker(services, WorkflowServices(services.db, lambda: TODAY, lambda: NOW))


def test_route_documents_are_offered_when_they_apply(
    qtbot: QtBot, ops: Ops, maker: CaseMaker
) -> None:
    failed = _labels(_tab(qtbot, ops, maker.failed().id))
    for label in (
        "仲裁申请书",
        "证据清单",
        "劳动保障监察投诉书",
        "法律援助转介函",
        "工会帮扶转介函",
    ):
        assert label in failed
    assert "移送函" not in failed  # only with the packet
    assert "司法确认申请书" not in failed  # no agreement
    agreed = _labels(_tab(qtbot, ops, maker.agreed().id))
    for label in ("司法确认申请书", "仲裁审查确认申请书", "支付令申请指引"):
        assert label in agreed


def test_packet_is_generated_previewed_and_saved(
    qtbot: QtBot,
    ops: Ops,
    services: Services,
    maker: CaseMaker,
    boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    ref = maker.failed()
    Sources.of(services.db).referrals.add_committee(CommitteeData(COMMITTEE, jurisdiction="建设路"))
    tab = _tab(qtbot, ops, ref.id)
    asked: list[tuple[str, list[str]]] = []

    def get_item(_p: Any, _t: str, label: str, items: list[str], *_a: Any) -> tuple[str, bool]:
        asked.append((label, items))
        return items[0], True

    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(tmp_path))
    )
    monkeypatch.setattr(
        DocumentsTab, "show_pdf", lambda self, pdf, title, copies=1: shown.append((pdf, title))
    )
    packet = tab.make_packet()
    assert packet is not None and packet.committee.name == COMMITTEE
    assert asked and COMMITTEE in asked[0][0] and asked[0][1] == [COMMITTEE]
    assert shown == [(packet.pdf, "移送仲裁材料")]
    merged = tmp_path / f"{ref.number}_移送仲裁材料.pdf"
    assert merged.read_bytes() == packet.pdf
    parts = sorted((tmp_path / f"{ref.number}_移送仲裁材料_分册").iterdir())
    assert [p.name for p in parts][0] == "01_移送函.pdf" and len(parts) == len(packet.parts)
    assert sum(len(PdfReader(io.BytesIO(p.read_bytes())).pages) for p in parts) == packet.pages
    assert "移送函" in flat(pages_text(packet.pdf)[0])
    assert any("已保存移送材料" in t for t in boxes.texts("information"))
    # The parts and the packet are listed among the generated documents.
    titles = [tab.model.index(r, 2).data() for r in range(tab.model.rowCount())]
    assert "移送函" in titles and "移送仲裁材料" in titles


def test_packet_refused_for_a_case_in_mediation(
    qtbot: QtBot, ops: Ops, maker: CaseMaker, boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, ops, maker.with_session().id)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *_a: ("某仲裁委员会", True)))
    assert tab.make_packet() is None
    assert any("不能移送仲裁" in t for t in boxes.texts())
