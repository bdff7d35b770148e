"""All-or-nothing import of an intake register (.xlsx/.csv) or an interchange file (.json).

1. Read the file into ``SourceCase``s, collecting every problem found on the way.
2. Normalise and validate every case with the intake rules the form uses, and
   check the register numbers against the file and the database; each issue
   is reported where the user must look ("第7行 [证件号码]").
3. If anything is an error, nothing is written (``ImportRefused``).
   Otherwise every case goes in through ``persistence.cases.insert_case`` in
   one transaction: either all cases are saved, or none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediator.domain.enums import UserRole
from mediator.domain.errors import Issue, MediatorError, Severity
from mediator.domain.intake import normalize_case, validate_case
from mediator.domain.numbering import parse_case_number
from mediator.domain.workdays import WorkdayCalendar
from mediator.exchange import jsonformat, tabular
from mediator.exchange.records import CaseRecord, Problem, SourceCase
from mediator.persistence import orm
from mediator.persistence.cases import CASE_SERIES, insert_case, intake_warnings, load_calendar
from mediator.persistence.db import Database
from mediator.persistence.officesettings import OfficeSettings, load_settings, save_settings

SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".csv": "csv", ".txt": "csv", ".json": "json"}
_POSITION = re.compile(r"第(\d+)")


class ImportRefused(MediatorError):
    """The file has errors; nothing was imported. ``problems`` lists all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        errors = sum(1 for p in problems if p.is_error)
        super().__init__(f"发现{errors}处错误，本次没有导入任何案件。请改正后重新导入整个文件。")
        self.problems = problems


@dataclass
class ImportPlan:
    cases: list[SourceCase] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    office: OfficeSettings | None = None
    """The exporting office (JSON only): adopted by a store that has no settings yet."""

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)

    def sorted_problems(self) -> list[Problem]:
        """Problems in the order of the file (row, or case), file-level ones first."""
        return sorted(self.problems, key=_position)


def _position(problem: Problem) -> int:
    match = _POSITION.match(problem.where)
    return int(match[1]) if match else 0


@dataclass(frozen=True)
class ImportResult:
    cases: int
    applicants: int
    warnings: list[Problem]
    new_mediators: list[str]
    adopted_office: OfficeSettings | None = None


# -- reading ---------------------------------------------------------------------------------


def file_kind(path: Path) -> str:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        hint = "；旧的.xls文件请先在Excel中另存为.xlsx" if path.suffix.lower() == ".xls" else ""
        raise MediatorError(
            f"不支持的文件类型“{path.suffix or '（无扩展名）'}”。"
            f"可以导入Excel登记表（.xlsx）、CSV（.csv）或本软件导出的JSON（.json）{hint}。"
        )
    if not path.is_file():
        raise MediatorError(f"找不到要导入的文件“{path}”。")
    return kind


def _json_where(index: int, record_number: str, field_path: str = "") -> str:
    where = f"第{index + 1}件案件（{record_number}）" if record_number else f"第{index + 1}件案件"
    return f"{where} [{field_path}]" if field_path else where


def _json_locator(index: int, number: str) -> Callable[[str], str]:
    def locate(path: str) -> str:
        parts = path.split(".")
        readable = ".".join(f"[{p}]" if p.isdigit() else p for p in parts).replace(".[", "[")
        return _json_where(index, number, readable)

    return locate


def read_json(path: Path) -> ImportPlan:
    document = jsonformat.read_document(path)
    plan = ImportPlan()
    if not isinstance(document, dict) or document.get("format") != jsonformat.FORMAT_NAME:
        plan.problems.append(
            Problem("", '这不是本软件导出的案件文件（缺少 "format": "mediator-cases"），未导入。')
        )
        return plan
    if document.get("version") != jsonformat.FORMAT_VERSION:
        plan.problems.append(
            Problem(
                "",
                f"文件的格式版本为{document.get('version')}，本软件只能读取版本"
                f"{jsonformat.FORMAT_VERSION}。请升级本软件后再导入。",
            )
        )
        return plan
    plan.problems = jsonformat.schema_problems(document)
    if plan.problems:
        return plan
    office = document["office"]
    plan.office = OfficeSettings(
        office_name=office["name"],
        short_name=office["short_name"],
        number_pattern=office["number_pattern"],
    )
    for index, obj in enumerate(document["cases"]):
        record = jsonformat.record_from_json(obj)
        locate = _json_locator(index, record.number)
        for field_path, message in jsonformat.consistency_problems(record):
            plan.problems.append(Problem(locate(field_path), message))
        plan.cases.append(SourceCase(record, locate))
    return plan


def read_plan(path: Path, today: date) -> ImportPlan:
    kind = file_kind(path)
    if kind == "json":
        return read_json(path)
    cases, problems = tabular.read_register(path, today)
    return ImportPlan(cases, problems)


# -- checking --------------------------------------------------------------------------------


def _issue_problem(case: SourceCase, issue: Issue) -> Problem:
    return Problem(case.locate(issue.field), issue.message, issue.severity)


def validate_plan(plan: ImportPlan, today: date) -> None:
    """Normalise every case and add its intake issues to the plan."""
    for case in plan.cases:
        case.record.data = normalize_case(case.record.data, today)
        for issue in validate_case(case.record.data, today):
            plan.problems.append(_issue_problem(case, issue))


