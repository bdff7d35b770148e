"""Readable names for the audit trail: tables, columns and stored codes.

The audit log stores database names ("applicant", "id_number") and value
codes ("received", "1"); the history tab shows 申请人, 证件号码, 待受理, 是.
"""

from __future__ import annotations

import json

from mediator.domain.arrears import EvidenceKind, RateUnit
from mediator.domain.enums import (
    AgentSide,
    ApplicationForm,
    CaseStatus,
    Category,
    ChainRole,
    Channel,
    ClaimCategory,
    DayKind,
    IdType,
    LabelledEnum,
    MediatorRole,
    Sex,
    UserRole,
)
from mediator.domain.routes import DeliveryMethod, OutcomeKind, RouteKind
from mediator.gui.i18n import translate


def entity_label(entity: str) -> str:
    labels = {
        "case": translate("AuditLabels", "Case"),
        "applicant": translate("AuditLabels", "Applicant"),
        "respondent": translate("AuditLabels", "Respondent"),
        "agent": translate("AuditLabels", "Agent"),
        "claim": translate("AuditLabels", "Claim"),
        "case_mediator": translate("AuditLabels", "Mediator"),
        "user": translate("AuditLabels", "Operator"),
        "setting": translate("AuditLabels", "Setting"),
        "calendar_day": translate("AuditLabels", "Holiday table"),
        "referral": translate("AuditLabels", "Referral"),
        "referral_outcome": translate("AuditLabels", "Referral outcome"),
        "arbitration_committee": translate("AuditLabels", "Arbitration committee"),
        "arrears_period": translate("AuditLabels", "Arrears period"),
        "arrears_evidence": translate("AuditLabels", "Evidence held"),
        "evidence_file": translate("AuditLabels", "Evidence file"),
        "chain_liability": translate("AuditLabels", "Chain liability"),
    }
    return labels.get(entity, entity)


def action_label(action: str) -> str:
    labels = {
        "create": translate("AuditLabels", "Created"),
        "update": translate("AuditLabels", "Changed"),
        "delete": translate("AuditLabels", "Deleted"),
    }
    return labels.get(action, action)


def field_label(entity: str, field: str) -> str:
    specific = {
        ("claim", "category"): translate("AuditLabels", "Claim type"),
        ("respondent", "name"): translate("AuditLabels", "Name of the respondent"),
        ("respondent", "phone"): translate("AuditLabels", "Phone"),
        ("case_mediator", "role"): translate("AuditLabels", "Mediator role"),
        ("user", "role"): translate("AuditLabels", "Role"),
        ("referral_outcome", "kind"): translate("AuditLabels", "Outcome"),
        ("arbitration_committee", "jurisdiction"): translate("AuditLabels", "Places covered"),
    }
    if (entity, field) in specific:
        return specific[(entity, field)]
    labels = {
        "number": translate("AuditLabels", "Case number"),
        "received_on": translate("AuditLabels", "Received on"),
        "application_form": translate("AuditLabels", "Application form"),
        "channel": translate("AuditLabels", "Source"),
        "category": translate("AuditLabels", "Dispute type"),
        "facts": translate("AuditLabels", "Facts and reasons"),
        "external_ref": translate("AuditLabels", "External no."),
        "status": translate("AuditLabels", "Status"),
        "accepted_on": translate("AuditLabels", "Accepted on"),
        "closed_on": translate("AuditLabels", "Closed on"),
        "closure_reason": translate("AuditLabels", "Reason for closing"),
        "acceptance_due": translate("AuditLabels", "Acceptance due"),
        "mediation_due": translate("AuditLabels", "Mediation due"),
        "voided_on": translate("AuditLabels", "Voided on"),
        "void_reason": translate("AuditLabels", "Reason for voiding"),
        "name": translate("AuditLabels", "Name"),
        "sex": translate("AuditLabels", "Sex"),
        "id_type": translate("AuditLabels", "ID type"),
        "id_number": translate("AuditLabels", "ID number"),
        "phone": translate("AuditLabels", "Phone"),
        "is_migrant": translate("AuditLabels", "Migrant worker"),
        "employment_start": translate("AuditLabels", "Joined"),
        "employment_end": translate("AuditLabels", "Left"),
        "job": translate("AuditLabels", "Job"),
        "monthly_wage": translate("AuditLabels", "Monthly wage"),
        "address": translate("AuditLabels", "Address"),
        "mailing_address": translate("AuditLabels", "Mailing address"),
        "is_representative": translate("AuditLabels", "Representative"),
        "uscc": translate("AuditLabels", "Unified social credit code"),
        "legal_rep": translate("AuditLabels", "Legal representative"),
        "legal_rep_title": translate("AuditLabels", "Representative's title"),
        "industry": translate("AuditLabels", "Industry"),
        "chain_role": translate("AuditLabels", "Role in the chain"),
        "side": translate("AuditLabels", "Acts for"),
        "principal_seq": translate("AuditLabels", "Principal"),
        "relation": translate("AuditLabels", "Relation"),
        "description": translate("AuditLabels", "Description"),
        "amount": translate("AuditLabels", "Amount"),
        "period_start": translate("AuditLabels", "Period from"),
        "period_end": translate("AuditLabels", "Period to"),
        "applicant_id": translate("AuditLabels", "Applicant"),
        "user_id": translate("AuditLabels", "Staff member"),
        "certificate_no": translate("AuditLabels", "Certificate no."),
        "active": translate("AuditLabels", "Active"),
        "seq": translate("AuditLabels", "Position"),
        "day": translate("AuditLabels", "Day"),
        "kind": translate("AuditLabels", "Kind"),
        "note": translate("AuditLabels", "Note"),
        "key": translate("AuditLabels", "Setting"),
        "value": translate("AuditLabels", "Value"),
        "route": translate("AuditLabels", "Route"),
        "referred_on": translate("AuditLabels", "Referred on"),
        "body": translate("AuditLabels", "Receiving body"),
        "committee_id": translate("AuditLabels", "Arbitration committee"),
        "method": translate("AuditLabels", "How"),
        "enclosures": translate("AuditLabels", "Enclosures"),
        "receipt": translate("AuditLabels", "Receipt"),
        "decided_on": translate("AuditLabels", "Decided on"),
        "body_case_number": translate("AuditLabels", "Case number there"),
        "from_month": translate("AuditLabels", "From month"),
        "to_month": translate("AuditLabels", "To month"),
        "rate_unit": translate("AuditLabels", "Rate per"),
        "rate": translate("AuditLabels", "Rate"),
        "days_worked": translate("AuditLabels", "Days worked"),
        "hours_worked": translate("AuditLabels", "Hours worked"),
        "pieces": translate("AuditLabels", "Pieces"),
        "owed": translate("AuditLabels", "Owed"),
        "owed_entered": translate("AuditLabels", "Owed typed in"),
        "paid": translate("AuditLabels", "Paid"),
        "claimed": translate("AuditLabels", "Claimed"),
        "confirmed": translate("AuditLabels", "Confirmed by employer"),
        "filename": translate("AuditLabels", "File name"),
        "mime": translate("AuditLabels", "File type"),
        "party": translate("AuditLabels", "Party"),
        "basis": translate("AuditLabels", "Basis of liability"),
        "share": translate("AuditLabels", "Share %"),
        "respondent_id": translate("AuditLabels", "Respondent"),
        "added_at": translate("AuditLabels", "Added at"),
        "data": translate("AuditLabels", "Content"),
        "operator": translate("AuditLabels", "Recorded by"),
    }
    return labels.get(field, field)


