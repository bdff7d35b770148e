"""Intake registers as spreadsheets: reading .xlsx/.csv, writing .xlsx/.csv.

One row is one applicant with (at most) one claim. Rows with the same
案件编号 form one case: they share the case columns (收案日期, 争议类型, ...;
later rows may leave them empty), each row names an applicant (the same ID
number, or the same name, is the same person) and may name a respondent
(the same credit code, or the same name, is the same employer). A row
without 案件编号 is a case of its own. Exports write the same layout, with
the case columns repeated on every row, so an export imports again.

Row numbers in messages are those Excel shows (the header is usually row 1).
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from mediator.domain.enums import (
    ApplicationForm,
    Category,
    ChainRole,
    Channel,
    ClaimCategory,
    IdType,
    LabelledEnum,
    Sex,
)
from mediator.domain.errors import Severity
from mediator.domain.identifiers import check_resident_id, normalize_id_number, normalize_uscc
from mediator.domain.intake import normalize_name
from mediator.domain.model import ApplicantData, CaseData, ClaimData, RespondentData
from mediator.exchange.jsonformat import ExchangeFileError
from mediator.exchange.records import CaseRecord, Problem, SourceCase
from mediator.exchange.values import (
    cell_text,
    is_blank,
    parse_bool,
    parse_choice,
    parse_date,
    parse_identifier,
    parse_money,
)


@dataclass(frozen=True)
class Column:
    name: str
    aliases: tuple[str, ...] = ()
    width: int = 12
    kind: str = "text"
    """text | date | money | id (kept as text) | long (wrapped text)."""


COLUMNS: tuple[Column, ...] = (
    Column("案件编号", ("编号", "案号", "登记编号"), 26, "id"),
    Column("收案日期", ("收件日期", "申请日期", "收到申请日期", "登记日期"), 12, "date"),
    Column("申请方式", ("申请形式",), 10),
    Column("来源", ("案件来源", "来源渠道", "渠道"), 11),
    Column("争议类型", ("争议类别", "案由", "纠纷类型"), 16),
    Column("外部编号", ("流水号", "转办编号"), 16, "id"),
    Column("申请人姓名", ("申请人", "姓名"), 10),
    Column("性别", (), 6),
    Column("证件类型", (), 12),
    Column("证件号码", ("身份证号", "身份证号码", "公民身份号码", "身份证"), 21, "id"),
    Column("联系电话", ("电话", "手机", "手机号", "手机号码", "申请人电话"), 14, "id"),
    Column("农民工", ("是否农民工",), 8),
    Column("入职日期", ("入职时间",), 12, "date"),
    Column("离职日期", ("离职时间",), 12, "date"),
    Column("月工资", ("工资",), 11, "money"),
    Column("岗位", ("工种", "职业", "职务"), 10),
    Column("申请人住址", ("住址", "申请人地址"), 24),
    Column("申请人通讯地址", ("通讯地址", "申请人联系地址"), 24),
    Column("集体争议代表", ("代表", "推举代表"), 10),
    Column("被申请人", ("被申请人名称", "用人单位", "单位名称"), 28),
    Column("被申请人类型", ("用工链条", "被申请人身份"), 12),
    Column("统一社会信用代码", ("信用代码", "社会信用代码"), 21, "id"),
    Column("法定代表人", ("负责人", "法定代表人或负责人", "主要负责人"), 10),
    Column("法定代表人职务", ("负责人职务",), 10),
    Column("被申请人地址", ("单位地址", "被申请人住所", "住所"), 28),
    Column("被申请人通讯地址", ("单位通讯地址",), 28),
    Column("被申请人电话", ("单位电话",), 14, "id"),
    Column("所属行业", ("行业",), 12),
    Column("请求类别", ("请求类型",), 14),
    Column("请求事项", ("请求", "仲裁请求", "调解请求"), 30),
    Column("请求金额", ("金额", "涉案金额"), 13, "money"),
    Column("请求期间起", ("期间起",), 12, "date"),
    Column("请求期间止", ("期间止",), 12, "date"),
    Column("事实与理由", ("事实和理由", "事实理由", "简要案情"), 40, "long"),
)
EXPORT_ONLY: tuple[Column, ...] = (
    Column("状态", (), 10),
    Column("受理日期", (), 12, "date"),
    Column("结案日期", (), 12, "date"),
    Column("结案原因", (), 16),
    Column("主办调解员", (), 10),
    Column("作废", (), 6),
)
"""Written by exports for the reader; the importer skips them (use JSON to move whole cases)."""
REQUIRED = ("收案日期", "争议类型", "申请人姓名", "被申请人")
CASE_COLUMNS = ("收案日期", "申请方式", "来源", "争议类型", "外部编号", "事实与理由")
HEADER_SEARCH_ROWS = 10

_FIELD_COLUMNS: dict[str, dict[str, str]] = {
    "applicants": {
        "name": "申请人姓名",
        "id_number": "证件号码",
        "id_type": "证件类型",
        "sex": "性别",
        "phone": "联系电话",
        "employment_start": "入职日期",
        "employment_end": "离职日期",
        "monthly_wage": "月工资",
        "mailing_address": "申请人通讯地址",
        "": "申请人姓名",
    },
    "respondents": {
        "name": "被申请人",
        "uscc": "统一社会信用代码",
        "phone": "被申请人电话",
        "legal_rep": "法定代表人",
        "legal_rep_title": "法定代表人职务",
        "mailing_address": "被申请人通讯地址",
        "": "被申请人",
    },
    "claims": {
        "amount": "请求金额",
        "applicant_index": "申请人姓名",
        "period_start": "请求期间起",
        "period_end": "请求期间止",
        "category": "请求类别",
        "": "请求事项",
    },
}
_CASE_FIELD_COLUMNS = {
    "number": "案件编号",
    "received_on": "收案日期",
    "category": "争议类型",
    "application_form": "申请方式",
    "channel": "来源",
    "facts": "事实与理由",
    "external_ref": "外部编号",
    "applicants": "申请人姓名",
    "respondents": "被申请人",
}

_FORM_ALIASES = {"书面": "written", "口头": "oral"}
_CHANNEL_ALIASES = {
    "12351": "hotline_12351",
    "热线": "hotline_12351",
    "电话": "hotline_12351",
    "网上": "online",
    "网上申请": "online",
    "网络": "online",
    "来访": "walk_in",
    "现场": "walk_in",
}
_CATEGORY_ALIASES = {
    "工资": "PAY",
    "拖欠工资": "PAY",
    "劳动报酬争议": "PAY",
    "社保": "SI",
    "工伤": "INJ",
    "工伤待遇": "INJ",
    "劳动关系": "ELR",
    "解除劳动合同": "CON_END",
    "终止劳动合同": "CON_END",
    "休息休假": "HRS",
}
_SEX_ALIASES = {"男性": "M", "女性": "F"}
_ID_TYPE_ALIASES = {
    "身份证": "resident_id",
    "二代身份证": "resident_id",
    "居民身份证号码": "resident_id",
}
_CHAIN_ALIASES = {
    "总包单位": "general_contractor",
    "总承包": "general_contractor",
    "分包单位": "subcontractor",
    "包工头": "team_leader",
    "班组": "team_leader",
    "用工单位": "employer",
}
_CLAIM_KEYWORDS: tuple[tuple[str, ClaimCategory], ...] = (
    ("二倍", ClaimCategory.DOUBLE_WAGES),
    ("双倍", ClaimCategory.DOUBLE_WAGES),
    ("加班", ClaimCategory.OVERTIME),
    ("最低工资", ClaimCategory.MIN_WAGE_GAP),
    ("赔偿金", ClaimCategory.DAMAGES),
    ("经济补偿", ClaimCategory.SEVERANCE),
    ("年休假", ClaimCategory.ANNUAL_LEAVE),
    ("年假", ClaimCategory.ANNUAL_LEAVE),
    ("社会保险", ClaimCategory.SOCIAL_INSURANCE),
    ("社保", ClaimCategory.SOCIAL_INSURANCE),
    ("工伤", ClaimCategory.INJURY),
    ("确认劳动关系", ClaimCategory.CONFIRM_RELATION),
    ("劳动关系", ClaimCategory.CONFIRM_RELATION),
    ("工资", ClaimCategory.WAGES),
    ("劳动报酬", ClaimCategory.WAGES),
)


def guess_claim_category(description: str) -> ClaimCategory:
    """The claim category a free-text 请求事项 most likely means."""
    for keyword, category in _CLAIM_KEYWORDS:
        if keyword in description:
            return category
    return ClaimCategory.OTHER


def _where(row: int, column: str = "") -> str:
    return f"第{row}行 [{column}]" if column else f"第{row}行"


# -- reading the raw rows --------------------------------------------------------------------

Row = tuple[int, list[Any]]


def _xlsx_rows(path: Path) -> Iterator[Row]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            # openpyxl warns about workbook features it skips (data validation, styles).
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ExchangeFileError(
            f"无法读取Excel文件“{path}”（{exc.__class__.__name__}）。"
            "请确认它是.xlsx格式；旧的.xls文件请先在Excel中“另存为”.xlsx。"
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(values)
    finally:
        workbook.close()


def decode_csv(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 (Excel on Chinese Windows)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise ExchangeFileError(
            "CSV文件的编码无法识别（既不是UTF-8也不是GB18030）。请在Excel中另存为“CSV UTF-8”后重试。"
        ) from exc


def _csv_rows(path: Path) -> Iterator[Row]:
    text = decode_csv(path.read_bytes())
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for number, values in enumerate(reader, start=1):
        yield number, list(values)


def raw_rows(path: Path) -> Iterator[Row]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path)
    return _csv_rows(path)


# -- the header ------------------------------------------------------------------------------


def _header_key(text: str) -> str:
    compact = "".join(text.split()).strip("*＊")
    for unit in ("（元）", "(元)"):
        compact = compact.replace(unit, "")
    return compact


_BY_HEADER: dict[str, str] = {}
for _column in COLUMNS:
    for _alias in (_column.name, *_column.aliases):
        _BY_HEADER[_header_key(_alias)] = _column.name
_IGNORED_HEADERS = frozenset({c.name for c in EXPORT_ONLY} | {"序号"})


@dataclass
class Header:
    row: int
    columns: dict[int, str]
    """Position in the row -> canonical column name."""


def find_header(rows: list[Row], problems: list[Problem]) -> Header | None:
    """The header row: the first of the top rows that names 申请人姓名 (or an alias)."""
    for number, values in rows[:HEADER_SEARCH_ROWS]:
        names = [_BY_HEADER.get(_header_key(cell_text(v))) for v in values]
        if "申请人姓名" in names:
            return _read_header(number, values, problems)
    problems.append(
        Problem(
            "",
            "找不到表头行：前10行中没有“申请人姓名”列。第一行应为列名，"
            "如：案件编号、收案日期、争议类型、申请人姓名、证件号码、被申请人……",
        )
    )
    return None


def _read_header(number: int, values: list[Any], problems: list[Problem]) -> Header:
    columns: dict[int, str] = {}
    seen: dict[str, int] = {}
    for position, value in enumerate(values):
        text = cell_text(value)
        if not text:
            continue
        name = _BY_HEADER.get(_header_key(text))
        if name is None:
            if _header_key(text) not in _IGNORED_HEADERS:
                problems.append(
                    Problem(_where(number, text), "无法识别的列名，此列不导入", Severity.WARNING)
                )
            continue
        if name in seen:
            problems.append(
                Problem(_where(number, text), f"与第{seen[name] + 1}列重复（都是“{name}”）")
            )
            continue
        seen[name] = position
        columns[position] = name
    for name in REQUIRED:
        if name not in seen:
            problems.append(Problem(_where(number), f"缺少“{name}”列"))
    return Header(number, columns)


# -- building cases from rows ----------------------------------------------------------------


@dataclass
class _Cell:
    row: int
    column: str
    value: Any


@dataclass
class _Builder:
    """Collects the rows of one case."""

    first_row: int
    number: str
    problems: list[Problem]
    case_cells: dict[str, _Cell] = field(default_factory=dict)
    case_values: dict[str, Any] = field(default_factory=dict)
    applicants: list[ApplicantData] = field(default_factory=list)
    applicant_rows: list[int] = field(default_factory=list)
    respondents: list[RespondentData] = field(default_factory=list)
    respondent_rows: list[int] = field(default_factory=list)
    claims: list[ClaimData] = field(default_factory=list)
    claim_rows: list[int] = field(default_factory=list)
    failed: bool = False

    def parse(self, row: int, column: str, value: Any, parser: Callable[[Any], Any]) -> Any:
        try:
            return parser(value)
        except ValueError as exc:
            self.error(row, column, str(exc))
            return None

    def error(self, row: int, column: str, message: str) -> None:
        self.failed = True
        self.problems.append(Problem(_where(row, column), message))

    def locate(self, path: str) -> str:
        parts = path.split(".")
        rows = {
            "applicants": self.applicant_rows,
            "respondents": self.respondent_rows,
            "claims": self.claim_rows,
        }.get(parts[0])
        if rows is not None and len(parts) >= 2 and parts[1].isdigit():
            index = int(parts[1])
            row = rows[index] if index < len(rows) else self.first_row
            columns = _FIELD_COLUMNS[parts[0]]
            return _where(row, columns.get(parts[2] if len(parts) > 2 else "", columns[""]))
        column = _CASE_FIELD_COLUMNS.get(parts[0], "")
        cell = self.case_cells.get(column)
        return _where(cell.row if cell else self.first_row, column)


_CASE_PARSERS: dict[str, Callable[[Any], Any]] = {
    "收案日期": parse_date,
    "申请方式": lambda v: parse_choice(ApplicationForm, v, _FORM_ALIASES),
    "来源": lambda v: parse_choice(Channel, v, _CHANNEL_ALIASES),
    "争议类型": lambda v: parse_choice(Category, v, _CATEGORY_ALIASES),
    "外部编号": cell_text,
    "事实与理由": cell_text,
}


def _add_case_cells(builder: _Builder, row: int, cells: dict[str, Any]) -> None:
    for column in CASE_COLUMNS:
        value = cells.get(column)
        if is_blank(value):
            continue
        parsed = builder.parse(row, column, value, _CASE_PARSERS[column])
        if parsed is None:
            continue
        first = builder.case_cells.get(column)
        if first is None:
            builder.case_cells[column] = _Cell(row, column, value)
            builder.case_values[column] = parsed
        elif builder.case_values[column] != parsed:
            builder.error(
                row,
                column,
                f"与第{first.row}行不一致（“{cell_text(value)}”与“{cell_text(first.value)}”）。"
                f"同一案件编号“{builder.number}”的各行，此列应相同或留空",
            )


def _text(cells: dict[str, Any], column: str) -> str:
    return cell_text(cells.get(column))


def _applicant_of(builder: _Builder, row: int, cells: dict[str, Any]) -> ApplicantData | None:
    name = normalize_name(_text(cells, "申请人姓名"))
    if not name:
        builder.error(row, "申请人姓名", "申请人姓名未填写，每一行都要写明是哪一名申请人")
        return None

    def get(column: str, parser: Callable[[Any], Any]) -> Any:
        return builder.parse(row, column, cells.get(column), parser)

    id_type = get("证件类型", lambda v: parse_choice(IdType, v, _ID_TYPE_ALIASES))
    id_type = id_type or IdType.RESIDENT_ID
    applicant = ApplicantData(
        name=name,
        id_type=id_type,
        id_number=get("证件号码", lambda v: parse_identifier(v, "证件号码")) or "",
        sex=get("性别", lambda v: parse_choice(Sex, v, _SEX_ALIASES)),
        phone=get("联系电话", lambda v: parse_identifier(v, "联系电话")) or "",
        is_migrant=bool(get("农民工", parse_bool)),
        employment_start=get("入职日期", parse_date),
        employment_end=get("离职日期", parse_date),
        monthly_wage=get("月工资", parse_money),
        job=_text(cells, "岗位"),
        address=_text(cells, "申请人住址"),
        mailing_address=_text(cells, "申请人通讯地址"),
        is_representative=bool(get("集体争议代表", parse_bool)),
    )
    return applicant


def _sex_from_id(applicant: ApplicantData, today: date) -> None:
    if applicant.sex is None and applicant.id_type is IdType.RESIDENT_ID and applicant.id_number:
        check = check_resident_id(applicant.id_number, today)
        if check.ok:
            applicant.sex = check.sex


def _add_applicant(builder: _Builder, row: int, cells: dict[str, Any], today: date) -> int | None:
    """Index of this row's applicant (an earlier one if it is the same person)."""
    applicant = _applicant_of(builder, row, cells)
    if applicant is None:
        return None
    number = normalize_id_number(applicant.id_type, applicant.id_number)
    for index, known in enumerate(builder.applicants):
        known_number = normalize_id_number(known.id_type, known.id_number)
        same_id = bool(number) and number == known_number
        same_name = known.name == applicant.name and not (number and known_number)
        if same_id or same_name:
            return index
    _sex_from_id(applicant, today)
    builder.applicants.append(applicant)
    builder.applicant_rows.append(row)
    return len(builder.applicants) - 1


