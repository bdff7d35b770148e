"""The audit trail: every create, update and delete, with who, when, old and new.

A ``after_flush`` hook on every session inspects what the flush wrote, so no
service can forget to record a change. Rows go in through the same
connection and transaction as the change itself: both land, or neither.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from mediator.persistence import orm
from mediator.persistence.db import SYSTEM, Operator

# Bookkeeping columns that change with every save and would only add noise.
_SKIPPED_FIELDS = frozenset(
    {
        "version",
        "created_at",
        "updated_at",
        "applicant_count",
        "applicant_summary",
        "respondent_summary",
        "claimed_total",
        "is_collective",
        "id",
        "case_id",
        "limitation_due",
    }
)

_AUDITED: dict[type[Any], str] = {
    orm.Case: "case",
    orm.Applicant: "applicant",
    orm.Respondent: "respondent",
    orm.Agent: "agent",
    orm.Claim: "claim",
    orm.CaseMediator: "case_mediator",
    orm.User: "user",
    orm.Setting: "setting",
    orm.CalendarDay: "calendar_day",
    orm.AcceptanceDecision: "acceptance_decision",
    orm.RecusalRequest: "recusal_request",
    orm.MediationSession: "mediation_session",
    orm.SessionStaff: "session_staff",
    orm.SessionAttendee: "session_attendee",
    orm.SessionTurn: "session_turn",
    orm.DeadlineExtension: "deadline_extension",
    orm.Agreement: "agreement",
    orm.AgreementTerm: "agreement_term",
    orm.StatusChange: "status_change",
    orm.FollowUp: "follow_up",
    orm.GeneratedDocument: "generated_document",
    orm.DocumentScan: "document_scan",
    orm.Instalment: "instalment",
    orm.InstalmentShare: "instalment_share",
    orm.Receipt: "receipt",
    orm.LocalityFigure: "locality_figure",
    orm.ReportedPeriod: "reported_period",
    orm.LimitationEvent: "limitation_event",
    orm.ArrearsPeriod: "arrears_period",
    orm.ArrearsEvidence: "arrears_evidence",
    orm.EvidenceFile: "evidence_file",
    orm.ChainLiability: "chain_liability",
    orm.ArbitrationCommittee: "arbitration_committee",
    orm.Referral: "referral",
    orm.ReferralOutcome: "referral_outcome",
}


def format_value(value: Any) -> str | None:
    """A stable text form for the history: codes for enums, ISO for dates."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (bytes, bytearray, memoryview)):
        # File contents (PDFs, scans) stay out of the history: their size only.
        return f"{len(value)} bytes"
    return str(value)


def _case_id_of(obj: Any) -> int | None:
    if isinstance(obj, orm.Case):
        return obj.id
    return getattr(obj, "case_id", None)


def _entity_id_of(obj: Any) -> int | None:
    # The identity key of a new object is set only after the flush; the
    # primary-key attribute already holds the inserted id.
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    if len(key) == 1 and isinstance(key[0], int):
        return key[0]
    return None


def _snapshot(obj: Any) -> str:
    columns = inspect(obj).mapper.column_attrs
    data = {
        c.key: format_value(getattr(obj, c.key))
        for c in columns
        if c.key not in _SKIPPED_FIELDS and getattr(obj, c.key) not in (None, "")
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _changes(obj: Any) -> list[tuple[str, str | None, str | None]]:
    state = inspect(obj)
    changed = []
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_FIELDS:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if format_value(old) != format_value(new):
            changed.append((attr.key, format_value(old), format_value(new)))
    return changed


def _rows_for_flush(session: Session) -> list[dict[str, Any]]:
    operator: Operator = session.info.get("operator", SYSTEM)
    now = datetime.now()
    base = {"at": now, "user_id": operator.id, "user_name": operator.name}
    rows: list[dict[str, Any]] = []

    def add(
        obj: Any, action: str, field: str = "", old: str | None = None, new: str | None = None
    ) -> None:
        rows.append(
            base
            | {
                "case_id": _case_id_of(obj),
                "entity": _AUDITED[type(obj)],
                "entity_id": _entity_id_of(obj),
                "action": action,
                "field": field,
                "old_value": old,
                "new_value": new,
            }
        )

    for obj in _in_order(session.new):
        add(obj, "create", new=_snapshot(obj))
    for obj in _in_order(session.dirty):
        if session.is_modified(obj, include_collections=False):
            for field, old, new in _changes(obj):
                add(obj, "update", field, old, new)
    for obj in _in_order(session.deleted):
        add(obj, "delete", old=_snapshot(obj))
    return rows


def _in_order(objects: Iterable[Any]) -> list[Any]:
    """The audited objects among ``objects`` in a fixed order.

    The session's sets iterate in memory-address order, so one save touching an
    applicant and a respondent would list them either way round in the history.
    """
    audited = [obj for obj in objects if type(obj) in _AUDITED]
    order = {entity: n for n, entity in enumerate(_AUDITED.values())}
    return sorted(audited, key=lambda obj: (order[_AUDITED[type(obj)]], _entity_id_of(obj) or 0))


@event.listens_for(Session, "after_flush")
def _record_flush(session: Session, _context: Any) -> None:
    if session.info.get("skip_audit"):
        return
    rows = _rows_for_flush(session)
    if rows:
        session.connection().execute(insert(orm.AuditEntry), rows)


def record_event(
    session: Session,
    *,
    case_id: int,
    entity: str,
    entity_id: int | None,
    action: str,
    new_value: str | None = None,
) -> None:
    """Write one history row by hand, for changes the flush hook does not see.

    Used when a session record being typed as a draft (saved without history)
    is finished: the whole record goes into the history at once.
    """
    operator: Operator = session.info.get("operator", SYSTEM)
    session.connection().execute(
        insert(orm.AuditEntry),
        [
            {
                "at": datetime.now(),
                "user_id": operator.id,
                "user_name": operator.name,
                "case_id": case_id,
                "entity": entity,
                "entity_id": entity_id,
                "action": action,
                "field": "",
                "old_value": None,
                "new_value": new_value,
            }
        ],
    )
