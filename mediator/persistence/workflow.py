"""Storing the mediation workflow (functions take a Session; the caller owns the transaction).

Input and output records are frozen dataclasses; ``WorkflowServices`` in
``workflow_services.py`` wraps these functions into one transaction per
user action.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediator.domain.enums import CaseStatus, ClaimCategory, MediatorRole
from mediator.domain.errors import Issue, MediatorError, NotFound, ValidationFailed
from mediator.domain.workflow_enums import (
    Action,
    AttendeeKind,
    AttendeeSide,
    Consent,
    FollowUpFinding,
    NotAcceptedReason,
    RecusalDecision,
    RecusalRequester,
    SessionForm,
    SessionOutcome,
    Speaker,
    TermKind,
)
from mediator.persistence import orm
from mediator.persistence.audit import format_value, record_event

# -- records ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AcceptanceInfo:
    id: int
    decided_on: date
    accepted: bool
    reason: NotAcceptedReason | None
    reason_text: str
    respondent_consent: Consent
    consent_on: date | None


@dataclass(frozen=True)
class MediatorAssignment:
    """One mediator of a case, taken from the roster (``users``)."""

    user_id: int
    role: MediatorRole
    chosen_by_parties: bool = False


@dataclass(frozen=True)
class MediatorInfo:
    user_id: int
    name: str
    certificate_no: str
    phone: str
    role: MediatorRole
    chosen_by_parties: bool


@dataclass(frozen=True)
class RecusalData:
    requested_by: RecusalRequester
    against_user_id: int
    requested_on: date
    requester_name: str = ""
    reason: str = ""
    decision: RecusalDecision = RecusalDecision.PENDING
    decided_on: date | None = None


@dataclass(frozen=True)
class RecusalInfo:
    id: int
    data: RecusalData
    against_name: str


@dataclass(frozen=True)
class StaffEntry:
    user_id: int
    role: MediatorRole


@dataclass(frozen=True)
class Attendee:
    side: AttendeeSide
    kind: AttendeeKind
    name: str
    note: str = ""


@dataclass(frozen=True)
class Turn:
    speaker: Speaker
    text: str
    speaker_name: str = ""


@dataclass(frozen=True)
class SessionData:
    """What the session-record form holds (调解笔录, domain.md 2.3)."""

    held_on: date
    form: SessionForm = SessionForm.ON_SITE
    starts_at: time | None = None
    ends_at: time | None = None
    place: str = ""
    staff: tuple[StaffEntry, ...] = ()
    attendees: tuple[Attendee, ...] = ()
    rights_explained: bool = False
    recusal_asked: bool = False
    identities_checked: bool = False
    turns: tuple[Turn, ...] = ()
    evidence: str = ""
    proposal: str = ""
    outcome: SessionOutcome | None = None
    continue_on: date | None = None


@dataclass(frozen=True)
class SessionInfo:
    id: int
    case_id: int
    seq: int
    data: SessionData
    draft: bool
    draft_saved_at: datetime | None
    case_version: int

    @property
    def title(self) -> str:
        return f"第{self.seq}次调解"


@dataclass(frozen=True)
class ExtensionInfo:
    id: int
    agreed_on: date
    previous_due: date
    new_due: date
    note: str
    case_version: int


@dataclass(frozen=True)
class TermData:
    """One numbered agreement term: a payment (``amount`` set) or a text term."""

    kind: TermKind
    text: str = ""
    payer: str = ""
    payee: str = ""
    item: ClaimCategory | None = None
    amount: Decimal | None = None
    due_on: date | None = None
    method: str = ""
    place: str = ""


@dataclass(frozen=True)
class AgreementInfo:
    id: int
    case_id: int
    seq: int
    supplements_id: int | None
    preamble: str
    copies: int
    signed_on: date | None
    terms: tuple[TermData, ...]
    case_version: int

    @property
    def is_effective(self) -> bool:
        return self.signed_on is not None

    @property
    def payment_total(self) -> Decimal:
        return sum((t.amount or Decimal(0) for t in self.terms), Decimal(0))


@dataclass(frozen=True)
class FollowUpData:
    visited_on: date
    finding: FollowUpFinding
    contact: str = ""
    note: str = ""
    next_visit_on: date | None = None


@dataclass(frozen=True)
class FollowUpInfo:
    id: int
    data: FollowUpData
    case_version: int


@dataclass(frozen=True)
class StatusChangeInfo:
    changed_on: date
    action: Action
    from_status: CaseStatus
    to_status: CaseStatus
    reason: str
    note: str
    created_at: datetime = field(compare=False)


# -- helpers --------------------------------------------------------------------------------


def _assign(row: Any, values: dict[str, Any]) -> None:
    """Set only what differs, so the history lists real changes."""
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def _sync_rows(
    session: Session,
    existing: list[Any],
    wanted: Sequence[dict[str, Any]],
    factory: type[Any],
    extra: dict[str, Any],
) -> None:
    """Make ``existing`` (an ORM collection ordered by ``seq``) hold ``wanted``, by position.

    Rows are updated in place where possible, so saving the same draft twice
    writes nothing and typing one more turn inserts one row.
    """
    for seq, values in enumerate(wanted, start=1):
        if seq <= len(existing):
            _assign(existing[seq - 1], values)
        else:
            existing.append(factory(seq=seq, **extra, **values))
    # Deleted explicitly (not only by orphan cascade) so the audit hook sees them.
    for row in existing[len(wanted) :]:
        session.delete(row)
    del existing[len(wanted) :]


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def record_status_change(
    session: Session,
    case: orm.Case,
    action: Action,
    target: CaseStatus,
    *,
    on: date,
    now: datetime,
    reason: str = "",
    note: str = "",
) -> None:
    session.add(
        orm.StatusChange(
            case_id=case.id,
            changed_on=on,
            action=action,
            from_status=case.status,
            to_status=target,
            reason=reason,
            note=note.strip(),
            created_at=now,
        )
    )
    case.status = target


def status_changes(session: Session, case_id: int) -> list[StatusChangeInfo]:
    rows = session.scalars(
        select(orm.StatusChange)
        .where(orm.StatusChange.case_id == case_id)
        .order_by(orm.StatusChange.id)
    )
    return [
        StatusChangeInfo(
            r.changed_on, r.action, r.from_status, r.to_status, r.reason, r.note, r.created_at
        )
        for r in rows
    ]


# -- acceptance -----------------------------------------------------------------------------


def add_acceptance(
    session: Session,
    case: orm.Case,
    *,
    decided_on: date,
    accepted: bool,
    reason: NotAcceptedReason | None,
    reason_text: str,
    consent: Consent,
    consent_on: date | None,
    now: datetime,
) -> None:
    session.add(
        orm.AcceptanceDecision(
            case_id=case.id,
            decided_on=decided_on,
            accepted=accepted,
            reason=reason,
            reason_text=reason_text.strip(),
            respondent_consent=consent,
            consent_on=consent_on,
            created_at=now,
        )
    )
    _assign(case, {"respondent_consent": consent, "respondent_consent_on": consent_on})


def latest_acceptance(session: Session, case_id: int) -> AcceptanceInfo | None:
    row = session.scalar(
        select(orm.AcceptanceDecision)
        .where(orm.AcceptanceDecision.case_id == case_id)
        .order_by(orm.AcceptanceDecision.id.desc())
        .limit(1)
    )
    if row is None:
        return None
    return AcceptanceInfo(
        row.id,
        row.decided_on,
        row.accepted,
        row.reason,
        row.reason_text,
        row.respondent_consent,
        row.consent_on,
    )


# -- mediators and recusal ------------------------------------------------------------------


def check_assignments(session: Session, assignments: Sequence[MediatorAssignment]) -> None:
    issues: list[Issue] = []
    leads = [a for a in assignments if a.role is MediatorRole.LEAD]
    if len(leads) != 1:
        issues.append(Issue("mediators", "每个案件须有且只有一名主办调解员，请指定一名。"))
    if sum(a.role is MediatorRole.RECORDER for a in assignments) > 1:
        issues.append(Issue("mediators", "记录人只能指定一名。"))
    pairs = [(a.user_id, a.role) for a in assignments]
    if len(set(pairs)) != len(pairs):
        issues.append(Issue("mediators", "同一人员以同一身份被指定了两次，请删除重复的一行。"))
    for i, a in enumerate(assignments):
        user = session.get(orm.User, a.user_id)
        if user is None:
            issues.append(Issue(f"mediators.{i}", "所选人员不存在，请从调解员名册中选择。"))
        elif not user.active:
            issues.append(
                Issue(f"mediators.{i}", f"{user.name}已停用，不能指派。请选择在册的调解员。")
            )
    if issues:
        raise ValidationFailed(issues)


def set_mediators(
    session: Session, case: orm.Case, assignments: Sequence[MediatorAssignment]
) -> None:
    wanted = {(a.user_id, a.role): a for a in assignments}
    for row in list(case.mediators):
        if (row.user_id, row.role) not in wanted:
            case.mediators.remove(row)
            session.delete(row)
    have = {(m.user_id, m.role): m for m in case.mediators}
    for key, a in wanted.items():
        current = have.get(key)
        if current is None:
            case.mediators.append(
                orm.CaseMediator(
                    user_id=a.user_id, role=a.role, chosen_by_parties=a.chosen_by_parties
                )
            )
        elif current.chosen_by_parties != a.chosen_by_parties:
            current.chosen_by_parties = a.chosen_by_parties


def mediators(session: Session, case_id: int) -> list[MediatorInfo]:
    rows = session.execute(
        select(orm.CaseMediator, orm.User)
        .join(orm.User, orm.User.id == orm.CaseMediator.user_id)
        .where(orm.CaseMediator.case_id == case_id)
        .order_by(orm.CaseMediator.id)
    )
    infos = [
        MediatorInfo(u.id, u.name, u.certificate_no, u.phone, m.role, m.chosen_by_parties)
        for m, u in rows
    ]
    order = list(MediatorRole)
    return sorted(infos, key=lambda i: order.index(i.role))


def save_recusal(
    session: Session, case: orm.Case, data: RecusalData, recusal_id: int | None
) -> orm.RecusalRequest:
    if session.get(orm.User, data.against_user_id) is None:
        raise ValidationFailed([Issue("against_user_id", "请选择被申请回避的调解员。")])
    if data.decision is not RecusalDecision.PENDING and data.decided_on is None:
        raise ValidationFailed([Issue("decided_on", "请填写作出回避决定的日期。")])
    if recusal_id is None:
        row = orm.RecusalRequest(case_id=case.id)
    else:
        found = session.get(orm.RecusalRequest, recusal_id)
        if found is None or found.case_id != case.id:
            raise NotFound("该回避申请不存在或已被删除。")
        row = found
    _assign(row, asdict(data))
    session.add(row)
    if data.decision is RecusalDecision.GRANTED:
        for m in [m for m in case.mediators if m.user_id == data.against_user_id]:
            case.mediators.remove(m)
            session.delete(m)
    return row


def recusal_info(session: Session, row: orm.RecusalRequest) -> RecusalInfo:
    user = session.get(orm.User, row.against_user_id)
    data = RecusalData(**{f.name: getattr(row, f.name) for f in fields(RecusalData)})
    return RecusalInfo(row.id, data, user.name if user else "")


def recusals(session: Session, case_id: int) -> list[RecusalInfo]:
    rows = session.scalars(
        select(orm.RecusalRequest)
        .where(orm.RecusalRequest.case_id == case_id)
        .order_by(orm.RecusalRequest.id)
    )
    return [recusal_info(session, r) for r in rows]


# -- sessions -------------------------------------------------------------------------------

_SESSION_FIELDS = (
    "held_on",
    "form",
    "starts_at",
    "ends_at",
    "place",
    "rights_explained",
    "recusal_asked",
    "identities_checked",
    "evidence",
    "proposal",
    "outcome",
    "continue_on",
)


def session_problems(data: SessionData, *, finishing: bool, today: date) -> list[Issue]:
    """What stops a session record from being saved (or, ``finishing``, completed)."""
    issues: list[Issue] = []
    if data.starts_at and data.ends_at and data.ends_at < data.starts_at:
        issues.append(Issue("ends_at", "结束时间早于开始时间，请检查。"))
    if data.continue_on is not None and data.continue_on <= data.held_on:
        issues.append(Issue("continue_on", "继续调解的日期应晚于本次调解的日期。"))
    if not finishing:
        return issues
    if data.held_on > today:
        issues.append(Issue("held_on", "调解日期在今天之后，尚未举行的调解不能完成笔录。"))
    if data.outcome is None:
        issues.append(Issue("outcome", "请选择本次调解的结果。"))
    if data.outcome is SessionOutcome.CONTINUE and data.continue_on is None:
        issues.append(Issue("continue_on", "结果为继续调解时，请填写下次调解的日期。"))
    if not any(s.role is MediatorRole.LEAD for s in data.staff):
        issues.append(Issue("staff", "请填写主持本次调解的调解员。"))
    return issues


def write_session(session: Session, row: orm.MediationSession, data: SessionData) -> None:
    _assign(row, {name: getattr(data, name) for name in _SESSION_FIELDS})
    extra = {"case_id": row.case_id}
    _sync_rows(session, row.staff, [asdict(s) for s in data.staff], orm.SessionStaff, extra)
    _sync_rows(
        session, row.attendees, [asdict(a) for a in data.attendees], orm.SessionAttendee, extra
    )
    _sync_rows(session, row.turns, [asdict(t) for t in data.turns], orm.SessionTurn, extra)


def new_session(
    session: Session, case: orm.Case, data: SessionData, now: datetime
) -> orm.MediationSession:
    seq = (
        session.scalar(
            select(func.max(orm.MediationSession.seq)).where(
                orm.MediationSession.case_id == case.id
            )
        )
        or 0
    ) + 1
    row = orm.MediationSession(case_id=case.id, seq=seq, draft=True, created_at=now)
    row.staff, row.attendees, row.turns = [], [], []
    session.add(row)
    write_session(session, row, data)
    return row


def load_session(session: Session, session_id: int) -> orm.MediationSession:
    row = session.get(orm.MediationSession, session_id)
    if row is None:
        raise NotFound("该次调解记录不存在或已被删除。")
    return row


def session_data_of(row: orm.MediationSession) -> SessionData:
    return SessionData(
        **{name: getattr(row, name) for name in _SESSION_FIELDS},
        staff=tuple(StaffEntry(s.user_id, s.role) for s in row.staff),
        attendees=tuple(Attendee(a.side, a.kind, a.name, a.note) for a in row.attendees),
        turns=tuple(Turn(t.speaker, t.text, t.speaker_name) for t in row.turns),
    )


def session_info(row: orm.MediationSession, case_version: int) -> SessionInfo:
    return SessionInfo(
        row.id,
        row.case_id,
        row.seq,
        session_data_of(row),
        row.draft,
        row.draft_saved_at,
        case_version,
    )


def record_finished_session(session: Session, row: orm.MediationSession) -> None:
    """Put the whole finished record into the case history in one entry."""
    data = asdict(session_data_of(row))
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=format_value)
    record_event(
        session,
        case_id=row.case_id,
        entity="mediation_session",
        entity_id=row.id,
        action="finish",
        new_value=text,
    )


def sessions(session: Session, case_id: int, case_version: int) -> list[SessionInfo]:
    rows = session.scalars(
        select(orm.MediationSession)
        .where(orm.MediationSession.case_id == case_id)
        .order_by(orm.MediationSession.seq)
    )
    return [session_info(r, case_version) for r in rows]


# -- deadline extensions --------------------------------------------------------------------


def extension_problems(case: orm.Case, agreed_on: date, new_due: date, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if agreed_on > today:
        issues.append(Issue("agreed_on", "双方同意延期的日期不能晚于今天。"))
    if agreed_on < case.received_on:
        issues.append(Issue("agreed_on", "双方同意延期的日期不能早于收到申请的日期。"))
    if new_due <= case.mediation_due:
        issues.append(
            Issue(
                "new_due",
                f"延长后的调解期限应晚于当前期限（{_cn(case.mediation_due)}），请重新填写。",
            )
        )
    return issues


def extensions(session: Session, case_id: int, case_version: int) -> list[ExtensionInfo]:
    rows = session.scalars(
        select(orm.DeadlineExtension)
        .where(orm.DeadlineExtension.case_id == case_id)
        .order_by(orm.DeadlineExtension.id)
    )
    return [
        ExtensionInfo(r.id, r.agreed_on, r.previous_due, r.new_due, r.note, case_version)
        for r in rows
    ]


# -- agreements -----------------------------------------------------------------------------


def term_problems(terms: Sequence[TermData]) -> list[Issue]:
    issues: list[Issue] = []
    if not terms:
        issues.append(Issue("terms", "协议至少需要一条条款。"))
    for i, t in enumerate(terms):
        where = f"terms.{i}"
        if t.kind is TermKind.TEXT:
            if not t.text.strip():
                issues.append(Issue(f"{where}.text", f"第{i + 1}条条款内容为空，请填写或删除。"))
            continue
        if t.amount is None or t.amount <= 0:
            issues.append(Issue(f"{where}.amount", f"第{i + 1}条给付金额应大于零。"))
        if not t.payer.strip() or not t.payee.strip():
            issues.append(Issue(f"{where}.payer", f"第{i + 1}条请填写给付方和收款方。"))
        if t.item is None:
            issues.append(
                Issue(f"{where}.item", f"第{i + 1}条请选择给付项目（工资、经济补偿等）。")
            )
        if t.due_on is None:
            issues.append(Issue(f"{where}.due_on", f"第{i + 1}条请填写给付期限。"))
    return issues


def write_terms(session: Session, agreement: orm.Agreement, terms: Sequence[TermData]) -> None:
    _sync_rows(
        session,
        agreement.terms,
        [asdict(t) for t in terms],
        orm.AgreementTerm,
        {"case_id": agreement.case_id},
    )


def new_agreement(
    session: Session,
    case: orm.Case,
    *,
    terms: Sequence[TermData],
    preamble: str,
    copies: int,
    supplements_id: int | None,
    now: datetime,
) -> orm.Agreement:
    seq = (
        session.scalar(select(func.max(orm.Agreement.seq)).where(orm.Agreement.case_id == case.id))
        or 0
    ) + 1
    row = orm.Agreement(
        case_id=case.id,
        seq=seq,
        supplements_id=supplements_id,
        preamble=preamble.strip(),
        copies=copies,
        created_at=now,
    )
    row.terms = []
    session.add(row)
    write_terms(session, row, terms)
    return row


def load_agreement(session: Session, agreement_id: int) -> orm.Agreement:
    row = session.get(orm.Agreement, agreement_id)
    if row is None:
        raise NotFound("该调解协议不存在或已被删除。")
    return row


def refuse_if_signed(row: orm.Agreement) -> None:
    if row.signed_on is not None:
        raise MediatorError(
            f"调解协议已于{_cn(row.signed_on)}签订生效，条款不能再修改。"
            "如需变更或补充，请签订补充协议。"
        )


def agreement_info(row: orm.Agreement, case_version: int) -> AgreementInfo:
    term_fields = [f.name for f in fields(TermData)]
    return AgreementInfo(
        row.id,
        row.case_id,
        row.seq,
        row.supplements_id,
        row.preamble,
        row.copies,
        row.signed_on,
        tuple(TermData(**{n: getattr(t, n) for n in term_fields}) for t in row.terms),
        case_version,
    )


def agreements(session: Session, case_id: int, case_version: int) -> list[AgreementInfo]:
    rows = session.scalars(
        select(orm.Agreement).where(orm.Agreement.case_id == case_id).order_by(orm.Agreement.seq)
    )
    return [agreement_info(r, case_version) for r in rows]


def party_count(session: Session, case_id: int) -> int:
    applicants = session.scalar(
        select(func.count()).select_from(orm.Applicant).where(orm.Applicant.case_id == case_id)
    )
    respondents = session.scalar(
        select(func.count()).select_from(orm.Respondent).where(orm.Respondent.case_id == case_id)
    )
    return (applicants or 0) + (respondents or 0)


# -- follow-ups -----------------------------------------------------------------------------


def follow_up_problems(data: FollowUpData, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if data.visited_on > today:
        issues.append(Issue("visited_on", "回访日期不能晚于今天。"))
    if data.next_visit_on is not None and data.next_visit_on <= data.visited_on:
        issues.append(Issue("next_visit_on", "下次回访日期应晚于本次回访日期。"))
    return issues


def follow_ups(session: Session, case_id: int, case_version: int) -> list[FollowUpInfo]:
    rows = session.scalars(
        select(orm.FollowUp).where(orm.FollowUp.case_id == case_id).order_by(orm.FollowUp.id)
    )
    names = [f.name for f in fields(FollowUpData)]
    return [
        FollowUpInfo(r.id, FollowUpData(**{n: getattr(r, n) for n in names}), case_version)
        for r in rows
    ]