def _existing_numbers(session: Session, numbers: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        found.update(session.scalars(select(orm.Case.number).where(orm.Case.number.in_(chunk))))
    return found


def check_numbers(plan: ImportPlan, session: Session) -> None:
    """A given register number must be new to the file and to the database."""
    numbered = [case for case in plan.cases if case.record.number]
    counts = Counter(case.record.number for case in numbered)
    taken = _existing_numbers(session, list(counts))
    reported: set[str] = set()
    for case in numbered:
        number = case.record.number
        where = case.locate("number")
        if number in taken:
            plan.problems.append(
                Problem(where, f"案件编号“{number}”在数据库中已经存在，不能重复导入。")
            )
        elif counts[number] > 1 and number not in reported:
            reported.add(number)
            plan.problems.append(
                Problem(where, f"案件编号“{number}”在文件中出现了{counts[number]}次。")
            )


def warn_about_known_parties(plan: ImportPlan, session: Session, today: date) -> None:
    """The intake form's warnings for open cases: same worker or employer already open, ...

    Closed cases (a JSON transfer of old files) are left alone: there the
    warnings would only be noise.
    """
    for case in plan.cases:
        if case.record.status.is_open:
            for issue in intake_warnings(session, case.record.data, today):
                plan.problems.append(_issue_problem(case, issue))


# -- writing ---------------------------------------------------------------------------------


def _mediator_ids(
    session: Session, records: Iterable[CaseRecord]
) -> tuple[dict[str, int], list[str]]:
    """User ids of the lead mediators named in the records; missing ones are created."""
    known: dict[str, int] = {}
    for user_id, name in session.execute(select(orm.User.id, orm.User.name).order_by(orm.User.id)):
        known.setdefault(name, user_id)
    created: list[str] = []
    for record in records:
        name = record.lead_mediator
        if name and name not in known:
            user = orm.User(
                name=name, role=UserRole.MEDIATOR, certificate_no="", phone="", active=True
            )
            session.add(user)
            session.flush()
            known[name] = user.id
            created.append(name)
    return known, created


def _continue_series(session: Session, settings: OfficeSettings, number: str, year: int) -> int:
    """Sequence of an imported number that fits the pattern; later numbers continue after it."""
    seq = parse_case_number(
        settings.number_pattern, number, short_name=settings.short_name, year=year
    )
    if seq is None:
        return 0
    series_year = year if "{年}" in settings.number_pattern else 0
    row = session.get(orm.NumberSeries, (CASE_SERIES, series_year))
    if row is None:
        session.add(orm.NumberSeries(series=CASE_SERIES, year=series_year, last_seq=seq))
    elif row.last_seq < seq:
        row.last_seq = seq
    return seq


def _insert(
    session: Session,
    record: CaseRecord,
    settings: OfficeSettings,
    calendar: WorkdayCalendar,
    now: datetime,
    mediators: dict[str, int],
) -> None:
    data = replace(record.data, lead_mediator_id=mediators.get(record.lead_mediator))
    case = insert_case(
        session,
        data,
        settings=settings,
        calendar=calendar,
        now=now,
        number=record.number or None,
        status=record.status,
    )
    if record.number:
        case.number_seq = _continue_series(session, settings, record.number, case.number_year)
    case.accepted_on = record.accepted_on
    case.closed_on = record.closed_on
    case.closure_reason = record.closure_reason
    case.voided_on = record.voided_on
    case.void_reason = record.void_reason
    case.respondent_consent = record.respondent_consent
    case.respondent_consent_on = record.respondent_consent_on


def _adopt_office(session: Session, office: OfficeSettings | None) -> OfficeSettings | None:
    """A fresh store takes the office settings of the file (name, short name, numbering)."""
    if office is None or office.validate():
        return None
    if session.scalar(select(func.count()).select_from(orm.Setting)):
        return None
    save_settings(session, office)
    session.flush()
    return office


def write_plan(
    db: Database, plan: ImportPlan, now: datetime
) -> tuple[list[str], OfficeSettings | None]:
    """Insert every case in one transaction; returns new mediators and the adopted office."""
    with db.write() as session:
        adopted = _adopt_office(session, plan.office)
        settings = load_settings(session)
        calendar = load_calendar(session)
        records = [case.record for case in plan.cases]
        mediators, created = _mediator_ids(session, records)
        for record in records:
            _insert(session, record, settings, calendar, now, mediators)
        session.flush()
    return created, adopted


def import_file(db: Database, path: Path, today: date, now: datetime) -> ImportResult:
    """Import ``path`` completely or not at all (``ImportRefused`` lists every problem)."""
    plan = read_plan(path, today)
    validate_plan(plan, today)  # also when some rows could not be read: report everything at once
    with db.read() as session:
        check_numbers(plan, session)
        if not plan.has_errors:
            warn_about_known_parties(plan, session, today)
    if plan.has_errors:
        raise ImportRefused(plan.sorted_problems())
    if not plan.cases:
        raise ImportRefused(plan.problems + [Problem("", "文件中没有案件。")])
    created, adopted = write_plan(db, plan, now)
    warnings = [p for p in plan.sorted_problems() if p.severity is Severity.WARNING]
    applicants = sum(len(case.record.data.applicants) for case in plan.cases)
    return ImportResult(len(plan.cases), applicants, warnings, created, adopted)
