"""The data a template prints, built from the services' frozen snapshots.

Nothing here is typed again: every value comes from the case, the workflow
records and the office settings. Values are plain dicts, lists, strings,
dates and ``Decimal`` amounts; the templates format them with the filters of
``templates.py``. ``labelled_strings`` walks a context and names each string
(姓名「张𰻞」) for the missing-glyph report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from mediator.documents.kinds import FILE_ORDER, PACKET_KIND, DocumentKind
from mediator.documents.templates import cn_date, cn_numeral_date
from mediator.domain.enums import AgentSide, CaseStatus, ClaimCategory, IdType
from mediator.domain.errors import MediatorError
from mediator.domain.identifiers import check_resident_id
from mediator.domain.model import ApplicantData, CaseData, RespondentData
from mediator.domain.workflow import closure_label
from mediator.domain.workflow_enums import (
    Action,
    AttendeeKind,
    AttendeeSide,
    FailureReason,
    TermKind,
)
from mediator.persistence.arrears_services import ArrearsServices
from mediator.persistence.cases import CaseDetail
from mediator.persistence.db import Database
from mediator.persistence.document_services import DocumentServices
from mediator.persistence.officesettings import OfficeSettings
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.referral_services import ReferralServices
from mediator.persistence.services import Services
from mediator.persistence.workflow import (
    AgreementInfo,
    Attendee,
    SessionInfo,
    StatusChangeInfo,
)
from mediator.persistence.workflow_services import WorkflowServices

PAYMENT_ORDER_ITEMS = frozenset(
    {
        ClaimCategory.WAGES,
        ClaimCategory.OVERTIME,
        ClaimCategory.MIN_WAGE_GAP,
        ClaimCategory.DOUBLE_WAGES,
        ClaimCategory.ANNUAL_LEAVE,
        ClaimCategory.SEVERANCE,
        ClaimCategory.DAMAGES,
        ClaimCategory.INJURY,
    }
)
"""Claims for pay, injury medical costs, compensation or damages: 支付令 (调解仲裁法 Art.16)."""

ARBITRAL_REVIEW_DAYS = 15
JUDICIAL_CONFIRMATION_DAYS = 30


class DocumentNotAvailable(MediatorError):
    """The case has no data for this document yet (e.g. no agreement drafted)."""


@dataclass(frozen=True)
class DocumentOptions:
    """Office choices for documents (domain.md 8.2)."""

    template_dir: Path | None = None
    """An office folder whose templates replace the shipped ones of the same name."""
    fonts: tuple[str, ...] | None = None
    """Font search list; None: ``MEDIATOR_PDF_FONTS`` or the defaults."""
    sign_every_page: bool = True
    """A signature strip for all present on every page of a session record."""
    roster_threshold: int = 5
    """More applicants than this: particulars and signatures go into annex tables."""
    chinese_signature_date: bool = False
    """Signature dates as 二〇二六年三月五日 instead of 2026年3月5日."""

    @classmethod
    def from_settings(
        cls, settings: OfficeSettings, template_dir: Path | None = None
    ) -> DocumentOptions:
        """The office's choices (settings dialog, 文书 tab) as document options."""
        fonts = tuple(f.strip() for f in re.split(r"[;\n]", settings.pdf_fonts) if f.strip())
        return cls(
            template_dir=template_dir,
            fonts=fonts or None,
            sign_every_page=settings.sign_every_page,
            roster_threshold=settings.roster_threshold,
            chinese_signature_date=settings.chinese_signature_date,
        )


@dataclass(frozen=True)
class Sources:
    """The services a document reads from."""

    services: Services
    workflow: WorkflowServices
    documents: DocumentServices
    referrals: ReferralServices
    performance: PerformanceServices
    arrears: ArrearsServices

    @classmethod
    def of(cls, db: Database, today: Any = date.today, now: Any = None) -> Sources:
        from datetime import datetime

        clock = now or datetime.now
        return cls(
            Services(db, today, clock),
            WorkflowServices(db, today, clock),
            DocumentServices(db, today, clock),
            ReferralServices(db, today, clock),
            PerformanceServices(db, today, clock),
            ArrearsServices(db, today, clock),
        )


