"""The data of the referral documents (issue 6, domain.md 1.10-1.12, 2.5-2.7).

Arbitration: the 移送函, the 仲裁申请书 (per applicant, or one collective
application with its representatives and a roster) and the 证据清单. The other
routes: joint applications for judicial confirmation (30 days) and arbitral
review (15 days), the payment-order guidance, the labour-inspection complaint
and the letters to legal aid and the union. Everything is taken from the case,
its sessions, its agreement and its referrals; nothing is typed again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from mediator.documents.context import (
    ARBITRAL_REVIEW_DAYS,
    JUDICIAL_CONFIRMATION_DAYS,
    PAYMENT_ORDER_ITEMS,
    Addressee,
    DocumentNotAvailable,
    RouteRequest,
    Sources,
    _agreement,
    _failure_label,
    _names,
    _need,
)
from mediator.documents.kinds import PACKET_ONLY, DocumentKind
from mediator.domain.enums import COLLECTIVE_THRESHOLD, CaseStatus, ClaimCategory
from mediator.domain.routes import RouteKind
from mediator.domain.workflow_enums import AttendeeKind, AttendeeSide
from mediator.persistence.cases import CaseDetail
from mediator.persistence.performance import InstalmentInfo, OverdueInstalment
from mediator.persistence.referrals import ReferralInfo

WAGE_ITEMS = frozenset(
    {
        ClaimCategory.WAGES,
        ClaimCategory.OVERTIME,
        ClaimCategory.MIN_WAGE_GAP,
    }
)
"""Claims for 劳动报酬: where 刑法 Art.276-1 (refusing to pay wages) is worth noting."""

ENDED = (CaseStatus.FAILED, CaseStatus.WITHDRAWN, CaseStatus.REFUSED)

ARBITRATION_KINDS = frozenset(
    {
        DocumentKind.REFERRAL_LETTER,
        DocumentKind.ARBITRATION_APPLICATION,
        DocumentKind.EVIDENCE_LIST,
        DocumentKind.ARBITRAL_REVIEW,
    }
)
"""Addressed to an arbitration committee (the committee can be named on the command line)."""

_ROUTE_OF = {
    DocumentKind.REFERRAL_LETTER: RouteKind.ARBITRATION,
    DocumentKind.ARBITRATION_APPLICATION: RouteKind.ARBITRATION,
    DocumentKind.EVIDENCE_LIST: RouteKind.ARBITRATION,
    DocumentKind.ARBITRAL_REVIEW: RouteKind.ARBITRAL_REVIEW,
    DocumentKind.JUDICIAL_CONFIRMATION: RouteKind.JUDICIAL_CONFIRMATION,
    DocumentKind.PAYMENT_ORDER_GUIDE: RouteKind.PAYMENT_ORDER,
    DocumentKind.INSPECTION_COMPLAINT: RouteKind.LABOUR_INSPECTION,
    DocumentKind.LEGAL_AID: RouteKind.LEGAL_AID,
    DocumentKind.UNION_AID: RouteKind.UNION_SUPPORT,
}
_SPLIT_EVIDENCE = re.compile(r"[\n；;]+")


# -- who the document is addressed to ------------------------------------------------------


def _from_referral(referral: ReferralInfo) -> Addressee | None:
    if referral.committee is not None:
        c = referral.committee
        return Addressee(c.name, c.address, c.phone)
    return Addressee(referral.body) if referral.body.strip() else None


def latest_addressee(sources: Sources, case_id: int, route: RouteKind) -> Addressee | None:
    """The body of the case's latest referral of this route, if it names one."""
    for referral in reversed(sources.referrals.referrals(case_id)):
        if referral.route is route:
            found = _from_referral(referral)
            if found is not None:
                return found
    return None


def arbitration_committee(
    sources: Sources, case_id: int, name: str | None = None
) -> Addressee | None:
    """The committee of the latest arbitration referral, else ``name``, else the suggested one."""
    found = latest_addressee(sources, case_id, RouteKind.ARBITRATION)
    if found is not None:
        return found
    if name and name.strip():
        name = name.strip()
        for c in sources.referrals.committees():
            if c.name == name:
                return Addressee(c.name, c.address, c.phone)
        return Addressee(name)
    suggested = sources.referrals.suggest_committee(case_id)
    if suggested is not None:
        return Addressee(suggested.name, suggested.address, suggested.phone)
    return None


