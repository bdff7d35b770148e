"""The case ledger (台账) of a period: one row per case, and one per applicant.

The cases of a period are the ones handled in it: received in the period,
still open at its start (carried over), or reopened in it; so every case
closed in the period is there too. Each row shows the case as it stands
now (status, dates, amounts), not as it stood at the period's end. Voided cases are left out. Read with two queries (cases, then
their applicants), no lazy loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from mediator.domain.enums import CaseStatus
from mediator.domain.money import from_fen
from mediator.domain.workflow import closure_label
from mediator.domain.workflow_enums import Action
from mediator.persistence import orm
from mediator.reports.periods import Period
from mediator.reports.tally import carried_over, received_in


@dataclass(frozen=True)
class LedgerCase:
    id: int
    number: str
    received_on: date
    accepted_on: date | None
    closed_on: date | None
    status: str
    category: str
    applicants: str
    applicant_count: int
    collective: bool
    respondents: str
    claimed: Decimal
    agreed: Decimal


@dataclass(frozen=True)
class LedgerApplicant:
    case_number: str
    seq: int
    name: str
    sex: str
    id_number: str
    phone: str
    migrant: bool
    job: str
    monthly_wage: Decimal | None


def ledger_condition(period: Period) -> ColumnElement[bool]:
    """Received in the period, open at its start, or reopened in it."""
    reopened = select(orm.StatusChange.case_id).where(
        orm.StatusChange.action == Action.REOPEN,
        orm.StatusChange.changed_on >= period.start,
        orm.StatusChange.changed_on <= period.end,
    )
    return or_(
        received_in(period),
        carried_over(period),
        and_(orm.Case.voided_on.is_(None), orm.Case.id.in_(reopened)),
    )


def _agreed_by_case() -> Any:
    terms = orm.AgreementTerm
    return (
        select(terms.case_id, func.sum(type_coerce(terms.amount, Integer)).label("fen"))
        .join(orm.Agreement, orm.Agreement.id == terms.agreement_id)
        .where(orm.Agreement.signed_on.is_not(None), terms.amount.is_not(None))
        .group_by(terms.case_id)
        .subquery()
    )


def _status_text(status: CaseStatus, reason: str) -> str:
    return closure_label(status, reason) if not status.is_open else status.label


def ledger_cases(session: Session, period: Period) -> list[LedgerCase]:
    c, agreed = orm.Case, _agreed_by_case()
    query = (
        select(c, agreed.c.fen)
        .outerjoin(agreed, agreed.c.case_id == c.id)
        .where(ledger_condition(period))
        .order_by(c.received_on, c.id)
    )
    return [
        LedgerCase(
            case.id,
            case.number,
            case.received_on,
            case.accepted_on,
            case.closed_on,
            _status_text(case.status, case.closure_reason),
            case.category.label,
            case.applicant_summary,
            case.applicant_count,
            case.is_collective,
            case.respondent_summary,
            case.claimed_total,
            from_fen(int(fen or 0)),
        )
        for case, fen in session.execute(query)
    ]


def ledger_applicants(session: Session, period: Period) -> list[LedgerApplicant]:
    c, a = orm.Case, orm.Applicant
    query = (
        select(c.number, a)
        .join(a, a.case_id == c.id)
        .where(ledger_condition(period))
        .order_by(c.received_on, c.id, a.seq)
    )
    return [
        LedgerApplicant(
            number,
            row.seq,
            row.name,
            row.sex.label if row.sex else "",
            row.id_number,
            row.phone,
            row.is_migrant,
            row.job,
            row.monthly_wage,
        )
        for number, row in session.execute(query)
    ]


CASE_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("案件编号", "number", 26),
    ("收到申请日期", "received_on", 12),
    ("受理日期", "accepted_on", 12),
    ("结案日期", "closed_on", 12),
    ("办理状态", "status", 20),
    ("争议类别", "category", 16),
    ("申请人", "applicants", 20),
    ("人数", "applicant_count", 6),
    ("集体争议", "collective", 8),
    ("被申请人", "respondents", 28),
    ("请求金额（元）", "claimed", 14),
    ("协议金额（元）", "agreed", 14),
)

APPLICANT_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("案件编号", "case_number", 26),
    ("序号", "seq", 6),
    ("姓名", "name", 10),
    ("性别", "sex", 6),
    ("身份证件号码", "id_number", 22),
    ("联系电话", "phone", 14),
    ("农民工", "migrant", 8),
    ("工种/岗位", "job", 12),
    ("月工资（元）", "monthly_wage", 12),
)


def _cell(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, bool):
        return ("是" if value else "否"), None
    if isinstance(value, Decimal):
        return value, "#,##0.00"
    if isinstance(value, date):
        return value, "yyyy-mm-dd"
    return value, "@" if isinstance(value, str) else None


def _sheet(workbook: Any, title: str, columns: Any, rows: list[Any], heading: str) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    sheet.cell(1, 1, heading).font = Font(bold=True, size=14)
    sheet.cell(1, 1).alignment = Alignment(horizontal="center")
    for col, (label, _, width) in enumerate(columns, start=1):
        sheet.cell(2, col, label).font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(col)].width = width
    for r, item in enumerate(rows, start=3):
        for col, (_, attr, _) in enumerate(columns, start=1):
            value, number_format = _cell(getattr(item, attr))
            cell = sheet.cell(r, col, value)
            if number_format and value is not None:
                cell.number_format = number_format
    sheet.freeze_panes = "A3"
    sheet.print_title_rows = "2:2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4


def write_ledger(path: Path, session: Session, period: Period, office: str = "") -> int:
    """The ledger workbook: 案件台账 (one row per case) and 申请人 (one per applicant)."""
    from openpyxl import Workbook

    cases = ledger_cases(session, period)
    workbook = Workbook()
    if workbook.active is not None:
        workbook.remove(workbook.active)
    title = f"{office}劳动争议调解案件台账（{period.label}）"
    _sheet(workbook, "案件台账", CASE_COLUMNS, cases, title)
    applicants = ledger_applicants(session, period)
    _sheet(workbook, "申请人", APPLICANT_COLUMNS, applicants, f"{title}申请人名单")
    workbook.save(path)
    return len(cases)