@dataclass(frozen=True)
class Addressee:
    """The body a route document is addressed to (仲裁委员会, 法院, 监察机构, ...)."""

    name: str
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class RouteRequest:
    """What a referral document needs beyond the case (issue 6)."""

    addressee: Addressee | None = None
    applicant: int | None = None
    """仲裁申请书 for one applicant (position in the case); None: every applicant, or the
    collective application of a case of ten or more workers."""
    applicants: tuple[int, ...] = ()
    """The applicants an arbitration referral is for (positions); empty: all of them."""
    enclosures: tuple[dict[str, Any], ...] = ()
    """移送函: the parts of the packet with their page ranges (built by ``packet.py``)."""
    letter_pages: int = 0
    """移送函: its own pages (the packet's first)."""
    packet_pages: dict[str, str] = field(default_factory=dict)
    """证据清单: where the mediation records sit in the packet, by part key."""


@dataclass(frozen=True)
class DocContext:
    kind: DocumentKind
    template: str
    title: str
    values: dict[str, Any] = field(default_factory=dict)


# -- parties -------------------------------------------------------------------------------


def _birth(applicant: ApplicantData, today: date) -> date | None:
    if applicant.id_type is not IdType.RESIDENT_ID or not applicant.id_number:
        return None
    return check_resident_id(applicant.id_number, today).birth_date


def _agents(data: CaseData, side: AgentSide, index: int) -> list[dict[str, Any]]:
    return [
        {"name": a.name, "relation": a.relation, "phone": a.phone, "id_number": a.id_number}
        for a in data.agents
        if a.side is side and a.principal_index in (None, index)
    ]


def _applicant(data: CaseData, i: int, a: ApplicantData, today: date) -> dict[str, Any]:
    return {
        "n": i + 1,
        "name": a.name,
        "sex": a.sex.label if a.sex else "",
        "birth": _birth(a, today),
        "id_type": a.id_type.label,
        "id_number": a.id_number,
        "address": a.address,
        "mailing_address": a.mailing_address,
        "phone": a.phone,
        "job": a.job,
        "employment_start": a.employment_start,
        "employment_end": a.employment_end,
        "monthly_wage": a.monthly_wage,
        "is_representative": a.is_representative,
        "claimed": data.claimed_by_applicant(i),
        "agents": _agents(data, AgentSide.APPLICANT, i),
    }


def _respondent(data: CaseData, i: int, r: RespondentData) -> dict[str, Any]:
    return {
        "n": i + 1,
        "name": r.name,
        "uscc": r.uscc,
        "legal_rep": r.legal_rep,
        "legal_rep_title": r.legal_rep_title,
        "address": r.address,
        "mailing_address": r.mailing_address,
        "phone": r.phone,
        "role": r.chain_role.label,
        "agents": _agents(data, AgentSide.RESPONDENT, i),
    }


def _names(people: list[dict[str, Any]], limit: int = 3) -> str:
    names = "、".join(p["name"] for p in people[:limit])
    return names + (f"等{len(people)}人" if len(people) > limit else "")


def _claims(data: CaseData) -> list[dict[str, Any]]:
    return [
        {
            "n": i + 1,
            "applicant": data.applicants[c.applicant_index].name,
            "category": c.category.label,
            "description": c.description,
            "amount": c.amount,
            "period_start": c.period_start,
            "period_end": c.period_end,
        }
        for i, c in enumerate(data.claims)
    ]


# -- the case ------------------------------------------------------------------------------


def _case(detail: CaseDetail) -> dict[str, Any]:
    data = detail.data
    return {
        "id": detail.id,
        "number": detail.number,
        "status": detail.status.label,
        "closure": closure_label(detail.status, detail.closure_reason),
        "received_on": data.received_on,
        "accepted_on": detail.accepted_on,
        "closed_on": detail.closed_on,
        "mediation_due": detail.mediation_due,
        "category": data.category.label,
        "form": data.application_form.label,
        "is_oral": data.application_form.value == "oral",
        "channel": data.channel.label,
        "facts": data.facts,
        "external_ref": data.external_ref,
        "is_collective": data.is_collective,
    }


def _sign_date(day: date | None, options: DocumentOptions) -> str:
    return cn_numeral_date(day) if options.chinese_signature_date else cn_date(day)


