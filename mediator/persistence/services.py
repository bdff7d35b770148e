"""Use cases: each public method is one user action and one transaction.

The GUI and the command line call these and nothing below them; both get
frozen snapshots back and never hold a Session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm.exc import StaleDataError

from mediator.domain.enums import OPEN_STATUSES, DayKind, UserRole
from mediator.domain.errors import Issue, MediatorError, NotFound, ValidationFailed
from mediator.domain.intake import normalize_case, validate_case
from mediator.domain.model import CaseData, ClaimData
from mediator.domain.workdays import WorkdayCalendar
from mediator.persistence import orm
from mediator.persistence.caselist import CaseFilter, CaseRow, SortKey, case_ids, fetch_rows
from mediator.persistence.cases import (
    CaseDetail,
    CaseRef,
    compute_deadlines,
    detail_of,
    insert_case,
    intake_warnings,
    load_calendar,
    load_case_row,
    next_seq,
    update_case_data,
)
from mediator.persistence.errors import StaleEdit
from mediator.persistence.officesettings import OfficeSettings, load_settings, save_settings
from mediator.persistence.usecases import UseCases


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: UserRole = UserRole.MEDIATOR
    certificate_no: str = ""
    phone: str = ""
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user_name: str
    entity: str
    entity_id: int | None
    action: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    kind: DayKind
    note: str


class Services(UseCases):
    """The application's use cases over one open database."""

    # -- cases ------------------------------------------------------------------------------

    def check_intake(self, data: CaseData, exclude_case_id: int | None = None) -> list[Issue]:
        """Errors (blocking) and warnings (not blocking) for a form about to be saved."""
        today = self.today()
        data = normalize_case(data, today)
        issues = validate_case(data, today)
        with self.db.read() as session:
            issues += intake_warnings(session, data, today, exclude_case_id)
        return issues

    def _validated(self, data: CaseData) -> CaseData:
        today = self.today()
        data = normalize_case(data, today)
        issues = validate_case(data, today)
        if any(i.is_error for i in issues):
            raise ValidationFailed(issues)
        return data

    def create_case(self, data: CaseData) -> CaseRef:
        data = self._validated(data)
        with self.db.write() as session:
            case = insert_case(
                session,
                data,
                settings=load_settings(session),
                calendar=load_calendar(session),
                now=self.now(),
            )
            return CaseRef(case.id, case.number, case.version)

    def update_case(self, case_id: int, expected_version: int, data: CaseData) -> CaseRef:
        """Save an edit, refusing it if someone saved the case since it was loaded."""
        data = self._validated(data)
        try:
            with self.db.write() as session:
                case = load_case_row(session, case_id)
                self._check_version(session, case, expected_version)
                update_case_data(
                    session,
                    case,
                    data,
                    settings=load_settings(session),
                    calendar=load_calendar(session),
                    now=self.now(),
                )
                return CaseRef(case.id, case.number, case.version)
        except StaleDataError as exc:
            raise StaleEdit(self._stale_message(case_id)) from exc

    def add_claim(self, case_id: int, expected_version: int, claim: ClaimData) -> CaseRef:
        """Add one claim (a calculator's result) to a case as an edit would.

        The whole case is validated and saved the way ``update_case`` saves it,
        so the claimed total, the version and the history stay right.
        """
        try:
            with self.db.write() as session:
                case = load_case_row(session, case_id)
                self._check_version(session, case, expected_version)
                data = detail_of(case).data
                data.claims.append(claim)
                update_case_data(
                    session,
                    case,
                    self._validated(data),
                    settings=load_settings(session),
                    calendar=load_calendar(session),
                    now=self.now(),
                )
                return CaseRef(case.id, case.number, case.version)
        except StaleDataError as exc:
            raise StaleEdit(self._stale_message(case_id)) from exc

    def _check_version(self, session: object, case: orm.Case, expected_version: int) -> None:
        if case.version != expected_version:
            raise StaleEdit(self._stale_message(case.id))

    def _stale_message(self, case_id: int) -> str:
        last = self.history(case_id)[-1:] if case_id else []
        who = f"（{last[0].user_name}于{last[0].at:%Y-%m-%d %H:%M}）" if last else ""
        return (
            f"此案件在您打开之后已被他人{who}修改并保存。为避免覆盖对方的修改，您的这次修改没有保存。"
            "请关闭后重新打开该案件，查看最新内容后再录入您的修改。"
        )

    def get_case(self, case_id: int) -> CaseDetail:
        with self.db.read() as session:
            return detail_of(load_case_row(session, case_id))

    def void_case(self, case_id: int, expected_version: int, reason: str) -> CaseRef:
        """Void (作废) a case: it leaves the list, its number stays used and is never reused."""
        if not reason.strip():
            raise ValidationFailed([Issue("void_reason", "请填写作废原因。")])
        with self.db.write() as session:
            case = load_case_row(session, case_id)
            self._check_version(session, case, expected_version)
            if case.voided_on is not None:
                raise MediatorError("该案件已经作废。")
            case.voided_on = self.today()
            case.void_reason = reason.strip()
            case.updated_at = self.now()
            session.flush()
            return CaseRef(case.id, case.number, case.version)

    def history(self, case_id: int) -> list[HistoryEntry]:
        with self.db.read() as session:
            rows = session.scalars(
                select(orm.AuditEntry)
                .where(orm.AuditEntry.case_id == case_id)
                .order_by(orm.AuditEntry.id)
            )
            return [
                HistoryEntry(
                    r.at,
                    r.user_name,
                    r.entity,
                    r.entity_id,
                    r.action,
                    r.field,
                    r.old_value,
                    r.new_value,
                )
                for r in rows
            ]

    def case_ids(
        self, flt: CaseFilter, sort: SortKey = SortKey.RECEIVED, descending: bool = True
    ) -> list[int]:
        with self.db.read() as session:
            return case_ids(session, flt, self.today(), sort, descending)

    def case_rows(self, ids: Sequence[int]) -> dict[int, CaseRow]:
        with self.db.read() as session:
            return fetch_rows(session, ids)

    def find_case_id(self, number: str) -> int:
        with self.db.read() as session:
            case_id = session.scalar(select(orm.Case.id).where(orm.Case.number == number.strip()))
        if case_id is None:
            raise NotFound(f"找不到案件编号为“{number}”的案件。")
        return case_id

    # -- settings ---------------------------------------------------------------------------

    def next_case_seq(self, number_pattern: str) -> int:
        """Running number of the next new case under ``number_pattern`` (settings preview)."""
        with self.db.read() as session:
            return next_seq(session, number_pattern, self.today().year)

    def settings(self) -> OfficeSettings:
        with self.db.read() as session:
            return load_settings(session)

    def office_configured(self) -> bool:
        """Whether the office has saved its name yet (a fresh store runs on placeholders)."""
        with self.db.read() as session:
            return session.get(orm.Setting, "office_name") is not None

    def save_settings(self, settings: OfficeSettings) -> None:
        with self.db.write() as session:
            save_settings(session, settings)

    # -- users ------------------------------------------------------------------------------

    def users(self, active_only: bool = False) -> list[UserInfo]:
        with self.db.read() as session:
            query = select(orm.User).order_by(orm.User.id)
            if active_only:
                query = query.where(orm.User.active.is_(True))
            return [
                UserInfo(u.name, u.role, u.certificate_no, u.phone, u.active, u.id)
                for u in session.scalars(query)
            ]

    def save_user(self, user: UserInfo) -> UserInfo:
        name = user.name.strip()
        if not name:
            raise ValidationFailed([Issue("name", "请填写姓名。")])
        with self.db.write() as session:
            row = orm.User() if user.id is None else session.get(orm.User, user.id)
            if row is None:
                raise NotFound("该人员不存在。")
            for attr, value in (
                ("name", name),
                ("role", user.role),
                ("certificate_no", user.certificate_no.strip()),
                ("phone", user.phone.strip()),
                ("active", user.active),
            ):
                if getattr(row, attr) != value:
                    setattr(row, attr, value)
            session.add(row)
            session.flush()
            return UserInfo(row.name, row.role, row.certificate_no, row.phone, row.active, row.id)

    # -- working-day calendar ---------------------------------------------------------------

    def workday_calendar(self) -> WorkdayCalendar:
        with self.db.read() as session:
            return load_calendar(session)

    def calendar_entries(self, year: int | None = None) -> list[CalendarEntry]:
        with self.db.read() as session:
            query = select(orm.CalendarDay).order_by(orm.CalendarDay.day)
            if year is not None:
                query = query.where(
                    orm.CalendarDay.day >= date(year, 1, 1),
                    orm.CalendarDay.day <= date(year, 12, 31),
                )
            return [CalendarEntry(d.day, d.kind, d.note) for d in session.scalars(query)]

    def set_calendar_day(self, day: date, kind: DayKind | None, note: str = "") -> int:
        """Mark a day as holiday / make-up workday (None removes the override).

        Deadlines of open cases received in the affected window are recomputed;
        returns how many cases changed.
        """
        with self.db.write() as session:
            row = session.get(orm.CalendarDay, day)
            if kind is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(orm.CalendarDay(day=day, kind=kind, note=note))
            else:
                row.kind, row.note = kind, note
            session.flush()
            return self._recompute_deadlines(session, since=date(day.year - 1, 12, 1))

    def _recompute_deadlines(self, session: object, since: date) -> int:
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        settings = load_settings(session)
        calendar = load_calendar(session)
        changed = 0
        # A mediation period extended by the parties keeps its agreed date.
        extended = (
            select(orm.DeadlineExtension.id)
            .where(orm.DeadlineExtension.case_id == orm.Case.id)
            .exists()
        )
        open_cases = session.execute(
            select(
                orm.Case.id,
                orm.Case.received_on,
                orm.Case.acceptance_due,
                orm.Case.mediation_due,
                extended,
            ).where(orm.Case.status.in_(OPEN_STATUSES), orm.Case.received_on >= since)
        )
        for case_id, received_on, old_acceptance, old_mediation, was_extended in open_cases.all():
            acceptance, mediation = compute_deadlines(received_on, settings, calendar)
            if was_extended:
                mediation = old_mediation
            if (acceptance, mediation) != (old_acceptance, old_mediation):
                session.execute(
                    update(orm.Case)
                    .where(orm.Case.id == case_id)
                    .values(acceptance_due=acceptance, mediation_due=mediation)
                    .execution_options(synchronize_session=False)
                )
                changed += 1
        return changed
