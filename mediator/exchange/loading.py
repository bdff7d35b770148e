"""Loading whole cases from the store for export, in batches.

Exports read inside one ``Database.read()`` session (a consistent snapshot)
and never hold more than one batch of ORM objects, so 200,000 cases export
in bounded memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mediator.domain.enums import CaseStatus
from mediator.exchange.records import CaseRecord
from mediator.persistence import orm
from mediator.persistence.caselist import CaseFilter, SortKey, case_ids
from mediator.persistence.cases import case_data_of, without_ids

BATCH = 500


@dataclass(frozen=True)
class ExportSelection:
    """Which cases an export holds (filters of ``mediator export cases``)."""

    statuses: frozenset[CaseStatus] = frozenset()
    received_from: date | None = None
    received_to: date | None = None
    include_voided: bool = False

    def case_filter(self) -> CaseFilter:
        return CaseFilter(
            statuses=self.statuses,
            received_from=self.received_from,
            received_to=self.received_to,
            include_voided=self.include_voided,
        )


def selected_ids(session: Session, selection: ExportSelection, today: date) -> list[int]:
    """Ids in register order: by date received, then by creation."""
    return case_ids(session, selection.case_filter(), today, SortKey.RECEIVED, descending=False)


def _user_names(session: Session) -> dict[int, str]:
    return {user_id: name for user_id, name in session.execute(select(orm.User.id, orm.User.name))}


def record_of(case: orm.Case, user_names: dict[int, str]) -> CaseRecord:
    data = case_data_of(case)
    lead = user_names.get(data.lead_mediator_id or -1, "")
    return CaseRecord(
        data=without_ids(data),
        number=case.number,
        status=case.status,
        accepted_on=case.accepted_on,
        closed_on=case.closed_on,
        closure_reason=case.closure_reason,
        acceptance_due=case.acceptance_due,
        mediation_due=case.mediation_due,
        voided_on=case.voided_on,
        void_reason=case.void_reason,
        respondent_consent=case.respondent_consent,
        respondent_consent_on=case.respondent_consent_on,
        lead_mediator=lead,
    )


def iter_records(session: Session, ids: Sequence[int]) -> Iterator[CaseRecord]:
    """The cases ``ids`` as records, in the order given."""
    names = _user_names(session)
    for start in range(0, len(ids), BATCH):
        batch = list(ids[start : start + BATCH])
        query = (
            select(orm.Case)
            .where(orm.Case.id.in_(batch))
            .options(
                selectinload(orm.Case.applicants),
                selectinload(orm.Case.respondents),
                selectinload(orm.Case.agents),
                selectinload(orm.Case.claims),
                selectinload(orm.Case.mediators),
            )
        )
        by_id = {case.id: case for case in session.scalars(query)}
        for case_id in batch:
            yield record_of(by_id[case_id], names)
        session.expunge_all()