def base_context(
    sources: Sources, case_id: int, options: DocumentOptions
) -> tuple[CaseDetail, dict[str, Any]]:
    """What every document prints: office, case, parties, claims, mediators."""
    detail = sources.services.get_case(case_id)
    settings = sources.services.settings()
    today = sources.services.today()
    data = detail.data
    applicants = [_applicant(data, i, a, today) for i, a in enumerate(data.applicants)]
    respondents = [_respondent(data, i, r) for i, r in enumerate(data.respondents)]
    mediators = [
        {"name": m.name, "role": m.role.label, "certificate_no": m.certificate_no}
        for m in sources.workflow.mediators_of(case_id)
    ]
    values: dict[str, Any] = {
        "office": {
            "name": settings.office_name,
            "short_name": settings.short_name,
            "address": settings.office_address,
            "phone": settings.office_phone,
        },
        "case": _case(detail),
        "applicants": applicants,
        "respondents": respondents,
        "applicant_names": _names(applicants),
        "respondent_names": "、".join(r["name"] for r in respondents),
        "representatives": [a for a in applicants if a["is_representative"]],
        "claims": _claims(data),
        "claimed_total": data.claimed_total(),
        "mediators": mediators,
        "lead_mediator": mediators[0]["name"] if mediators else "",
        "today": today,
        "sign_date": _sign_date(today, options),
        "use_roster": len(applicants) > options.roster_threshold,
        "sign_every_page": options.sign_every_page,
        "chinese_signature_date": options.chinese_signature_date,
    }
    return detail, values


# -- workflow records ----------------------------------------------------------------------


def _last_change(sources: Sources, case_id: int, *actions: Action) -> StatusChangeInfo | None:
    changes = [c for c in sources.workflow.status_changes_of(case_id) if c.action in actions]
    return changes[-1] if changes else None


def _failure_label(code: str) -> str:
    for reason in FailureReason:
        if reason.value == code:
            return reason.label
    return ""


def _acceptance(sources: Sources, case_id: int) -> dict[str, Any] | None:
    info = sources.workflow.acceptance_of(case_id)
    if info is None:
        return None
    sessions = sources.workflow.sessions_of(case_id)
    first = sessions[0].data if sessions else None
    return {
        "decided_on": info.decided_on,
        "accepted": info.accepted,
        "reason": info.reason.label if info.reason else "",
        "reason_text": info.reason_text,
        "consent": info.respondent_consent.label,
        "consent_on": info.consent_on,
        "first_session_on": first.held_on if first else None,
        "first_session_at": first.starts_at.strftime("%H:%M") if first and first.starts_at else "",
        "first_session_place": first.place if first else "",
    }


def _term(n: int, term: Any) -> dict[str, Any]:
    return {
        "n": n,
        "is_payment": term.kind is TermKind.PAYMENT,
        "text": term.text,
        "payer": term.payer,
        "payee": term.payee,
        "item": term.item.label if term.item else "",
        "amount": term.amount,
        "due_on": term.due_on,
        "method": term.method,
        "place": term.place,
    }


def _agreement(
    info: AgreementInfo, claims: list[dict[str, Any]], case_claims: CaseData
) -> dict[str, Any]:
    items = {t.item for t in info.terms if t.item} | {c.category for c in case_claims.claims}
    effective = info.signed_on
    return {
        "seq": info.seq,
        "is_supplement": info.supplements_id is not None,
        "preamble": info.preamble,
        "copies": info.copies,
        "signed_on": info.signed_on,
        "terms": [_term(n, t) for n, t in enumerate(info.terms, start=1)],
        "payments": [_term(n, t) for n, t in enumerate(info.terms, start=1) if t.amount],
        "payment_total": info.payment_total,
        "payment_order": bool(items & PAYMENT_ORDER_ITEMS),
        "review_by": effective + timedelta(days=ARBITRAL_REVIEW_DAYS) if effective else None,
        "confirm_by": effective + timedelta(days=JUDICIAL_CONFIRMATION_DAYS) if effective else None,
        "review_days": ARBITRAL_REVIEW_DAYS,
        "confirm_days": JUDICIAL_CONFIRMATION_DAYS,
    }


def _agreed_amounts(values: dict[str, Any], info: AgreementInfo) -> None:
    """Each applicant's agreed amount, where payment terms name the applicant as payee."""
    for applicant in values["applicants"]:
        total = sum(
            (t.amount or Decimal(0) for t in info.terms if t.payee.strip() == applicant["name"]),
            Decimal(0),
        )
        applicant["agreed"] = total if total else None
    values["agreed_per_applicant"] = any(a["agreed"] for a in values["applicants"])


def _user_names(sources: Sources) -> dict[int, str]:
    return {u.id: u.name for u in sources.services.users() if u.id is not None}


_SIDE_WORDS = {AttendeeSide.APPLICANT: "申请人", AttendeeSide.RESPONDENT: "被申请人"}