_ENUMS: dict[tuple[str, str], type[LabelledEnum]] = {
    ("case", "status"): CaseStatus,
    ("case", "category"): Category,
    ("case", "application_form"): ApplicationForm,
    ("case", "channel"): Channel,
    ("claim", "category"): ClaimCategory,
    ("applicant", "sex"): Sex,
    ("applicant", "id_type"): IdType,
    ("respondent", "chain_role"): ChainRole,
    ("agent", "side"): AgentSide,
    ("case_mediator", "role"): MediatorRole,
    ("user", "role"): UserRole,
    ("calendar_day", "kind"): DayKind,
    ("referral", "route"): RouteKind,
    ("referral", "method"): DeliveryMethod,
    ("referral_outcome", "kind"): OutcomeKind,
    ("arrears_period", "rate_unit"): RateUnit,
    ("arrears_evidence", "kind"): EvidenceKind,
    ("evidence_file", "kind"): EvidenceKind,
    ("chain_liability", "role"): ChainRole,
}
_FLAGS = frozenset({"is_migrant", "is_representative", "active", "owed_entered"})
# Bookkeeping that means nothing to a reader of the history.
_HIDDEN_IN_SNAPSHOTS = frozenset({"number_year", "number_seq", "seq", "applicant_id"})


def value_label(entity: str, field: str, value: str | None) -> str:
    """A stored value as people read it: enum labels, 是/否, dates as they are."""
    if value is None or value == "":
        return ""
    enum = _ENUMS.get((entity, field))
    if enum is not None:
        try:
            return enum.by_code(value).label
        except ValueError:
            return value
    if field in _FLAGS:
        return translate("AuditLabels", "Yes") if value == "1" else translate("AuditLabels", "No")
    return value


def snapshot_label(entity: str, snapshot: str | None) -> str:
    """A created or deleted record's stored JSON as "field: value; ..."."""
    if not snapshot:
        return ""
    try:
        values = json.loads(snapshot)
    except ValueError:
        return snapshot
    if not isinstance(values, dict):
        return snapshot
    parts = [
        f"{field_label(entity, k)}: {value_label(entity, k, v)}"
        for k, v in values.items()
        if k not in _HIDDEN_IN_SNAPSHOTS and v not in (None, "")
    ]
    return "; ".join(parts)


def snapshot_name(snapshot: str | None) -> str:
    """The "name" inside a snapshot (who was added or removed), or ""."""
    try:
        values = json.loads(snapshot or "")
    except ValueError:
        return ""
    return str(values.get("name", "")) if isinstance(values, dict) else ""