_RESPONDENT_COLUMNS = (
    "被申请人",
    "被申请人类型",
    "统一社会信用代码",
    "法定代表人",
    "被申请人地址",
    "被申请人电话",
    "所属行业",
)


def _add_respondent(builder: _Builder, row: int, cells: dict[str, Any]) -> None:
    if all(is_blank(cells.get(c)) for c in _RESPONDENT_COLUMNS):
        return
    name = normalize_name(_text(cells, "被申请人"))
    if not name:
        builder.error(row, "被申请人", "填写了被申请人的其他信息，但没有填写被申请人名称")
        return
    role = builder.parse(
        row,
        "被申请人类型",
        cells.get("被申请人类型"),
        lambda v: parse_choice(ChainRole, v, _CHAIN_ALIASES),
    )
    uscc = normalize_uscc(
        builder.parse(
            row,
            "统一社会信用代码",
            cells.get("统一社会信用代码"),
            lambda v: parse_identifier(v, "统一社会信用代码"),
        )
        or ""
    )
    for known in builder.respondents:
        if (uscc and known.uscc == uscc) or (known.name == name and not (uscc and known.uscc)):
            return
    builder.respondents.append(
        RespondentData(
            name=name,
            uscc=uscc,
            legal_rep=_text(cells, "法定代表人"),
            legal_rep_title=_text(cells, "法定代表人职务"),
            address=_text(cells, "被申请人地址"),
            mailing_address=_text(cells, "被申请人通讯地址"),
            phone=builder.parse(
                row,
                "被申请人电话",
                cells.get("被申请人电话"),
                lambda v: parse_identifier(v, "被申请人电话"),
            )
            or "",
            industry=_text(cells, "所属行业"),
            chain_role=role or ChainRole.EMPLOYER,
        )
    )
    builder.respondent_rows.append(row)