def attendee_role(attendee: Attendee) -> str:
    """How a record names someone who attended: 申请人, 被申请人委托代理人, 邀请参加人, ..."""
    side = _SIDE_WORDS.get(attendee.side)
    if side is None:
        return "邀请参加人"
    if attendee.kind is AttendeeKind.PARTY:
        return side
    if attendee.kind is AttendeeKind.AGENT:
        return side + "委托代理人"
    return side + "方其他参加人"


def _attendance(attendees: Iterable[Attendee]) -> list[dict[str, str]]:
    """One line per role, in the order first met: 申请人委托代理人：王律师（公司法务）."""
    groups: dict[str, list[str]] = {}
    for a in attendees:
        groups.setdefault(attendee_role(a), []).append(
            f"{a.name}（{a.note}）" if a.note else a.name
        )
    return [{"role": role, "names": "、".join(names)} for role, names in groups.items()]


def _session(sources: Sources, info: SessionInfo) -> dict[str, Any]:
    data = info.data
    names = _user_names(sources)
    staff = [{"name": names.get(s.user_id, ""), "role": s.role.label} for s in data.staff]
    return {
        "seq": info.seq,
        "title": info.title,
        "held_on": data.held_on,
        "starts_at": data.starts_at.strftime("%H:%M") if data.starts_at else "",
        "ends_at": data.ends_at.strftime("%H:%M") if data.ends_at else "",
        "place": data.place,
        "form": data.form.label,
        "staff": staff,
        "mediators": [s for s in staff if s["role"] != "记录人"],
        "recorders": [s for s in staff if s["role"] == "记录人"],
        "attendees": [
            {
                "side": a.side.label,
                "kind": a.kind.label,
                "role": attendee_role(a),
                "name": a.name,
                "note": a.note,
            }
            for a in data.attendees
        ],
        "attendance": _attendance(data.attendees),
        "rights_explained": data.rights_explained,
        "recusal_asked": data.recusal_asked,
        "identities_checked": data.identities_checked,
        "turns": [
            {"speaker": t.speaker.label, "name": t.speaker_name, "text": t.text} for t in data.turns
        ],
        "evidence": data.evidence,
        "proposal": data.proposal,
        "outcome": data.outcome.label if data.outcome else "",
        "continue_on": data.continue_on,
        "draft": info.draft,
    }


# -- one builder per kind ------------------------------------------------------------------


def _dated(values: dict[str, Any], day: date | None) -> None:
    """A notice carries the date of the decision it records, also when printed again later."""
    if day is not None:
        style = DocumentOptions(chinese_signature_date=values["chinese_signature_date"])
        values["sign_date"] = _sign_date(day, style)


def _need(value: Any, message: str) -> Any:
    if not value:
        raise DocumentNotAvailable(message)
    return value


def _for_application(sources: Sources, detail: CaseDetail, values: dict[str, Any]) -> str:
    return "oral_application.j2" if values["case"]["is_oral"] else "application.j2"


def _for_acceptance(sources: Sources, detail: CaseDetail, values: dict[str, Any]) -> str:
    acceptance = sources.workflow.acceptance_of(detail.id)
    _need(
        acceptance and acceptance.accepted,
        f"案件{detail.number}尚未作出受理决定，不能出具受理通知书。",
    )
    assert acceptance is not None
    values["acceptance"] = _acceptance(sources, detail.id)
    _dated(values, acceptance.decided_on)
    return "acceptance.j2"


def _for_non_acceptance(sources: Sources, detail: CaseDetail, values: dict[str, Any]) -> str:
    acceptance = sources.workflow.acceptance_of(detail.id)
    _need(
        acceptance and not acceptance.accepted,
        f"案件{detail.number}没有不予受理的决定，不能出具不予受理通知书。",
    )
    assert acceptance is not None
    values["acceptance"] = _acceptance(sources, detail.id)
    _dated(values, acceptance.decided_on)
    return "non_acceptance.j2"


def _for_refusal(sources: Sources, detail: CaseDetail, values: dict[str, Any]) -> str:
    change = _last_change(sources, detail.id, Action.RESPONDENT_REFUSES)
    _need(change, f"案件{detail.number}没有被申请人拒绝调解的记录。")
    assert change is not None
    values["refusal"] = {"on": change.changed_on, "note": change.note}
    _dated(values, change.changed_on)
    return "refusal.j2"


