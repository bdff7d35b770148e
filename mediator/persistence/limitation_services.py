"""Use cases of the limitation clock (仲裁时效, issue 6).

Built like ``PerformanceServices``: one transaction per method, frozen
records back. Events and the known date are records beside the case (they
can be added after it was closed), so they neither check nor bump the case
version; every change is in the history through the audit hook, and the
applicants' ``limitation_due`` follows through the flush hook of
``persistence.limitation``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from mediator.domain import limitation as lim
from mediator.domain.errors import Issue, MediatorError, NotFound, ValidationFailed
from mediator.persistence import limitation as store
from mediator.persistence import orm
from mediator.persistence.cases import load_case_row
from mediator.persistence.limitation import CaseClock, EventInfo
from mediator.persistence.usecases import UseCases


@dataclass(frozen=True)
class EventData:
    kind: lim.EventKind
    occurred_on: date | None
    ended_on: date | None = None
    """A suspension: the day its cause ended; empty while it still stands."""
    applicant_id: int | None = None
    """None: the event concerns every applicant of the case."""
    note: str = ""


def _refuse(issues: list[Issue]) -> None:
    if issues:
        raise ValidationFailed(issues)


class LimitationServices(UseCases):
    """The limitation clock of each applicant, over one open database."""

    def clock_of(self, case_id: int) -> CaseClock:
        with self.db.read() as session:
            return store.case_clock(session, load_case_row(session, case_id), self.today())

    def add_event(self, case_id: int, data: EventData) -> EventInfo:
        """Record an interruption or suspension (中断/中止) for one applicant or all of them."""
        with self.db.write() as session:
            case = self._live_case(session, case_id)
            applicant = self._applicant_of(case, data.applicant_id)
            starts = [a.employment_start for a in ([applicant] if applicant else case.applicants)]
            known = [s for s in starts if s is not None]
            problems = lim.event_problems(
                data.kind,
                data.occurred_on,
                data.ended_on,
                employment_start=min(known) if known else None,
                today=self.today(),
            )
            _refuse([Issue(field, message) for field, message in problems])
            assert data.occurred_on is not None
            row = orm.LimitationEvent(
                case_id=case_id,
                applicant_id=data.applicant_id,
                kind=data.kind,
                occurred_on=data.occurred_on,
                ended_on=data.ended_on,
                note=data.note.strip(),
                operator=self.db.operator.name,
                created_at=self.now(),
            )
            session.add(row)
            session.flush()
            name = applicant.name if applicant else ""
            return store.event_info(row, name, store.load_rules(session))

    def remove_event(self, event_id: int) -> None:
        """Delete an event recorded by mistake (the history keeps what it said)."""
        with self.db.write() as session:
            row = session.get(orm.LimitationEvent, event_id)
            if row is None:
                raise NotFound("该时效事件不存在或已被删除。")
            self._live_case(session, row.case_id)
            session.delete(row)

    def set_known_date(self, applicant_id: int, known_on: date | None) -> None:
        """The day the worker knew or should have known of the infringement (None: unknown)."""
        with self.db.write() as session:
            applicant = session.get(orm.Applicant, applicant_id)
            if applicant is None:
                raise NotFound("该申请人不存在或已被删除。")
            case = self._live_case(session, applicant.case_id)
            _refuse(self._known_problems(applicant, case, known_on))
            if applicant.infringement_known_on != known_on:
                applicant.infringement_known_on = known_on

    def _known_problems(
        self, applicant: orm.Applicant, case: orm.Case, known_on: date | None
    ) -> list[Issue]:
        if known_on is None:
            return []
        issues = []
        day = lim.cn_date(known_on)
        if known_on > self.today():
            issues.append(Issue("known_on", f"知道权利被侵害之日（{day}）不能晚于今天。"))
        elif known_on > case.received_on:
            issues.append(
                Issue(
                    "known_on",
                    f"知道权利被侵害之日（{day}）不能晚于申请调解之日"
                    f"（{lim.cn_date(case.received_on)}）。",
                )
            )
        start = applicant.employment_start
        if start is not None and known_on < start:
            issues.append(
                Issue(
                    "known_on",
                    f"知道权利被侵害之日（{day}）早于入职日期（{lim.cn_date(start)}），请核对。",
                )
            )
        return issues

    # -- settings ---------------------------------------------------------------------------

    def rules(self) -> lim.LimitationRules:
        with self.db.read() as session:
            return store.load_rules(session)

    def set_rules(self, rules: lim.LimitationRules) -> None:
        """Which recorded event kinds count (every applicant's date follows)."""
        with self.db.write() as session:
            store.save_rules(session, rules)

    def refresh_all(self) -> int:
        """Recompute every applicant's stored date (after upgrading a store); returns changes."""
        with self.db.write() as session:
            return store.refresh_all(session)

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _live_case(session: Session, case_id: int) -> orm.Case:
        case = session.get(orm.Case, case_id)
        if case is None:
            raise NotFound("该案件不存在或已被删除。")
        if case.voided_on is not None:
            raise MediatorError("该案件已作废，不能再办理。")
        return case

    @staticmethod
    def _applicant_of(case: orm.Case, applicant_id: int | None) -> orm.Applicant | None:
        if applicant_id is None:
            return None
        for applicant in case.applicants:
            if applicant.id == applicant_id:
                return applicant
        raise ValidationFailed([Issue("applicant_id", "所选申请人不是本案的申请人。")])