def _addressee(
    sources: Sources, detail: CaseDetail, kind: DocumentKind, request: RouteRequest
) -> dict[str, str]:
    route = _ROUTE_OF[kind]
    found = request.addressee or latest_addressee(sources, detail.id, route)
    if found is None and route in (RouteKind.ARBITRATION, RouteKind.ARBITRAL_REVIEW):
        found = arbitration_committee(sources, detail.id)
    if found is None:
        return {"name": "", "address": "", "phone": ""}
    return {"name": found.name, "address": found.address, "phone": found.phone}


# -- the course of the mediation -----------------------------------------------------------


def _figures(sources: Sources, case_id: int) -> dict[str, Decimal] | None:
    figures = sources.performance.case_figures(case_id).figures
    if not figures.agreed:
        return None
    return {
        "agreed": figures.agreed,
        "paid": figures.paid,
        "outstanding": figures.outstanding,
        "overdue": figures.overdue,
    }


def _mediation(sources: Sources, detail: CaseDetail, values: dict[str, Any]) -> dict[str, Any]:
    sessions = [s for s in sources.workflow.sessions_of(detail.id) if not s.draft]
    info = sources.workflow.agreement_of(detail.id)
    signed = info is not None and info.signed_on is not None
    ended = detail.status in ENDED
    return {
        "sessions": [{"seq": s.seq, "held_on": s.data.held_on} for s in sessions],
        "count": len(sessions),
        "ended": ended,
        "ended_on": detail.closed_on if ended else None,
        "reason": (_failure_label(detail.closure_reason) or detail.status.label) if ended else "",
        "agreement": _agreement(info, values["claims"], detail.data) if signed and info else None,
        "figures": _figures(sources, detail.id) if signed else None,
        "not_accepted": _not_accepted(sources, detail),
    }


def _not_accepted(sources: Sources, detail: CaseDetail) -> dict[str, Any] | None:
    if detail.status is not CaseStatus.NOT_ACCEPTED:
        return None
    decision = sources.workflow.acceptance_of(detail.id)
    if decision is None:
        return None
    reason = decision.reason.label if decision.reason else decision.reason_text
    return {"on": decision.decided_on, "reason": reason}


def _require_referable(sources: Sources, detail: CaseDetail) -> None:
    """Arbitration is open (ended without agreement, or an instalment overdue and unpaid)."""
    option = next(
        o for o in sources.referrals.route_options(detail.id) if o.kind is RouteKind.ARBITRATION
    )
    if not option.available:
        raise DocumentNotAvailable(f"案件{detail.number}目前不能移送仲裁：{option.reason}")


def _require_signed(detail: CaseDetail, mediation: dict[str, Any], what: str) -> dict[str, Any]:
    agreement: dict[str, Any] | None = mediation["agreement"]
    _need(agreement, f"案件{detail.number}没有已签订生效的调解协议，不能出具{what}。")
    assert agreement is not None
    return agreement


# -- claims, filings, witnesses, evidence ---------------------------------------------------


def _claims_of(detail: CaseDetail, indices: set[int]) -> list[dict[str, Any]]:
    data = detail.data
    found = [c for c in data.claims if c.applicant_index in indices]
    return [
        {
            "n": n,
            "applicant": data.applicants[c.applicant_index].name,
            "category": c.category.label,
            "description": c.description,
            "amount": c.amount,
            "period_start": c.period_start,
            "period_end": c.period_end,
        }
        for n, c in enumerate(found, start=1)
    ]