def _for_agreement(sources: Sources, detail: CaseDetail, values: dict[str, Any]) -> str:
    info = sources.workflow.agreement_of(detail.id)
    _need(info, f"案件{detail.number}还没有调解协议，请先起草调解协议。")
    assert info is not None
    values["agreement"] = _agreement(info, values["claims"], detail.data)
    # Unsigned: a line for the date written by hand at the signing.
    style = DocumentOptions(chinese_signature_date=values["chinese_signature_date"])
    values["sign_date"] = _sign_date(info.signed_on, style)
    _agreed_amounts(values, info)
    return "agreement.j2"


def _for_termination(sources: Sources, detail: CaseDetail, values: dict[str, Any]) -> str:
    ended = (CaseStatus.FAILED, CaseStatus.WITHDRAWN, CaseStatus.REFUSED)
    _need(
        detail.status in ended,
        f"案件{detail.number}目前为“{detail.status.label}”，只有调解不成、撤回或被申请人拒绝调解"
        "结案的案件才出具调解终止书。",
    )
    change = _last_change(
        sources, detail.id, Action.FAIL, Action.WITHDRAW, Action.RESPONDENT_REFUSES
    )
    values["termination"] = {
        "on": detail.closed_on,
        "reason": _failure_label(detail.closure_reason) or detail.status.label,
        "note": change.note if change else "",
    }
    values["acceptance"] = _acceptance(sources, detail.id)
    _dated(values, detail.closed_on)
    return "termination.j2"


def _served_kind(status: CaseStatus) -> DocumentKind:
    return {
        CaseStatus.AGREED: DocumentKind.AGREEMENT,
        CaseStatus.FAILED: DocumentKind.TERMINATION,
        CaseStatus.WITHDRAWN: DocumentKind.TERMINATION,
        CaseStatus.REFUSED: DocumentKind.REFUSAL,
        CaseStatus.NOT_ACCEPTED: DocumentKind.NON_ACCEPTANCE,
    }.get(status, DocumentKind.ACCEPTANCE)


def _for_service(sources: Sources, detail: CaseDetail, values: dict[str, Any]) -> str:
    served: DocumentKind = values.get("served_kind") or _served_kind(detail.status)
    values["served"] = {"title": served.label}
    return "service.j2"


def _for_follow_up(sources: Sources, detail: CaseDetail, values: dict[str, Any]) -> str:
    visits = sources.workflow.follow_ups_of(detail.id)
    _need(visits, f"案件{detail.number}还没有回访记录。")
    values["visits"] = [
        {
            "visited_on": v.data.visited_on,
            "contact": v.data.contact,
            "finding": v.data.finding.label,
            "note": v.data.note,
            "next_visit_on": v.data.next_visit_on,
        }
        for v in visits
    ]
    info = sources.workflow.agreement_of(detail.id)
    values["agreement"] = _agreement(info, values["claims"], detail.data) if info else None
    return "follow_up.j2"


def _for_file_cover(sources: Sources, detail: CaseDetail, values: dict[str, Any]) -> str:
    latest: dict[str, Any] = {}
    # One entry per session record and per applicant's 仲裁申请书; the merged arbitration
    # packet is not listed (its parts are).
    by_title = {DocumentKind.SESSION_RECORD.value, DocumentKind.ARBITRATION_APPLICATION.value}
    for doc in sources.documents.documents_of(detail.id):
        if doc.kind not in (DocumentKind.FILE_COVER.value, PACKET_KIND):
            key = doc.title if doc.kind in by_title else doc.kind
            latest[key] = doc
    order = {k.value: i for i, k in enumerate(FILE_ORDER)}
    docs = sorted(latest.values(), key=lambda d: (order.get(d.kind, 99), d.created_at))
    page = 3  # the cover and the table of contents come first
    contents = []
    for n, doc in enumerate(docs, start=1):
        last = page + max(doc.pages, 1) - 1
        pages = str(page) if last == page else f"{page}-{last}"
        contents.append({"n": n, "title": doc.title, "on": doc.created_at.date(), "pages": pages})
        page = last + 1
    values["contents"] = contents
    values["total_pages"] = page - 1
    return "file_cover.j2"


def _for_session(
    sources: Sources, detail: CaseDetail, values: dict[str, Any], session_seq: int | None
) -> str:
    sessions = sources.workflow.sessions_of(detail.id)
    _need(sessions, f"案件{detail.number}还没有调解记录。")
    chosen = (
        sessions[-1]
        if session_seq is None
        else next((s for s in sessions if s.seq == session_seq), None)
    )
    _need(chosen, f"案件{detail.number}没有第{session_seq}次调解的记录。")
    assert chosen is not None
    values["session"] = _session(sources, chosen)
    return "session_record.j2"


