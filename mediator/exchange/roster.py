"""Importing a roster (名册) of workers into an existing case, all or nothing.

The roster is what a foreman or the workers bring to a collective wage case:
an .xlsx (or .csv) with one worker per row, 姓名, 身份证号, 电话, the work
period (one 工作期间 column such as "2026-03至2026-08", or a start and an end
column) and the amount owed (欠薪金额); optionally 出勤天数, 日工资 and 工种.
Common variants of these headers are understood, and a 合计 row at the
bottom is checked, not imported.

Every worker is checked with the intake rules (``domain.intake``: resident
ID check characters, phones, duplicates within the file) and the ledger
rules (``domain.arrears``). Each problem names the row and the column as Excel
shows them ("第17行 [身份证号]：…"). With any error nothing is written
(``RosterRefused``); otherwise every worker is added as an applicant with one
ledger period and one wage claim (拖欠工资) in a single transaction, through
the same save path as the intake form, so the case list's summaries and
search text include every imported worker.

A worker already registered at intake (usually the one who came to the
committee) is on the foreman's roster too. His row, matched by ID number, is
merged into his applicant record instead of adding him twice: he gets the
roster's ledger period and his wage claim is set from it, his phone and
employment dates are filled in where empty; a different name for the same ID
number is an error of that row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain.arrears import (
    PeriodData,
    RateUnit,
    month_end,
    range_text,
    validate_period,
)
from mediator.domain.enums import OPEN_STATUSES, CaseStatus, ClaimCategory, IdType
from mediator.domain.errors import Issue, MediatorError, Severity
from mediator.domain.identifiers import check_resident_id, normalize_id_number
from mediator.domain.intake import normalize_case, normalize_name, validate_case
from mediator.domain.model import ApplicantData, CaseData, ClaimData
from mediator.domain.money import round_yuan
from mediator.exchange.importer import ImportRefused
from mediator.exchange.records import Problem
from mediator.exchange.tabular import raw_rows
from mediator.exchange.values import cell_text, is_blank, parse_identifier, parse_money
from mediator.persistence import arrears as ledger_store
from mediator.persistence import orm
from mediator.persistence.cases import (
    case_data_of,
    intake_warnings,
    load_calendar,
    load_case_row,
    update_case_data,
)
from mediator.persistence.db import Database
from mediator.persistence.errors import StaleEdit
from mediator.persistence.officesettings import load_settings

NAME, ID, PHONE, PERIOD, START, END, AMOUNT = (
    "姓名",
    "身份证号",
    "电话",
    "工作期间",
    "开始月份",
    "结束月份",
    "欠薪金额",
)
DAYS, RATE, JOB = "出勤天数", "日工资", "工种"
"""Optional columns: with days and a daily rate the period records the wages earned, and
what was paid is what is left after the arrears."""
_ALIASES: dict[str, tuple[str, ...]] = {
    NAME: ("工人姓名", "劳动者姓名", "申请人姓名", "员工姓名", "农民工姓名", "名字"),
    ID: ("身份证号码", "身份证", "证件号码", "公民身份号码", "身份证号码（18位）"),
    PHONE: ("联系电话", "手机", "手机号", "手机号码", "联系方式", "电话号码"),
    PERIOD: ("务工期间", "用工期间", "施工期间", "工作时间", "工作月份", "欠薪期间"),
    START: ("开始时间", "起始月份", "进场时间", "入场时间", "进场日期", "工作期间起", "起"),
    END: ("结束时间", "截止月份", "离场时间", "退场时间", "离场日期", "工作期间止", "止"),
    AMOUNT: (
        "欠薪",
        "欠款金额",
        "拖欠工资",
        "欠发工资",
        "未付工资",
        "应付未付工资",
        "拖欠金额",
        "欠薪数额",
    ),
    DAYS: ("天数", "工日", "出工天数", "考勤天数", "出勤", "工作天数"),
    RATE: ("工价", "日工价", "日薪", "日工资标准", "单价（元/天）", "每天工资"),
    JOB: ("岗位", "工作岗位"),
}
TOTAL_NAMES = frozenset({"合计", "总计", "小计", "共计"})
HEADER_SEARCH_ROWS = 10
_DUPLICATE_MARK = "同一人不能在一个案件中登记两次"
_APPLICANT_LABEL = re.compile(r"^第\d+名申请人(?:（[^）]*）)?的?")
_MONTH = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})(?!\d)")
_COMPACT_MONTH = re.compile(r"(?<!\d)(\d{4})(\d{2})(?!\d)")
_SAME_YEAR = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*(?:至|到|~|-|—|–)\s*(\d{1,2})\s*月?"
)
"""A range within one year with the year written once: "2026年3月至8月", "2026.3-8"."""
MONTH_HINT = "请写成2026-03至2026-08（或2026年3月至2026年8月）"


def _key(text: str) -> str:
    compact = "".join(unicodedata.normalize("NFKC", text).split()).strip("*")
    return re.sub(r"[(（]元[)）]$", "", compact)


_BY_HEADER = {_key(alias): name for name, aliases in _ALIASES.items() for alias in (name, *aliases)}


class RosterRefused(ImportRefused):
    """The roster has errors; no worker was imported. ``problems`` lists all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        errors = sum(1 for p in problems if p.is_error)
        self.message = f"名册中发现{errors}处错误，没有导入任何工人。请改正后重新导入整个文件。"
        self.args = (self.message,)


