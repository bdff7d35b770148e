"""Use cases of referrals (issue 6): committees, the routes open to a case, referrals, outcomes.

Built like ``PerformanceServices``: one transaction per method, frozen records
back, Chinese messages on bad input and nothing changed. Referrals are
recorded after the case is closed, so they do not check or bump the case
version; every change is in the history through the audit hook.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain import routes
from mediator.domain.errors import MediatorError, NotFound
from mediator.persistence import orm
from mediator.persistence import referrals as store
from mediator.persistence.referrals import CommitteeInfo, ReferralInfo
from mediator.persistence.usecases import UseCases


@dataclass(frozen=True)
class CommitteeSuggestion:
    committee: CommitteeInfo
    reason: str


class ReferralServices(UseCases):
    """Referrals of the cases of one open database."""

    # -- committees -------------------------------------------------------------------------

    def committees(self) -> list[CommitteeInfo]:
        with self.db.read() as session:
            return store.committees(session)

    def suggest_committee(self, case_id: int) -> CommitteeInfo | None:
        """The competent committee for the case, or None when no jurisdiction matches."""
        found = self.committee_suggestion(case_id)
        return found.committee if found is not None else None

    def committee_suggestion(self, case_id: int) -> CommitteeSuggestion | None:
        """The competent committee with the reason it was chosen (for the dialog)."""
        with self.db.read() as session:
            case = self._case(session, case_id)
            rows = {c.id: c for c in session.scalars(select(orm.ArbitrationCommittee))}
            found = routes.suggest_committee(
                _places(case),
                [routes.Jurisdiction(c.id, c.name, c.jurisdiction) for c in rows.values()],
            )
            if found is None:
                return None
            return CommitteeSuggestion(store.committee_info(rows[found.committee_id]), found.reason)

    # -- referrals --------------------------------------------------------------------------

    def referrals(self, case_id: int) -> list[ReferralInfo]:
        with self.db.read() as session:
            self._case(session, case_id)
            return store.referrals(session, case_id)

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _case(session: Session, case_id: int) -> orm.Case:
        case = session.get(orm.Case, case_id)
        if case is None:
            raise NotFound("该案件不存在或已被删除。")
        return case

    @staticmethod
    def _live_case(session: Session, case_id: int) -> orm.Case:
        case = ReferralServices._case(session, case_id)
        if case.voided_on is not None:
            raise MediatorError("该案件已作废，不能再办理。")
        return case


def _places(case: orm.Case) -> list[routes.Place]:
    """Where the dispute belongs, place of performance first (调解仲裁法 Art.21).

    There is no field for the place the contract is performed; the facts of
    the case usually name it, so they are read first, then the employer's seat.
    """
    places = [routes.Place("案情（劳动合同履行地）", case.facts)] if case.facts.strip() else []
    places += [
        routes.Place(f"被申请人{r.name}的住所（用人单位所在地）", r.address)
        for r in case.respondents
        if r.address.strip()
    ]
    return places