_BUILDERS = {
    DocumentKind.APPLICATION: _for_application,
    DocumentKind.ACCEPTANCE: _for_acceptance,
    DocumentKind.NON_ACCEPTANCE: _for_non_acceptance,
    DocumentKind.REFUSAL: _for_refusal,
    DocumentKind.AGREEMENT: _for_agreement,
    DocumentKind.TERMINATION: _for_termination,
    DocumentKind.SERVICE: _for_service,
    DocumentKind.FOLLOW_UP: _for_follow_up,
    DocumentKind.FILE_COVER: _for_file_cover,
}


def _title(kind: DocumentKind, values: dict[str, Any]) -> str:
    if kind is DocumentKind.APPLICATION and values["case"]["is_oral"]:
        return "口头申请笔录"
    if kind is DocumentKind.SESSION_RECORD:
        return f"调解笔录（第{values['session']['seq']}次）"
    if kind is DocumentKind.AGREEMENT and values["agreement"]["is_supplement"]:
        return "补充调解协议书"
    if kind is DocumentKind.SERVICE:
        return f"送达回证（{values['served']['title']}）"
    if kind is DocumentKind.ARBITRATION_APPLICATION and len(values["filings"]) == 1:
        filing = values["filings"][0]
        return kind.label if filing["collective"] else f"{kind.label}（{filing['name']}）"
    return kind.label


def build_context(
    sources: Sources,
    kind: DocumentKind,
    case_id: int,
    options: DocumentOptions | None = None,
    *,
    session_seq: int | None = None,
    served_kind: DocumentKind | None = None,
    route: RouteRequest | None = None,
) -> DocContext:
    """The template and the values of one document of one case."""
    # Imported here: the route builders reuse this module's helpers.
    from mediator.documents.route_context import ROUTE_BUILDERS

    options = options or DocumentOptions()
    detail, values = base_context(sources, case_id, options)
    if detail.voided_on is not None:
        raise DocumentNotAvailable(f"案件{detail.number}已作废，不能出具文书。")
    values["served_kind"] = served_kind
    if kind is DocumentKind.SESSION_RECORD:
        template = _for_session(sources, detail, values, session_seq)
    elif kind in ROUTE_BUILDERS:
        template = ROUTE_BUILDERS[kind](sources, detail, values, route or RouteRequest())
    else:
        template = _BUILDERS[kind](sources, detail, values)
    title = _title(kind, values)
    values["title"] = title
    return DocContext(kind, template, title, values)


# -- naming every printed string -----------------------------------------------------------

LABELS = {
    "name": "姓名/名称",
    "address": "住址",
    "phone": "联系电话",
    "id_number": "证件号码",
    "job": "岗位",
    "legal_rep": "法定代表人",
    "legal_rep_title": "法定代表人职务",
    "mailing_address": "通讯地址",
    "relation": "与当事人关系",
    "facts": "事实与理由",
    "description": "请求事项",
    "applicant": "申请人",
    "preamble": "协议前言",
    "text": "条款内容",
    "payer": "付款人",
    "payee": "收款人",
    "method": "支付方式",
    "place": "地点",
    "note": "备注",
    "contact": "回访对象",
    "evidence": "证据",
    "proposal": "调解方案",
    "reason_text": "不予受理的说明",
    "number": "案件编号",
    "short_name": "机构简称",
    "title": "文书名称",
    "external_ref": "流水号",
}


_NAME_LABELS = {
    "applicants": "申请人姓名",
    "representatives": "申请人姓名",
    "respondents": "被申请人名称",
    "agents": "代理人姓名",
    "mediators": "调解员姓名",
    "staff": "调解员姓名",
    "attendees": "参加人姓名",
    "office": "调解组织名称",
}


def labelled_strings(
    value: Any, label: str = "文书内容", parent: str = ""
) -> Iterator[tuple[str, str]]:
    """(label, text) for every string in a context, e.g. ("申请人姓名", "张𰻞")."""
    if isinstance(value, str):
        if value:
            yield label, value
    elif isinstance(value, dict):
        for key, item in value.items():
            name = _NAME_LABELS.get(parent, "姓名") if key == "name" else LABELS.get(key, label)
            yield from labelled_strings(
                item, name, key if isinstance(item, (list, dict)) else parent
            )
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from labelled_strings(item, label, parent)