@dataclass
class RosterRow:
    """One worker as read from the file."""

    row: int
    applicant: ApplicantData
    from_month: date | None
    to_month: date | None
    amount: Decimal | None
    days: Decimal | None = None
    rate: Decimal | None = None


@dataclass
class RosterFile:
    rows: list[RosterRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    period_columns: tuple[str, str] = (PERIOD, PERIOD)
    """The columns named in messages about the period (one column, or start and end)."""
    stated_total: tuple[int, Decimal] | None = None
    """The row and amount of a 合计 row, if the roster has one."""
    matched: dict[int, int] = field(default_factory=dict)
    """Rows (Excel row numbers) of workers already in the case: their applicant index."""

    def new_rows(self) -> list[RosterRow]:
        """The rows of workers not yet in the case, in file order."""
        return [r for r in self.rows if r.row not in self.matched]


@dataclass(frozen=True)
class RosterResult:
    """What an import did (or, on a dry run, would do)."""

    workers: int
    total: Decimal
    warnings: tuple[Problem, ...]
    dry_run: bool
    names: tuple[str, ...]
    matched: int = 0
    """How many of ``workers`` were applicants already and were merged, not added."""

    @property
    def added(self) -> int:
        return self.workers - self.matched

    def summary(self) -> str:
        """ "新增N名工人，M名与已登记的申请人合并" for the report and the confirmation."""
        text = f"新增{self.added}名工人"
        if self.matched:
            text += f"，{self.matched}名与本案已登记的申请人合并（更新其欠薪台账和工资请求）"
        return text


def _where(row: int, column: str = "") -> str:
    return f"第{row}行 [{column}]" if column else f"第{row}行"


# -- reading --------------------------------------------------------------------------------


def parse_month(value: object) -> date:
    """The first day of the month a cell names (a date, "2026-03", "2026年3月", 202603)."""
    if isinstance(value, date):
        return value.replace(day=1)
    months = _months_in(cell_text(value))
    if len(months) != 1:
        raise ValueError(f"“{cell_text(value)}”不是可识别的月份，请写成2026-03或2026年3月")
    return months[0]


def parse_period(value: object) -> tuple[date, date]:
    """The first and last month of a work period written in one cell."""
    text = cell_text(value)
    months = _months_in(text)
    if len(months) == 1:
        return months[0], months[0]
    if len(months) != 2:
        raise ValueError(f"工作期间“{text}”无法识别，{MONTH_HINT}")
    return months[0], months[1]


def _months_in(text: str) -> list[date]:
    text = unicodedata.normalize("NFKC", text).strip()
    same_year = _SAME_YEAR.fullmatch(text)
    if same_year:
        year, first, last = same_year.groups()
        found = [(year, first), (year, last)]
    else:
        found = _MONTH.findall(text) or _COMPACT_MONTH.findall(text)
    months = []
    for year, month in found:
        if not 1 <= int(month) <= 12:
            raise ValueError(f"“{text}”中的月份{int(month)}不存在，请核对")
        months.append(date(int(year), int(month), 1))
    return months


def _find_header(rows: list[tuple[int, list[Any]]], out: RosterFile) -> tuple[int, dict[str, int]]:
    for number, values in rows[:HEADER_SEARCH_ROWS]:
        columns: dict[str, int] = {}
        for position, value in enumerate(values):
            name = _BY_HEADER.get(_key(cell_text(value)))
            if name is not None and name not in columns:
                columns[name] = position
        if NAME in columns:
            _check_header(number, columns, out)
            return number, columns
    out.problems.append(
        Problem(
            "",
            "找不到表头行：前10行中没有“姓名”列。名册第一行应为列名：姓名、身份证号、电话、工作期间、欠薪金额。",
        )
    )
    return 0, {}


def _check_header(number: int, columns: dict[str, int], out: RosterFile) -> None:
    if AMOUNT not in columns:
        out.problems.append(Problem(_where(number), "缺少“欠薪金额”列"))
    if PERIOD not in columns and START not in columns:
        out.problems.append(
            Problem(_where(number), "缺少“工作期间”列（或“开始月份”“结束月份”两列）")
        )
    if ID not in columns:
        out.problems.append(
            Problem(_where(number), "缺少“身份证号”列，将无法按身份证号查重", Severity.WARNING)
        )
    if PERIOD not in columns:
        out.period_columns = (START, END if END in columns else START)


def read_roster(
    path: Path, today: date, progress: Callable[[int, int], None] | None = None
) -> RosterFile:
    """Every worker of the file, with every problem found while reading the cells."""
    out = RosterFile()
    rows = list(raw_rows(path))
    header_row, columns = _find_header(rows, out)
    if not columns:
        return out
    body = [(n, v) for n, v in rows if n > header_row]
    for done, (number, values) in enumerate(body, start=1):
        cells = {name: values[pos] if pos < len(values) else None for name, pos in columns.items()}
        if not all(is_blank(v) for v in cells.values()):
            _read_row(number, cells, today, out)
        if progress is not None:
            progress(done, len(body))
    return out


def _read_row(number: int, cells: dict[str, Any], today: date, out: RosterFile) -> None:
    name = normalize_name(cell_text(cells.get(NAME)))
    if _key(name) in TOTAL_NAMES:
        _read_total(number, cells, out)
        return
    problems_before = len(out.problems)

    def parse(column: str, parser: Callable[[Any], Any]) -> Any:
        try:
            return parser(cells.get(column))
        except ValueError as exc:
            out.problems.append(Problem(_where(number, column), str(exc)))
            return None

    id_number = parse(ID, lambda v: parse_identifier(v, "身份证号")) or ""
    phone = parse(PHONE, lambda v: parse_identifier(v, "电话")) or ""
    first, last = _read_months(number, cells, parse, out)
    days = parse(DAYS, lambda v: parse_quantity(v, DAYS))
    rate = parse(RATE, parse_money)
    amount = parse(AMOUNT, parse_money)
    if amount is None and days is not None and rate is not None:
        amount = round_yuan(days * rate)  # nothing paid yet: all the wages earned are owed
    if amount is None and len(out.problems) == problems_before:
        out.problems.append(
            Problem(_where(number, AMOUNT), "欠薪金额未填写，请填写该工人被拖欠的工资金额")
        )
    applicant = ApplicantData(
        name=name,
        id_number=normalize_id_number(IdType.RESIDENT_ID, id_number),
        phone=phone,
        is_migrant=True,
        job=cell_text(cells.get(JOB)),
    )
    if applicant.id_number:
        check = check_resident_id(applicant.id_number, today)
        applicant.sex = check.sex if check.ok else None
    out.rows.append(RosterRow(number, applicant, first, last, amount, days, rate))


def parse_quantity(value: object, what: str) -> Decimal | None:
    """Days (or hours) worked: a number with at most two decimals; None for an empty cell."""
    if is_blank(value):
        return None
    text = unicodedata.normalize("NFKC", cell_text(value)).removesuffix("天").strip()
    try:
        number = Decimal(text)
    except ArithmeticError:
        raise ValueError(f"{what}“{cell_text(value)}”不是数字，请只填写天数，如22或22.5") from None
    if not number.is_finite() or number < 0 or number.quantize(Decimal("0.01")) != number:
        raise ValueError(f"{what}“{cell_text(value)}”应为不小于0、最多两位小数的数字")
    return number


def _read_months(
    number: int, cells: dict[str, Any], parse: Callable[..., Any], out: RosterFile
) -> tuple[date | None, date | None]:
    if PERIOD in cells and not is_blank(cells.get(PERIOD)):
        months = parse(PERIOD, parse_period)
        return months if months else (None, None)
    start_column, end_column = out.period_columns
    if is_blank(cells.get(start_column)):
        column = PERIOD if start_column == PERIOD else start_column
        out.problems.append(Problem(_where(number, column), f"工作期间未填写，{MONTH_HINT}"))
        return None, None
    first = parse(start_column, parse_month)
    last = first if is_blank(cells.get(end_column)) else parse(end_column, parse_month)
    return first, last


def _read_total(number: int, cells: dict[str, Any], out: RosterFile) -> None:
    try:
        amount = parse_money(cells.get(AMOUNT))
    except ValueError:
        amount = None
    if amount is not None:
        out.stated_total = (number, amount)


# -- checking against the case --------------------------------------------------------------


def _claim_of(index: int, row: RosterRow, today: date) -> ClaimData:
    assert row.from_month is not None and row.to_month is not None
    return ClaimData(
        applicant_index=index,
        category=ClaimCategory.WAGES,
        description=f"拖欠工资（{range_text(row.from_month, row.to_month)}）",
        amount=row.amount,
        period_start=row.from_month,
        # A period that runs into the current month ends today, not in the future.
        period_end=min(month_end(row.to_month), today),
    )


def _period_of(row: RosterRow) -> PeriodData:
    """The ledger period of a row: the arrears alone, or with days and a daily rate the
    wages earned, what was paid (earned less arrears) and the arrears as the claim."""
    assert row.from_month is not None and row.to_month is not None
    if row.days is None and row.rate is None:
        return PeriodData(row.from_month, row.to_month, owed=row.amount, claimed=row.amount)
    period = PeriodData(
        row.from_month,
        row.to_month,
        RateUnit.DAILY,
        rate=row.rate,
        days_worked=row.days,
        claimed=row.amount,
    )
    earned = period.computed_owed()
    if earned is None or row.amount is None or row.amount > earned:
        return replace(period, owed=row.amount)
    return replace(period, paid=earned - row.amount)


def _ledger_problems(roster: RosterFile, today: date) -> list[RosterRow]:
    """Add the ledger rules' problems; returns the rows whose period and amount are usable."""
    usable = []
    columns = {
        "from_month": roster.period_columns[0],
        "to_month": roster.period_columns[1],
        "days_worked": DAYS,
        "rate": RATE,
    }
    for row in roster.rows:
        if row.from_month is None or row.to_month is None or row.amount is None:
            continue
        issues = validate_period(_period_of(row), today)
        for issue in issues:
            if issue.field in columns:
                column = columns[issue.field]
            elif issue.field in ("owed", "claimed"):
                column = AMOUNT
            else:
                continue
            roster.problems.append(Problem(_where(row.row, column), issue.message, issue.severity))
        if not any(i.is_error for i in issues):
            usable.append(row)
            _check_earned(row, roster)
    return usable


def _check_earned(row: RosterRow, roster: RosterFile) -> None:
    if row.days is None or row.rate is None or row.amount is None:
        return
    earned = round_yuan(row.days * row.rate)
    if row.amount > earned:
        roster.problems.append(
            Problem(
                _where(row.row, AMOUNT),
                f"欠薪金额（{row.amount:,.2f}元）超过出勤天数×日工资（{earned:,.2f}元），请核对",
                Severity.WARNING,
            )
        )


_COLUMN_OF_FIELD = {
    "name": NAME,
    "id_number": ID,
    "sex": ID,
    "phone": PHONE,
    "employment_start": PERIOD,
    "employment_end": PERIOD,
}


def combined_case(existing: CaseData, roster: RosterFile, today: date) -> CaseData:
    """The case with the roster's workers added (those with a usable period get their claim)
    and the workers already in it (``roster.matched``) merged."""
    usable = {id(r) for r in _ledger_problems(roster, today)}
    applicants = [replace(a) for a in existing.applicants]
    claims = list(existing.claims)
    for row in roster.rows:
        index = roster.matched.get(row.row)
        applicant = replace(row.applicant) if index is None else applicants[index]
        if index is None:
            index = len(applicants)
            applicants.append(applicant)
        else:
            applicant.phone = applicant.phone or row.applicant.phone
        if id(row) in usable:
            assert row.from_month is not None and row.to_month is not None
            applicant.employment_start = applicant.employment_start or row.from_month
            applicant.employment_end = applicant.employment_end or min(
                month_end(row.to_month), today
            )
            old = _set_wage_claim(claims, _claim_of(index, row, today))
            if old is not None and old.amount not in (None, row.amount):
                roster.problems.append(
                    Problem(
                        _where(row.row, AMOUNT),
                        f"{applicant.name}受理时请求的拖欠工资为{old.amount:,.2f}元，"
                        f"导入后按名册改为{row.amount:,.2f}元",
                        Severity.WARNING,
                    )
                )
    return normalize_case(replace(existing, applicants=applicants, claims=claims), today)


def _set_wage_claim(claims: list[ClaimData], claim: ClaimData) -> ClaimData | None:
    """Add the roster's wage claim, or update the worker's existing one (the first 拖欠工资)
    so that a merged worker does not claim his wages twice; returns the claim replaced."""
    for i, old in enumerate(claims):
        if old.applicant_index == claim.applicant_index and old.category is claim.category:
            claims[i] = replace(claim, id=old.id)
            return old
    claims.append(claim)
    return None


def _locate(issue: Issue, roster: RosterFile, existing: CaseData, combined: CaseData) -> str | None:
    """Where a case-level issue about a roster worker is in the file; None for other issues
    (about a merged worker, only those about what the roster filled in: the rest is the
    intake record's business)."""
    parts = issue.field.split(".")
    offset = len(existing.applicants)
    if parts[0] == "applicants" and len(parts) == 3:
        index = int(parts[1])
        merged = {i: n for n, i in roster.matched.items()}
        if index < offset and (index not in merged or not _filled(existing, combined, parts)):
            return None
        number = merged[index] if index < offset else roster.new_rows()[index - offset].row
        row = next(r for r in roster.rows if r.row == number)
        column = _COLUMN_OF_FIELD.get(parts[2], "")
        if column == PERIOD:
            column = roster.period_columns[0]
        return _where(row.row, column)
    if parts[0] == "claims" and len(parts) == 3 and int(parts[1]) >= len(existing.claims):
        return None  # amounts and periods are checked by the ledger rules, per row
    return None


def _filled(existing: CaseData, combined: CaseData, parts: list[str]) -> bool:
    index, name = int(parts[1]), parts[2]
    before = getattr(existing.applicants[index], name, None)
    return bool(before != getattr(combined.applicants[index], name, None))


def _duplicates(roster: RosterFile, existing: CaseData) -> None:
    """The same ID number twice in the file (an error); a worker already among the case's
    applicants is recorded in ``roster.matched``, unless the names differ (an error)."""
    in_case = {
        normalize_id_number(a.id_type, a.id_number): i
        for i, a in enumerate(existing.applicants)
        if a.id_number
    }
    seen: dict[str, RosterRow] = {}
    names = {a.name for a in existing.applicants}
    for row in roster.rows:
        number = row.applicant.id_number
        if not number:
            if row.applicant.name in names:
                roster.problems.append(
                    Problem(
                        _where(row.row, NAME),
                        f"本案已有同名申请人{row.applicant.name}，这一行没有身份证号，"
                        "请补填号码以确认不是同一人",
                        Severity.WARNING,
                    )
                )
            continue
        if number in seen:
            first = seen[number]
            roster.problems.append(
                Problem(
                    _where(row.row, ID),
                    f"与第{first.row}行（{first.applicant.name}）的身份证号相同，"
                    "同一人在名册中只能出现一次，请删除重复的行或核对号码",
                )
            )
        else:
            seen[number] = row
            if number in in_case:
                _match(row, in_case[number], existing, roster)


def _match(row: RosterRow, index: int, existing: CaseData, roster: RosterFile) -> None:
    registered = existing.applicants[index]
    if registered.name != row.applicant.name:
        roster.problems.append(
            Problem(
                _where(row.row, NAME),
                f"身份证号与本案已登记的申请人{registered.name}相同，但姓名是"
                f"{row.applicant.name}，请核对姓名或身份证号",
            )
        )
    elif registered.phone and row.applicant.phone and registered.phone != row.applicant.phone:
        roster.problems.append(
            Problem(
                _where(row.row, PHONE),
                f"与已登记的申请人{registered.name}的电话（{registered.phone}）不同，"
                "保留已登记的电话；如需更改请在当事人页修改",
                Severity.WARNING,
            )
        )
    roster.matched[row.row] = index


def check_roster(
    roster: RosterFile, existing: CaseData, today: date, session: Session, case_id: int
) -> CaseData:
    """Add every problem of the roster against the case; returns the case with the workers."""
    _duplicates(roster, existing)
    combined = combined_case(existing, roster, today)
    for issue in validate_case(combined, today):
        where = _locate(issue, roster, existing, combined)
        if where is None or _DUPLICATE_MARK in issue.message:
            continue
        message = _APPLICANT_LABEL.sub("", issue.message)
        roster.problems.append(Problem(where, message, issue.severity))
    if not any(p.is_error for p in roster.problems):
        for issue in intake_warnings(session, combined, today, exclude_case_id=case_id):
            where = _locate(issue, roster, existing, combined)
            if where is not None:
                roster.problems.append(Problem(where, issue.message, Severity.WARNING))
    _check_total(roster)
    if not roster.rows and not any(p.is_error for p in roster.problems):
        roster.problems.append(Problem("", "名册中没有工人（表头下面没有数据行）。"))
    return combined


def _check_total(roster: RosterFile) -> None:
    if roster.stated_total is None:
        return
    number, stated = roster.stated_total
    counted = sum((r.amount for r in roster.rows if r.amount is not None), Decimal("0"))
    if counted != stated:
        roster.problems.append(
            Problem(
                _where(number, AMOUNT),
                f"合计行写的是{stated:,.2f}元，但各行欠薪金额相加为{counted:,.2f}元，请核对",
                Severity.WARNING,
            )
        )


def _sorted(problems: list[Problem]) -> list[Problem]:
    def position(p: Problem) -> int:
        match = re.match(r"第(\d+)行", p.where)
        return int(match[1]) if match else 0

    return sorted(problems, key=position)


# -- the import -----------------------------------------------------------------------------


def _refuse_closed(case_status: CaseStatus, voided: bool) -> None:
    if voided:
        raise MediatorError("该案件已作废，不能导入名册。")
    if case_status not in OPEN_STATUSES:
        raise MediatorError(
            f"该案件已{case_status.label}，不能再导入名册；名册应在受理或调解期间导入。"
        )


def import_roster(
    db: Database,
    case_id: int,
    path: Path,
    today: date,
    now: datetime,
    *,
    dry_run: bool = False,
    expected_version: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RosterResult:
    """Add every worker of the roster to the case, or none (``RosterRefused`` lists why)."""
    roster = read_roster(path, today, progress)
    context = db.read() if dry_run else db.write()
    with context as session:
        case = load_case_row(session, case_id)
        if expected_version is not None and case.version != expected_version:
            raise StaleEdit(
                "此案件在您打开之后已被他人修改并保存，名册没有导入。请重新打开该案件后再导入。"
            )
        _refuse_closed(case.status, case.voided_on is not None)
        existing = case_data_of(case)
        combined = check_roster(roster, existing, today, session, case_id)
        problems = _sorted(roster.problems)
        if any(p.is_error for p in problems):
            raise RosterRefused(problems)
        if not dry_run:
            _write(session, case, combined, roster, len(existing.applicants), now)
    total = sum((r.amount for r in roster.rows if r.amount is not None), Decimal("0"))
    return RosterResult(
        workers=len(roster.rows),
        total=total,
        warnings=tuple(p for p in problems if not p.is_error),
        dry_run=dry_run,
        names=tuple(r.applicant.name for r in roster.rows),
        matched=len(roster.matched),
    )


def _write(
    session: Session,
    case: orm.Case,
    combined: CaseData,
    roster: RosterFile,
    offset: int,
    now: datetime,
) -> None:
    update_case_data(
        session,
        case,
        combined,
        settings=load_settings(session),
        calendar=load_calendar(session),
        now=now,
    )
    for applicant, row in zip(case.applicants[offset:], roster.new_rows(), strict=True):
        session.add(ledger_store.new_period_row(case.id, applicant.id, 1, _period_of(row)))
    for row in roster.rows:
        if row.row in roster.matched:
            _merge_period(session, case.id, case.applicants[roster.matched[row.row]].id, row)
    session.flush()


def _merge_period(session: Session, case_id: int, applicant_id: int, row: RosterRow) -> None:
    """The roster's period replaces the worker's period of the same months, or any periods it
    overlaps (the roster is the reckoning the worker and the foreman agree on); periods of
    other months are kept."""
    ledger = [
        ledger_store.period_of(r)
        for r in session.scalars(
            select(orm.ArrearsPeriod)
            .where(orm.ArrearsPeriod.applicant_id == applicant_id)
            .order_by(orm.ArrearsPeriod.seq)
        )
    ]
    assert row.from_month is not None and row.to_month is not None
    first, last = row.from_month, row.to_month
    kept = [p for p in ledger if p.to_month < first or p.from_month > last]
    replaced = next((p for p in ledger if p not in kept), None)
    new = replace(_period_of(row), id=replaced.id if replaced else None)
    periods = sorted([*kept, new], key=lambda p: p.from_month)
    ledger_store.replace_periods(session, case_id, applicant_id, periods)