_CLAIM_COLUMNS = ("请求类别", "请求事项", "请求金额", "请求期间起", "请求期间止")


def _add_claim(builder: _Builder, row: int, cells: dict[str, Any], applicant: int) -> None:
    if all(is_blank(cells.get(c)) for c in _CLAIM_COLUMNS):
        return
    description = _text(cells, "请求事项")
    category = builder.parse(
        row, "请求类别", cells.get("请求类别"), lambda v: parse_choice(ClaimCategory, v)
    )
    builder.claims.append(
        ClaimData(
            applicant_index=applicant,
            category=category or guess_claim_category(description),
            description=description,
            amount=builder.parse(row, "请求金额", cells.get("请求金额"), parse_money),
            period_start=builder.parse(row, "请求期间起", cells.get("请求期间起"), parse_date),
            period_end=builder.parse(row, "请求期间止", cells.get("请求期间止"), parse_date),
        )
    )
    builder.claim_rows.append(row)


def _add_row(builder: _Builder, row: int, cells: dict[str, Any], today: date) -> None:
    _add_case_cells(builder, row, cells)
    applicant = _add_applicant(builder, row, cells, today)
    _add_respondent(builder, row, cells)
    if applicant is not None:
        _add_claim(builder, row, cells, applicant)


def _finish(builder: _Builder) -> SourceCase | None:
    values = builder.case_values
    for column in ("收案日期", "争议类型"):
        if column not in values:
            builder.error(builder.first_row, column, f"{column}未填写")
    if builder.failed:
        return None
    data = CaseData(
        received_on=values["收案日期"],
        category=values["争议类型"],
        application_form=values.get("申请方式") or ApplicationForm.WRITTEN,
        channel=values.get("来源") or Channel.WALK_IN,
        facts=values.get("事实与理由", ""),
        external_ref=values.get("外部编号", ""),
        applicants=builder.applicants,
        respondents=builder.respondents,
        claims=builder.claims,
    )
    return SourceCase(CaseRecord(data=data, number=builder.number), builder.locate)


