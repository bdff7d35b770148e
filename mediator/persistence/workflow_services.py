"""Use cases of the mediation workflow: acceptance to closing, sessions, agreements, board.

Built like ``Services``: one transaction per method, frozen records back.
Every method that changes a case takes the ``expected_version`` the caller
loaded it at, raises ``StaleEdit`` when someone saved it since, and bumps the
case version. The exception is ``save_session_draft``: it is called again
and again while a session record is typed, so it neither checks nor bumps the
case version and writes no history (the finished record goes into the history
in one entry).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from mediator.domain.enums import CaseStatus
from mediator.domain.errors import Issue, MediatorError, NotFound, ValidationFailed
from mediator.domain.workflow import Move, default_copies, transition
from mediator.domain.workflow_enums import (
    Action,
    Consent,
    FailureReason,
    NotAcceptedReason,
)
from mediator.persistence import orm
from mediator.persistence import workflow as wf
from mediator.persistence.cases import CaseRef, load_calendar
from mediator.persistence.db import Database
from mediator.persistence.errors import StaleEdit
from mediator.persistence.services import Services
from mediator.persistence.todo import TodoItem, todo_items
from mediator.persistence.usecases import UseCases
from mediator.persistence.workflow import (
    AcceptanceInfo,
    AgreementInfo,
    ExtensionInfo,
    FollowUpData,
    FollowUpInfo,
    MediatorAssignment,
    MediatorInfo,
    RecusalData,
    RecusalInfo,
    SessionData,
    SessionInfo,
    StatusChangeInfo,
    TermData,
)

_CLOSE_ACTIONS = (Action.WITHDRAW, Action.FAIL, Action.RESPONDENT_REFUSES)


@dataclass
class _Edit:
    """The open transaction and the locked case of one workflow change."""

    session: Session
    case: orm.Case


def _refuse(issues: list[Issue]) -> None:
    if any(i.is_error for i in issues):
        raise ValidationFailed(issues)


class WorkflowServices(UseCases):
    """The workflow use cases over one open database."""

    def __init__(
        self,
        db: Database,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(db, today, now)
        self._cases = Services(db, today, now)

    # -- the transaction of one change ------------------------------------------------------

    @contextmanager
    def _edit(self, case_id: int, expected_version: int) -> Iterator[_Edit]:
        """Load and version-check the case, yield, then bump its version and flush."""
        try:
            with self.db.write() as session:
                case = session.get(orm.Case, case_id)
                if case is None:
                    raise NotFound("该案件不存在或已被删除。")
                if case.version != expected_version:
                    raise StaleEdit(self._cases._stale_message(case_id))
                if case.voided_on is not None:
                    raise MediatorError("该案件已作废，不能再办理。")
                edit = _Edit(session, case)
                yield edit
                case.updated_at = self.now()
                flag_modified(case, "updated_at")
                session.flush()
        except StaleDataError as exc:
            raise StaleEdit(self._cases._stale_message(case_id)) from exc

    def _move(self, edit: _Edit, action: Action, on: date, move: Move) -> None:
        """Apply one state-machine move and record it (with reason and note)."""
        target = transition(edit.case.status, action, move)
        reason = move.reason.value if move.reason is not None else ""
        wf.record_status_change(
            edit.session,
            edit.case,
            action,
            target,
            on=on,
            now=self.now(),
            reason=reason,
            note=move.note,
        )

    def _check_day(self, field: str, day: date, case: orm.Case, what: str) -> None:
        issues = []
        if day > self.today():
            issues.append(Issue(field, f"{what}不能晚于今天。"))
        if day < case.received_on:
            issues.append(Issue(field, f"{what}不能早于收到申请的日期。"))
        _refuse(issues)

    # -- acceptance -------------------------------------------------------------------------

    def decide_acceptance(
        self,
        case_id: int,
        expected_version: int,
        *,
        accepted: bool,
        decided_on: date,
        reason: NotAcceptedReason | None = None,
        reason_text: str = "",
        respondent_consent: Consent = Consent.UNKNOWN,
        consent_on: date | None = None,
    ) -> CaseRef:
        """Accept (受理) or refuse to accept (不予受理) a received application."""
        if accepted and respondent_consent is Consent.NO:
            raise MediatorError(
                "被申请人拒绝调解的，不能受理。请使用“被申请人拒绝调解”记录，并书面告知申请人。"
            )
        with self._edit(case_id, expected_version) as edit:
            self._check_day("decided_on", decided_on, edit.case, "受理决定日期")
            action = Action.ACCEPT if accepted else Action.NOT_ACCEPT
            self._move(edit, action, decided_on, Move(reason=reason, note=reason_text))
            wf.add_acceptance(
                edit.session,
                edit.case,
                decided_on=decided_on,
                accepted=accepted,
                reason=None if accepted else reason,
                reason_text=reason_text,
                consent=respondent_consent,
                consent_on=consent_on,
                now=self.now(),
            )
            if accepted:
                edit.case.accepted_on = decided_on
            else:
                edit.case.closed_on = decided_on
                edit.case.closure_reason = reason.value if reason else ""
        return self._ref(edit.case)

    def record_respondent_refusal(
        self, case_id: int, expected_version: int, refused_on: date, note: str = ""
    ) -> CaseRef:
        """The respondent refuses mediation: the case ends (人民调解法 Art.17)."""
        with self._edit(case_id, expected_version) as edit:
            self._check_day("refused_on", refused_on, edit.case, "被申请人拒绝调解的日期")
            self._close(edit, Action.RESPONDENT_REFUSES, refused_on, None, note)
            edit.case.respondent_consent = Consent.NO
            edit.case.respondent_consent_on = refused_on
        return self._ref(edit.case)

    def acceptance_of(self, case_id: int) -> AcceptanceInfo | None:
        with self.db.read() as session:
            return wf.latest_acceptance(session, case_id)

    # -- mediators --------------------------------------------------------------------------

    def assign_mediators(
        self, case_id: int, expected_version: int, assignments: Sequence[MediatorAssignment]
    ) -> CaseRef:
        """Set the case's mediators: one lead, assistants, at most one recorder."""
        with self._edit(case_id, expected_version) as edit:
            wf.check_assignments(edit.session, assignments)
            wf.set_mediators(edit.session, edit.case, assignments)
        return self._ref(edit.case)

    def mediators_of(self, case_id: int) -> list[MediatorInfo]:
        with self.db.read() as session:
            return wf.mediators(session, case_id)

    def record_recusal(
        self,
        case_id: int,
        expected_version: int,
        data: RecusalData,
        recusal_id: int | None = None,
    ) -> RecusalInfo:
        """Record a recusal request (回避), or its decision; a granted one unassigns the mediator."""
        with self._edit(case_id, expected_version) as edit:
            row = wf.save_recusal(edit.session, edit.case, data, recusal_id)
            edit.session.flush()
            info = wf.recusal_info(edit.session, row)
        return info

    def recusals_of(self, case_id: int) -> list[RecusalInfo]:
        with self.db.read() as session:
            return wf.recusals(session, case_id)

    # -- sessions ---------------------------------------------------------------------------

    def create_session(self, case_id: int, expected_version: int, data: SessionData) -> SessionInfo:
        """Schedule or start a session; it is a draft until finished."""
        _refuse(wf.session_problems(data, finishing=False, today=self.today()))
        with self._edit(case_id, expected_version) as edit:
            if edit.case.status is not CaseStatus.MEDIATING:
                raise MediatorError(self._not_mediating(edit.case.status, "安排调解"))
            row = wf.new_session(edit.session, edit.case, data, self.now())
            row.draft_saved_at = self.now()
        return wf.session_info(row, edit.case.version)

    def save_session_draft(self, session_id: int, data: SessionData) -> SessionInfo:
        """Save a record being typed: cheap, idempotent, no version check, no history."""
        _refuse(wf.session_problems(data, finishing=False, today=self.today()))
        with self.db.write() as session:
            session.info["skip_audit"] = True
            row = wf.load_session(session, session_id)
            if not row.draft:
                raise MediatorError("该次调解笔录已完成，不能再修改。")
            wf.write_session(session, row, data)
            if session.is_modified(row) or session.new or session.deleted or session.dirty:
                row.draft_saved_at = self.now()
            session.flush()
            version = session.get_one(orm.Case, row.case_id).version
            return wf.session_info(row, version)

    def finish_session(
        self, session_id: int, expected_version: int, data: SessionData
    ) -> SessionInfo:
        """Complete a record: it leaves draft state and goes into the case history whole."""
        _refuse(wf.session_problems(data, finishing=True, today=self.today()))
        with self.db.read() as session:
            case_id = wf.load_session(session, session_id).case_id
        with self._edit(case_id, expected_version) as edit:
            row = wf.load_session(edit.session, session_id)
            if not row.draft:
                raise MediatorError("该次调解笔录已完成，不能再修改。")
            edit.session.info["skip_audit"] = True
            wf.write_session(edit.session, row, data)
            row.draft = False
            row.draft_saved_at = self.now()
            edit.session.flush()
            edit.session.info["skip_audit"] = False
            wf.record_finished_session(edit.session, row)
        return wf.session_info(row, edit.case.version)

    def session(self, session_id: int) -> SessionInfo:
        with self.db.read() as session:
            row = wf.load_session(session, session_id)
            return wf.session_info(row, session.get_one(orm.Case, row.case_id).version)

    def sessions_of(self, case_id: int) -> list[SessionInfo]:
        with self.db.read() as session:
            return wf.sessions(session, case_id, self._version(session, case_id))

    # -- time limits ------------------------------------------------------------------------

    def extend_deadline(
        self, case_id: int, expected_version: int, agreed_on: date, new_due: date, note: str = ""
    ) -> ExtensionInfo:
        """Both parties agreed to extend mediation: move ``mediation_due``, keep the history."""
        with self._edit(case_id, expected_version) as edit:
            case = edit.case
            if not case.status.is_open:
                raise MediatorError(f"案件已结案（{case.status.label}），不能再延长调解期限。")
            _refuse(wf.extension_problems(case, agreed_on, new_due, self.today()))
            row = orm.DeadlineExtension(
                case_id=case.id,
                agreed_on=agreed_on,
                previous_due=case.mediation_due,
                new_due=new_due,
                note=note.strip(),
                created_at=self.now(),
            )
            edit.session.add(row)
            case.mediation_due = new_due
        return ExtensionInfo(
            row.id, row.agreed_on, row.previous_due, row.new_due, row.note, case.version
        )

    def extensions_of(self, case_id: int) -> list[ExtensionInfo]:
        with self.db.read() as session:
            return wf.extensions(session, case_id, self._version(session, case_id))

    # -- agreements -------------------------------------------------------------------------

    def create_agreement(
        self,
        case_id: int,
        expected_version: int,
        terms: Sequence[TermData],
        preamble: str = "",
        copies: int | None = None,
    ) -> AgreementInfo:
        """Draft the mediation agreement of a case (not yet effective)."""
        _refuse(wf.term_problems(terms))
        with self._edit(case_id, expected_version) as edit:
            if edit.case.status is not CaseStatus.MEDIATING:
                raise MediatorError(self._not_mediating(edit.case.status, "起草调解协议"))
            pending = [a for a in wf.agreements(edit.session, case_id, 0) if a.signed_on is None]
            if pending:
                raise MediatorError("本案已有一份尚未签订的调解协议，请直接修改它。")
            if copies is None:
                copies = default_copies(wf.party_count(edit.session, case_id))
            row = wf.new_agreement(
                edit.session,
                edit.case,
                terms=terms,
                preamble=preamble,
                copies=copies,
                supplements_id=None,
                now=self.now(),
            )
        return wf.agreement_info(row, edit.case.version)

    def update_agreement_terms(
        self,
        agreement_id: int,
        expected_version: int,
        terms: Sequence[TermData],
        preamble: str | None = None,
        copies: int | None = None,
    ) -> AgreementInfo:
        """Edit an agreement before it is signed; refused once it is effective."""
        _refuse(wf.term_problems(terms))
        with self._agreement_edit(agreement_id, expected_version) as (edit, row):
            wf.refuse_if_signed(row)
            wf.write_terms(edit.session, row, terms)
            if preamble is not None and row.preamble != preamble.strip():
                row.preamble = preamble.strip()
            if copies is not None and row.copies != copies:
                row.copies = copies
        return wf.agreement_info(row, edit.case.version)

    def sign_agreement(
        self, agreement_id: int, expected_version: int, signed_on: date
    ) -> AgreementInfo:
        """Record the signing date: the agreement takes effect, the case is 达成协议."""
        with self._agreement_edit(agreement_id, expected_version) as (edit, row):
            wf.refuse_if_signed(row)
            self._check_day("signed_on", signed_on, edit.case, "签订日期")
            _refuse(wf.term_problems(wf.agreement_info(row, 0).terms))
            if row.supplements_id is None:
                self._move(edit, Action.SIGN_AGREEMENT, signed_on, Move())
                edit.case.closed_on = signed_on
                edit.case.closure_reason = ""
            row.signed_on = signed_on
            edit.session.flush()
            # The instalments exist from the signing on, so the board can
            # watch them even if nobody opens the case again.
            from mediator.persistence import performance

            performance.sync_schedule(
                edit.session, edit.case.id, load_calendar(edit.session), self.now()
            )
        return wf.agreement_info(row, edit.case.version)

    def create_supplementary_agreement(
        self,
        agreement_id: int,
        expected_version: int,
        terms: Sequence[TermData],
        preamble: str = "",
    ) -> AgreementInfo:
        """A new agreement that refers to a signed one (the only way to change it)."""
        _refuse(wf.term_problems(terms))
        with self._agreement_edit(agreement_id, expected_version) as (edit, original):
            if original.signed_on is None:
                raise MediatorError("原调解协议尚未签订，可以直接修改，无需签订补充协议。")
            row = wf.new_agreement(
                edit.session,
                edit.case,
                terms=terms,
                preamble=preamble,
                copies=original.copies,
                supplements_id=original.id,
                now=self.now(),
            )
        return wf.agreement_info(row, edit.case.version)

    def agreement_of(self, case_id: int) -> AgreementInfo | None:
        """The case's (main) mediation agreement, or None."""
        main = [a for a in self.agreements_of(case_id) if a.supplements_id is None]
        return main[-1] if main else None

    def agreements_of(self, case_id: int) -> list[AgreementInfo]:
        """The agreement and its supplements, in the order they were made."""
        with self.db.read() as session:
            return wf.agreements(session, case_id, self._version(session, case_id))

    @contextmanager
    def _agreement_edit(
        self, agreement_id: int, expected_version: int
    ) -> Iterator[tuple[_Edit, orm.Agreement]]:
        with self.db.read() as session:
            case_id = wf.load_agreement(session, agreement_id).case_id
        with self._edit(case_id, expected_version) as edit:
            yield edit, wf.load_agreement(edit.session, agreement_id)

    # -- closing and reopening --------------------------------------------------------------

    def close_case(
        self,
        case_id: int,
        expected_version: int,
        action: Action,
        closed_on: date,
        reason: FailureReason | None = None,
        note: str = "",
    ) -> CaseRef:
        """Close as withdrawn, refused or failed (with a reason of domain.md 2.5)."""
        if action not in _CLOSE_ACTIONS:
            raise MediatorError(
                f"“{action.label}”不是结案操作。达成协议请签订调解协议；不予受理请作出受理决定。"
            )
        with self._edit(case_id, expected_version) as edit:
            self._check_day("closed_on", closed_on, edit.case, "结案日期")
            self._close(edit, action, closed_on, reason, note)
            if action is Action.RESPONDENT_REFUSES:
                edit.case.respondent_consent = Consent.NO
                edit.case.respondent_consent_on = closed_on
        return self._ref(edit.case)

    def _close(
        self,
        edit: _Edit,
        action: Action,
        closed_on: date,
        reason: FailureReason | None,
        note: str,
    ) -> None:
        implied = {
            Action.WITHDRAW: FailureReason.APPLICANT_WITHDREW,
            Action.RESPONDENT_REFUSES: FailureReason.RESPONDENT_DISAGREES,
        }
        move = Move(
            reason=reason if action is Action.FAIL else implied[action],
            note=note,
            today=closed_on,
            mediation_due=edit.case.mediation_due,
        )
        self._move(edit, action, closed_on, move)
        edit.case.closed_on = closed_on
        edit.case.closure_reason = move.reason.value if move.reason else ""

    def reopen_case(
        self, case_id: int, expected_version: int, reason: str, reopened_on: date | None = None
    ) -> CaseRef:
        """Reopen a closed case; the reason goes into the case history."""
        day = reopened_on or self.today()
        with self._edit(case_id, expected_version) as edit:
            case = edit.case
            move = Move(note=reason, was_accepted=case.accepted_on is not None)
            self._move(edit, Action.REOPEN, day, move)
            case.closed_on = None
            case.closure_reason = ""
        return self._ref(edit.case)

    def status_changes_of(self, case_id: int) -> list[StatusChangeInfo]:
        with self.db.read() as session:
            return wf.status_changes(session, case_id)

    # -- follow-ups -------------------------------------------------------------------------

    def add_follow_up(
        self, case_id: int, expected_version: int, data: FollowUpData
    ) -> FollowUpInfo:
        """Record a follow-up visit (回访); its next visit date goes on the board."""
        _refuse(wf.follow_up_problems(data, self.today()))
        with self._edit(case_id, expected_version) as edit:
            if edit.case.status not in (CaseStatus.AGREED, CaseStatus.FAILED):
                raise MediatorError(
                    "回访用于了解调解协议的履行情况。本案尚未达成协议或结案，暂不能登记回访。"
                )
            row = orm.FollowUp(
                case_id=case_id,
                visited_on=data.visited_on,
                contact=data.contact.strip(),
                finding=data.finding,
                note=data.note.strip(),
                next_visit_on=data.next_visit_on,
                created_at=self.now(),
            )
            edit.session.add(row)
            edit.case.next_follow_up_on = data.next_visit_on
        return FollowUpInfo(row.id, data, edit.case.version)

    def follow_ups_of(self, case_id: int) -> list[FollowUpInfo]:
        with self.db.read() as session:
            return wf.follow_ups(session, case_id, self._version(session, case_id))

    # -- the to-do board --------------------------------------------------------------------

    def todo(self, today: date | None = None) -> list[TodoItem]:
        """What needs attention today (首页): the same list as ``mediator deadlines``."""
        with self.db.read() as session:
            return todo_items(session, today or self.today())

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _ref(case: orm.Case) -> CaseRef:
        return CaseRef(case.id, case.number, case.version)

    @staticmethod
    def _version(session: Session, case_id: int) -> int:
        return session.get_one(orm.Case, case_id).version

    @staticmethod
    def _not_mediating(status: CaseStatus, what: str) -> str:
        if status is CaseStatus.RECEIVED:
            return f"案件尚未受理，不能{what}。请先作出受理决定。"
        return f"案件已结案（{status.label}），不能再{what}。如确需继续办理，请先重新开启案件。"
