"""The ledger, evidence and liability use cases against a real SQLite store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from mediator.domain.arrears import EvidenceKind, LiabilityData, PeriodData, RateUnit
from mediator.domain.enums import ChainRole
from mediator.domain.errors import MediatorError, ValidationFailed
from mediator.persistence import orm
from mediator.persistence.arrears_services import ArrearsServices
from mediator.persistence.cases import CaseRef
from mediator.persistence.services import Services

MARCH, AUGUST = date(2026, 3, 1), date(2026, 8, 1)


def applicant_ids(services: Services, case: CaseRef) -> list[int]:
    return [a.id for a in services.get_case(case.id).data.applicants if a.id is not None]


def test_periods_are_saved_in_fen_and_summed_per_worker_and_case(
    services: Services, arrears: ArrearsServices, case: CaseRef
) -> None:
    first, second, _ = applicant_ids(services, case)
    arrears.save_periods(
        case.id,
        first,
        [
            PeriodData(
                MARCH, AUGUST, RateUnit.MONTHLY, rate=Decimal("8000"), paid=Decimal("10000.01")
            ),
            PeriodData(
                date(2026, 9, 1),
                date(2026, 9, 1),
                RateUnit.DAILY,
                rate=Decimal("300"),
                days_worked=Decimal("10.5"),
            ),
        ],
    )
    arrears.save_periods(
        case.id, second, [PeriodData(MARCH, MARCH, owed=Decimal("0.99"), claimed=Decimal("0.99"))]
    )
    ledger = arrears.ledger(case.id)
    worker = ledger.worker(first)
    assert worker.totals.owed == Decimal("51150.00")
    assert worker.totals.outstanding == Decimal("41149.99")
    assert ledger.totals.owed == Decimal("51150.99")
    assert ledger.totals.claimed == Decimal("0.99")
    with services.db.read() as session:
        fen = session.execute(
            select(orm.ArrearsPeriod.owed.expression).where(
                orm.ArrearsPeriod.applicant_id == second
            )
        ).scalar_one()
        raw = (
            session.connection()
            .exec_driver_sql("SELECT owed, days_worked FROM arrears_periods ORDER BY id")
            .all()
        )
    assert fen == Decimal("0.99")
    assert raw[0] == (4800000, None) and raw[1] == (315000, 1050)


def test_editing_keeps_rows_by_id_and_is_in_the_history(
    services: Services, arrears: ArrearsServices, case: CaseRef
) -> None:
    first = applicant_ids(services, case)[0]
    saved = arrears.save_periods(case.id, first, [PeriodData(MARCH, AUGUST, owed=Decimal("100"))])
    period_id = saved.periods[0].id
    again = arrears.save_periods(
        case.id, first, [PeriodData(MARCH, AUGUST, owed=Decimal("150"), id=period_id)]
    )
    assert again.periods[0].id == period_id
    history = [h for h in services.history(case.id) if h.entity == "arrears_period"]
    assert [(h.action, h.field, h.old_value, h.new_value) for h in history][-1] == (
        "update",
        "owed",
        "100.00",
        "150.00",
    )
    arrears.save_periods(case.id, first, [])
    assert arrears.ledger(case.id).worker(first).periods == ()


def test_bad_periods_change_nothing(
    services: Services, arrears: ArrearsServices, case: CaseRef
) -> None:
    first = applicant_ids(services, case)[0]
    with pytest.raises(ValidationFailed) as refused:
        arrears.save_periods(case.id, first, [PeriodData(AUGUST, MARCH, owed=Decimal("1"))])
    assert "早于开始月份" in refused.value.message
    assert arrears.ledger(case.id).worker(first).periods == ()


def test_evidence_checklist_files_and_the_list_for_documents(
    services: Services, arrears: ArrearsServices, case: CaseRef
) -> None:
    first, second, _ = applicant_ids(services, case)
    arrears.set_evidence(case.id, first, EvidenceKind.IOU, True, "包工头手写欠条一张")
    info = arrears.attach_evidence(
        case.id, second, EvidenceKind.CHAT, "微信截图.png", b"\x89PNG data"
    )
    assert info.mime == "image/png" and info.size == 9
    worker = arrears.ledger(case.id).worker(second)
    assert worker.evidence == (EvidenceKind.CHAT,)
    assert arrears.evidence_file(info.id) == ("微信截图.png", b"\x89PNG data")
    items = arrears.evidence(case.id)
    names = services.get_case(case.id).data.applicants
    assert [(i.worker, i.kind_label, i.note, i.files) for i in items] == [
        (names[0].name, "欠条", "包工头手写欠条一张", ()),
        (names[1].name, "聊天记录", "", ("微信截图.png",)),
    ]
    with pytest.raises(ValidationFailed, match="请先删除文件"):
        arrears.set_evidence(case.id, second, EvidenceKind.CHAT, False)
    arrears.remove_evidence_file(info.id)
    arrears.set_evidence(case.id, second, EvidenceKind.CHAT, False)
    assert arrears.ledger(case.id).worker(second).evidence == ()
    entities = {h.entity for h in services.history(case.id)}
    assert {"arrears_evidence", "evidence_file"} <= entities


def test_empty_evidence_file_is_refused(
    services: Services, arrears: ArrearsServices, case: CaseRef
) -> None:
    first = applicant_ids(services, case)[0]
    with pytest.raises(ValidationFailed, match="是空的"):
        arrears.attach_evidence(case.id, first, EvidenceKind.OTHER, "空.pdf", b"")


def test_chain_liability_suggested_from_roles_then_saved(
    services: Services, arrears: ArrearsServices, case: CaseRef
) -> None:
    suggested = arrears.suggested_liabilities(case.id)
    assert [(s.role, s.basis[:4]) for s in suggested] == [
        (ChainRole.GENERAL_CONTRACTOR, "先行清偿"),
        (ChainRole.SUBCONTRACTOR, "直接支付"),
    ]
    rows = [
        LiabilityData(**{**s.__dict__, "share": Decimal("100")}) if i == 1 else s
        for i, s in enumerate(suggested)
    ]
    rows.append(
        LiabilityData(
            "某房地产开发有限公司",
            ChainRole.CLIENT,
            "以未结清工程款为限先行垫付",
            amount=Decimal("30000"),
        )
    )
    saved = arrears.save_liabilities(case.id, rows)
    assert [r.data.party for r in saved][-1] == "某房地产开发有限公司"
    assert saved[1].amount_of(Decimal("48000.00")) == Decimal("48000.00")
    assert saved[2].amount_of(Decimal("48000.00")) == Decimal("30000")
    kept = arrears.save_liabilities(case.id, [r.data for r in saved[1:]])
    assert [r.id for r in kept] == [saved[1].id, saved[2].id]
    with pytest.raises(ValidationFailed, match="名称未填写"):
        arrears.save_liabilities(case.id, [LiabilityData(" ", ChainRole.EMPLOYER, "直接支付")])


def test_claims_follow_the_ledger(
    services: Services, arrears: ArrearsServices, case: CaseRef
) -> None:
    first, second, third = applicant_ids(services, case)
    arrears.save_periods(
        case.id, first, [PeriodData(MARCH, AUGUST, owed=Decimal("20000"), claimed=Decimal("19500"))]
    )
    arrears.save_periods(
        case.id, third, [PeriodData(MARCH, MARCH, owed=Decimal("900"), paid=Decimal("100"))]
    )
    detail = services.get_case(case.id)
    data = detail.data
    data.claims = [c for c in data.claims if c.applicant_index != 2]
    ref = services.update_case(case.id, detail.version, data)
    ref, changed = arrears.claims_from_ledger(case.id, ref.version)
    assert changed == 2
    claims = services.get_case(case.id).data.claims
    by_worker = {c.applicant_index: c for c in claims}
    assert by_worker[0].amount == Decimal("19500") and by_worker[0].period_end == date(2026, 8, 31)
    assert by_worker[1].amount == Decimal("16001")  # no ledger: left alone
    assert (by_worker[2].amount, by_worker[2].description) == (
        Decimal("800"),
        "拖欠工资（2026年3月）",
    )
    assert services.case_rows([case.id])[case.id].claimed_total == Decimal("36301")
    again, changed = arrears.claims_from_ledger(case.id, ref.version)
    assert changed == 0 and again.version == ref.version
    with pytest.raises(MediatorError, match="已被他人修改"):
        arrears.claims_from_ledger(case.id, ref.version - 1)


def test_a_voided_cases_ledger_is_read_only(
    services: Services, arrears: ArrearsServices, case: CaseRef
) -> None:
    first = applicant_ids(services, case)[0]
    arrears.save_periods(case.id, first, [PeriodData(MARCH, MARCH, owed=Decimal("10"))])
    services.void_case(case.id, case.version, "重复登记")
    with pytest.raises(MediatorError, match="已作废"):
        arrears.save_periods(case.id, first, [])
    with pytest.raises(MediatorError, match="已作废"):
        arrears.set_evidence(case.id, first, EvidenceKind.IOU, True)
    assert arrears.ledger(case.id).totals.owed == Decimal("10")


def test_bases_of_liability_are_the_offices_wording(arrears: ArrearsServices) -> None:
    from mediator.domain.arrears import LIABILITY_BASES

    assert arrears.liability_bases() == list(LIABILITY_BASES)
    saved = arrears.save_liability_bases(
        [" 用人单位直接支付 ", "", "用人单位直接支付", "分包直接支付"]
    )
    assert saved == ["用人单位直接支付", "分包直接支付"]
    assert arrears.liability_bases() == saved
    assert arrears.save_liability_bases([]) == list(LIABILITY_BASES)
    assert arrears.liability_bases() == list(LIABILITY_BASES)