def read_register(path: Path, today: date) -> tuple[list[SourceCase], list[Problem]]:
    """The cases of an intake register and every problem found while reading it."""
    problems: list[Problem] = []
    rows = list(raw_rows(path))
    header = find_header(rows, problems)
    if header is None or any(p.is_error for p in problems):
        return [], problems
    builders: dict[str, _Builder] = {}
    order: list[_Builder] = []
    for number, values in rows:
        if number <= header.row or all(is_blank(v) for v in values):
            continue
        cells = {name: values[pos] for pos, name in header.columns.items() if pos < len(values)}
        case_number = cell_text(cells.get("案件编号"))
        builder = builders.get(case_number) if case_number else None
        if builder is None:
            builder = _Builder(number, case_number, problems)
            order.append(builder)
            if case_number:
                builders[case_number] = builder
        _add_row(builder, number, cells, today)
    if not order:
        problems.append(Problem("", "表中没有任何数据行（表头下方是空的）"))
    cases = [case for case in (_finish(b) for b in order) if case is not None]
    return cases, problems


# -- writing ---------------------------------------------------------------------------------


def _yes(flag: bool) -> str:
    return "是" if flag else "否"


def _label(member: LabelledEnum | None) -> str:
    return "" if member is None else member.label


def _case_cells(record: CaseRecord) -> dict[str, Any]:
    data = record.data
    return {
        "案件编号": record.number,
        "收案日期": data.received_on,
        "申请方式": _label(data.application_form),
        "来源": _label(data.channel),
        "争议类型": _label(data.category),
        "外部编号": data.external_ref,
        "事实与理由": data.facts,
        "状态": _label(record.status),
        "受理日期": record.accepted_on,
        "结案日期": record.closed_on,
        "结案原因": record.closure_reason,
        "主办调解员": record.lead_mediator,
        "作废": _yes(record.voided_on is not None),
    }