def _grouped_claims(detail: CaseDetail, indices: set[int]) -> list[dict[str, Any]]:
    """A collective application's requests: one line per kind of claim, amounts added up."""
    totals: dict[str, dict[str, Any]] = {}
    for c in detail.data.claims:
        if c.applicant_index not in indices:
            continue
        entry = totals.setdefault(
            c.category.label, {"category": c.category.label, "amount": None, "people": set()}
        )
        if c.amount is not None:
            entry["amount"] = (entry["amount"] or Decimal(0)) + c.amount
        entry["people"].add(c.applicant_index)
    return [
        {"n": n, "category": e["category"], "amount": e["amount"], "people": len(e["people"])}
        for n, e in enumerate(totals.values(), start=1)
    ]


def _chosen(detail: CaseDetail, request: RouteRequest) -> list[int]:
    count = len(detail.data.applicants)
    wanted = [request.applicant] if request.applicant is not None else list(request.applicants)
    for i in wanted:
        if not 0 <= i < count:
            raise DocumentNotAvailable(f"案件{detail.number}没有第{i + 1}位申请人。")
    return sorted(set(wanted)) or list(range(count))


def _filings(
    sources: Sources, detail: CaseDetail, values: dict[str, Any], request: RouteRequest
) -> list[dict[str, Any]]:
    """One collective application (ten or more workers), else one per applicant."""
    applicants = values["applicants"]
    chosen = _chosen(detail, request)
    if request.applicant is None and len(chosen) >= COLLECTIVE_THRESHOLD:
        people = [applicants[i] for i in chosen]
        return [
            {
                "collective": True,
                "name": _names(people),
                "applicants": people,
                "representatives": [p for p in people if p["is_representative"]] or people[:1],
                "claims": _grouped_claims(detail, set(chosen)),
                "total": sum((p["claimed"] for p in people), Decimal(0)),
                "ledger_evidence": _ledger_evidence(sources, detail, set(chosen)),
            }
        ]
    return [
        {
            "collective": False,
            "name": applicants[i]["name"],
            "applicants": [applicants[i]],
            "representatives": [],
            "claims": _claims_of(detail, {i}),
            "total": applicants[i]["claimed"],
            "ledger_evidence": _ledger_evidence(sources, detail, {i}),
        }
        for i in chosen
    ]


def _witnesses(sources: Sources, case_id: int) -> list[dict[str, str]]:
    """Third parties who attended a session (domain.md 2.3): the witnesses on record."""
    found: dict[str, dict[str, str]] = {}
    for s in sources.workflow.sessions_of(case_id):
        for a in s.data.attendees:
            if a.kind is AttendeeKind.THIRD_PARTY or a.side is AttendeeSide.INVITED:
                found.setdefault(a.name, {"name": a.name, "note": a.note, "address": ""})
    return list(found.values())


def _ledger_evidence(
    sources: Sources, detail: CaseDetail, indices: set[int]
) -> list[dict[str, Any]]:
    """The arrears ledger's evidence of these applicants, one line per kind and note."""
    ids = {a.id: a.name for i, a in enumerate(detail.data.applicants) if i in indices}
    lines: dict[tuple[str, str], dict[str, Any]] = {}
    for item in sources.arrears.evidence(detail.id):
        if item.applicant_id not in ids:
            continue
        line = lines.setdefault(
            (item.kind.value, item.note),
            {"kind": item.kind.value, "label": item.kind.label, "note": item.note, "people": []},
        )
        line["people"].append({"name": ids[item.applicant_id], "files": len(item.files)})
    for line in lines.values():
        line["files"] = sum(p["files"] for p in line["people"])
        line["names"] = _names(line["people"])
    return list(lines.values())


def _session_evidence(sources: Sources, case_id: int) -> list[dict[str, Any]]:
    """The evidence shown in the finished sessions, one item per line (or ；)."""
    items: list[dict[str, Any]] = []
    for s in sources.workflow.sessions_of(case_id):
        if not s.draft:
            names = (n.strip() for n in _SPLIT_EVIDENCE.split(s.data.evidence))
            items += [{"name": name, "seq": s.seq} for name in names if name]
    return items


# -- one builder per kind --------------------------------------------------------------------