def _applicant_cells(a: ApplicantData) -> dict[str, Any]:
    return {
        "申请人姓名": a.name,
        "性别": _label(a.sex),
        "证件类型": _label(a.id_type),
        "证件号码": a.id_number,
        "联系电话": a.phone,
        "农民工": _yes(a.is_migrant),
        "入职日期": a.employment_start,
        "离职日期": a.employment_end,
        "月工资": a.monthly_wage,
        "岗位": a.job,
        "申请人住址": a.address,
        "申请人通讯地址": a.mailing_address,
        "集体争议代表": _yes(a.is_representative),
    }


def _respondent_cells(r: RespondentData) -> dict[str, Any]:
    return {
        "被申请人": r.name,
        "被申请人类型": _label(r.chain_role),
        "统一社会信用代码": r.uscc,
        "法定代表人": r.legal_rep,
        "法定代表人职务": r.legal_rep_title,
        "被申请人地址": r.address,
        "被申请人通讯地址": r.mailing_address,
        "被申请人电话": r.phone,
        "所属行业": r.industry,
    }


def _claim_cells(c: ClaimData) -> dict[str, Any]:
    return {
        "请求类别": _label(c.category),
        "请求事项": c.description,
        "请求金额": c.amount,
        "请求期间起": c.period_start,
        "请求期间止": c.period_end,
    }