def _arbitration_values(
    sources: Sources, detail: CaseDetail, values: dict[str, Any], request: RouteRequest
) -> dict[str, Any]:
    _require_referable(sources, detail)
    mediation = _mediation(sources, detail, values)
    values["mediation"] = mediation
    values["witnesses"] = _witnesses(sources, detail.id)
    values["session_evidence"] = _session_evidence(sources, detail.id)
    values["ledger_evidence"] = _ledger_evidence(
        sources, detail, set(range(len(detail.data.applicants)))
    )
    values["packet_pages"] = dict(request.packet_pages)
    return mediation


def _for_referral_letter(
    sources: Sources, detail: CaseDetail, values: dict[str, Any], request: RouteRequest
) -> str:
    _arbitration_values(sources, detail, values, request)
    _need(request.enclosures, "移送函随移送仲裁材料一并生成（mediator doc referral）。")
    values["addressee"] = _addressee(sources, detail, DocumentKind.REFERRAL_LETTER, request)
    values["enclosures"] = list(request.enclosures)
    values["letter_pages"] = request.letter_pages
    values["total_pages"] = request.letter_pages + sum(int(e["count"]) for e in request.enclosures)
    return "referral_letter.j2"


def _for_arbitration_application(
    sources: Sources, detail: CaseDetail, values: dict[str, Any], request: RouteRequest
) -> str:
    _arbitration_values(sources, detail, values, request)
    values["addressee"] = _addressee(sources, detail, DocumentKind.ARBITRATION_APPLICATION, request)
    values["filings"] = _filings(sources, detail, values, request)
    return "arbitration_application.j2"


def _for_evidence_list(
    sources: Sources, detail: CaseDetail, values: dict[str, Any], request: RouteRequest
) -> str:
    _arbitration_values(sources, detail, values, request)
    values["addressee"] = _addressee(sources, detail, DocumentKind.EVIDENCE_LIST, request)
    values["in_packet"] = bool(request.packet_pages)
    return "evidence_list.j2"


def _window(values: dict[str, Any], agreement: dict[str, Any], days: int) -> dict[str, Any]:
    signed: date = agreement["signed_on"]
    until = signed + timedelta(days=days)
    return {"days": days, "from": signed, "until": until, "expired": values["today"] > until}


def _for_joint(
    kind: DocumentKind, days: int, template: str
) -> Callable[[Sources, CaseDetail, dict[str, Any], RouteRequest], str]:
    def build(
        sources: Sources, detail: CaseDetail, values: dict[str, Any], request: RouteRequest
    ) -> str:
        mediation = _mediation(sources, detail, values)
        values["mediation"] = mediation
        agreement = _require_signed(detail, mediation, kind.label)
        values["agreement"] = agreement
        values["window"] = _window(values, agreement, days)
        values["addressee"] = _addressee(sources, detail, kind, request)
        return template

    return build


def _for_payment_order(
    sources: Sources, detail: CaseDetail, values: dict[str, Any], request: RouteRequest
) -> str:
    mediation = _mediation(sources, detail, values)
    values["mediation"] = mediation
    agreement = _require_signed(detail, mediation, "支付令申请指引")
    _need(
        agreement["payment_order"],
        f"案件{detail.number}的调解协议不涉及劳动报酬、工伤医疗费、经济补偿或者赔偿金，"
        "不适用支付令（《中华人民共和国劳动争议调解仲裁法》第十六条）。",
    )
    values["agreement"] = agreement
    values["addressee"] = _addressee(sources, detail, DocumentKind.PAYMENT_ORDER_GUIDE, request)
    schedule = sources.performance.schedule_of(detail.id)
    debtors = _debtors(schedule, agreement, values["respondents"], values["today"])
    values["debtors"] = debtors
    values["debtor_names"] = "、".join(d["name"] for d in debtors)
    names = {d["name"] for d in debtors}
    values["not_debtors"] = "、".join(
        r["name"] for r in values["respondents"] if r["name"] not in names
    )
    values["unpaid"] = _unpaid_workers(sources.performance.overdue_of(detail.id))
    values["unpaid_total"] = sum((u["amount"] for u in values["unpaid"]), Decimal("0"))
    values["has_schedule"] = bool(schedule)
    return "payment_order_guide.j2"


def _debtors(
    schedule: list[InstalmentInfo],
    agreement: dict[str, Any],
    respondents: list[dict[str, Any]],
    today: date,
) -> list[dict[str, Any]]:
    """Who a payment order is against: the payers of the payment terms not performed (those
    overdue first), not every respondent; a 总包 that the agreement does not bind is no debtor.
    Without a schedule (no payment recorded yet) every payer of the agreement."""
    overdue = [i.payer for i in schedule if i.is_overdue(today)]
    unpaid = [i.payer for i in schedule if i.outstanding > 0]
    payers = overdue or unpaid or [t["payer"] for t in agreement["payments"]]
    by_name = {r["name"]: r for r in respondents}
    return [
        by_name.get(name, {"name": name, "address": "", "uscc": "", "role": ""})
        for name in dict.fromkeys(p.strip() for p in payers if p.strip())
    ]


def _unpaid_workers(overdue: list[OverdueInstalment]) -> list[dict[str, Any]]:
    """Each worker still owed on an overdue instalment, per payer: the amount and due dates."""
    rows: dict[tuple[int, str], dict[str, Any]] = {}
    for item in overdue:
        for share in item.workers:
            key = (share.applicant_id, item.instalment.payer)
            row = rows.setdefault(
                key,
                {"worker": share.worker, "payer": item.instalment.payer, "amount": Decimal("0")},
            )
            row["amount"] += share.outstanding
            row.setdefault("due", []).append(item.instalment.due_on)
    return [{"n": n, **row} for n, row in enumerate(rows.values(), start=1)]


def _for_letter(
    kind: DocumentKind, template: str
) -> Callable[[Sources, CaseDetail, dict[str, Any], RouteRequest], str]:
    def build(
        sources: Sources, detail: CaseDetail, values: dict[str, Any], request: RouteRequest
    ) -> str:
        values["mediation"] = _mediation(sources, detail, values)
        values["addressee"] = _addressee(sources, detail, kind, request)
        categories = {c.category for c in detail.data.claims}
        values["wage_claims"] = bool(categories & WAGE_ITEMS)
        values["payment_claims"] = bool(categories & PAYMENT_ORDER_ITEMS)
        return template

    return build


def _refuse_standalone(
    sources: Sources, detail: CaseDetail, values: dict[str, Any], request: RouteRequest
) -> str:
    if request.enclosures:
        return _for_referral_letter(sources, detail, values, request)
    raise DocumentNotAvailable(
        "移送函列明移送材料的页码，只随移送仲裁材料一并生成：请使用“移送仲裁材料…”"
        "（命令行：mediator doc referral 案件编号 --out 文件.pdf）。"
    )


RouteBuilder = Callable[[Sources, CaseDetail, dict[str, Any], RouteRequest], str]

ROUTE_BUILDERS: dict[DocumentKind, RouteBuilder] = {
    DocumentKind.REFERRAL_LETTER: _refuse_standalone,
    DocumentKind.ARBITRATION_APPLICATION: _for_arbitration_application,
    DocumentKind.EVIDENCE_LIST: _for_evidence_list,
    DocumentKind.JUDICIAL_CONFIRMATION: _for_joint(
        DocumentKind.JUDICIAL_CONFIRMATION, JUDICIAL_CONFIRMATION_DAYS, "judicial_confirmation.j2"
    ),
    DocumentKind.ARBITRAL_REVIEW: _for_joint(
        DocumentKind.ARBITRAL_REVIEW, ARBITRAL_REVIEW_DAYS, "arbitral_review.j2"
    ),
    DocumentKind.PAYMENT_ORDER_GUIDE: _for_payment_order,
    DocumentKind.INSPECTION_COMPLAINT: _for_letter(
        DocumentKind.INSPECTION_COMPLAINT, "inspection_complaint.j2"
    ),
    DocumentKind.LEGAL_AID: _for_letter(DocumentKind.LEGAL_AID, "legal_aid.j2"),
    DocumentKind.UNION_AID: _for_letter(DocumentKind.UNION_AID, "union_aid.j2"),
}
assert set(PACKET_ONLY) <= set(ROUTE_BUILDERS)