def record_rows(record: CaseRecord) -> list[dict[str, Any]]:
    """The rows of one case: one per claim (grouped by applicant), one per applicant
    without claims, and extra rows if there are more respondents than that."""
    data = record.data
    rows: list[dict[str, Any]] = []
    for index, applicant in enumerate(data.applicants):
        claims: list[ClaimData | None] = [c for c in data.claims if c.applicant_index == index]
        claims = claims or [None]
        for claim in claims:
            row = _applicant_cells(applicant)
            if claim is not None:
                row |= _claim_cells(claim)
            rows.append(row)
    while len(rows) < len(data.respondents):
        rows.append(_applicant_cells(data.applicants[-1]))
    for row, respondent in zip(rows, data.respondents, strict=False):
        row |= _respondent_cells(respondent)
    case = _case_cells(record)
    return [case | row for row in rows]


EXPORT_COLUMNS: tuple[Column, ...] = COLUMNS + EXPORT_ONLY


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(path: Path, records: Iterable[CaseRecord]) -> tuple[int, int]:
    """UTF-8 with BOM, so that Excel opens it with the right encoding."""
    cases = lines = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.name for c in EXPORT_COLUMNS])
        for record in records:
            cases += 1
            for row in record_rows(record):
                writer.writerow([_csv_value(row.get(c.name)) for c in EXPORT_COLUMNS])
                lines += 1
    return cases, lines


def write_xlsx(path: Path, records: Iterable[CaseRecord]) -> tuple[int, int]:
    """A streamed workbook: frozen bold header, widths, dates and amounts as numbers."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("案件登记")
    sheet.freeze_panes = "B2"
    for position, column in enumerate(EXPORT_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = column.width
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    center = Alignment(horizontal="center", vertical="center")
    head = []
    for column in EXPORT_COLUMNS:
        cell = WriteOnlyCell(sheet, value=column.name)
        cell.font, cell.fill, cell.alignment = bold, fill, center
        head.append(cell)
    sheet.append(head)
    formats = {"date": "yyyy-mm-dd", "money": "#,##0.00", "id": "@"}
    cases = lines = 0
    for record in records:
        cases += 1
        for row in record_rows(record):
            out: list[Any] = []
            for column in EXPORT_COLUMNS:
                value = row.get(column.name)
                number_format = formats.get(column.kind)
                if number_format and value not in (None, ""):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.number_format = number_format
                    out.append(cell)
                else:
                    out.append(value if value != "" else None)
            sheet.append(out)
            lines += 1
    workbook.save(path)
    return cases, lines
