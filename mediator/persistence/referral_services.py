"""Use cases of referrals (issue 6): committees, the routes open to a case, referrals, outcomes.

Built like ``PerformanceServices``: one transaction per method, frozen records
back, Chinese messages on bad input and nothing changed. Referrals are
recorded after the case is closed, so they do not check or bump the case
version; every change is in the history through the audit hook.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediator.domain import routes
from mediator.domain.enums import CaseStatus
from mediator.domain.errors import Issue, MediatorError, NotFound, ValidationFailed
from mediator.domain.routes import OutcomeKind, RouteKind
from mediator.domain.workflow_enums import FailureReason
from mediator.persistence import orm
from mediator.persistence import referrals as store
from mediator.persistence.referrals import (
    CommitteeData,
    CommitteeInfo,
    OutcomeData,
    ReferralData,
    ReferralInfo,
)
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

    def add_committee(self, data: CommitteeData) -> CommitteeInfo:
        with self.db.write() as session:
            _refuse(self._committee_problems(session, data, None))
            row = orm.ArbitrationCommittee()
            _fill_committee(row, data)
            session.add(row)
            session.flush()
            return store.committee_info(row)

    def edit_committee(self, committee_id: int, data: CommitteeData) -> CommitteeInfo:
        with self.db.write() as session:
            row = self._committee(session, committee_id)
            _refuse(self._committee_problems(session, data, committee_id))
            _fill_committee(row, data)
            session.flush()
            return store.committee_info(row)

    def delete_committee(self, committee_id: int) -> None:
        """Remove a committee no referral names (the referrals keep what was sent where)."""
        with self.db.write() as session:
            row = self._committee(session, committee_id)
            used = session.scalar(
                select(func.count(orm.Referral.id)).where(orm.Referral.committee_id == committee_id)
            )
            if used:
                raise MediatorError(
                    f"已有{used}次转介记录使用“{row.name}”，不能删除；可修改其名称或地址。"
                )
            session.delete(row)

    # -- routes and referrals ---------------------------------------------------------------

    def route_options(self, case_id: int) -> list[routes.RouteOption]:
        """Every route with whether it is open to the case today, its deadline and why."""
        with self.db.read() as session:
            case = self._case(session, case_id)
            return routes.route_options(self._situation(session, case), self.today())

    def referrals(self, case_id: int) -> list[ReferralInfo]:
        with self.db.read() as session:
            self._case(session, case_id)
            return store.referrals(session, case_id)

    def applicants(self, case_id: int) -> list[tuple[int, str]]:
        """(id, name) of the case's applicants, for choosing whom a referral is for."""
        with self.db.read() as session:
            rows = session.execute(
                select(orm.Applicant.id, orm.Applicant.name)
                .where(orm.Applicant.case_id == case_id)
                .order_by(orm.Applicant.seq)
            )
            return [(applicant_id, name) for applicant_id, name in rows]

    def referral(self, referral_id: int) -> ReferralInfo:
        with self.db.read() as session:
            return store.referral_info(session, self._referral(session, referral_id))

    def record_referral(self, case_id: int, data: ReferralData) -> ReferralInfo:
        """Record that the case went to another body; refused when the route is not open."""
        with self.db.write() as session:
            case = self._live_case(session, case_id)
            _refuse(self._referral_problems(session, case, data, check_route=True))
            row = orm.Referral(
                case_id=case_id, operator=self.db.operator.name, created_at=self.now()
            )
            self._fill_referral(session, row, data)
            session.add(row)
            session.flush()
            return store.referral_info(session, row)

    def edit_referral(self, referral_id: int, data: ReferralData) -> ReferralInfo:
        """Correct a referral; a changed route or date must still be open on its date."""
        with self.db.write() as session:
            row = self._referral(session, referral_id)
            case = self._live_case(session, row.case_id)
            moved = data.route is not row.route or data.referred_on != row.referred_on
            _refuse(self._referral_problems(session, case, data, check_route=moved))
            if row.outcomes and data.referred_on > row.outcomes[0].decided_on:
                raise ValidationFailed([Issue("referred_on", "转介日期不能晚于已登记结果的日期。")])
            self._fill_referral(session, row, data)
            session.flush()
            return store.referral_info(session, row)

    def delete_referral(self, referral_id: int) -> None:
        """Delete a referral recorded by mistake, with its outcomes."""
        with self.db.write() as session:
            row = self._referral(session, referral_id)
            self._live_case(session, row.case_id)
            session.delete(row)

    def record_outcome(self, referral_id: int, data: OutcomeData) -> ReferralInfo:
        """Record what became of a referral (accepted with its case number, an award, ...)."""
        with self.db.write() as session:
            row = self._referral(session, referral_id)
            self._live_case(session, row.case_id)
            _refuse(_outcome_problems(row, data, self.today()))
            outcome = orm.ReferralOutcome(
                case_id=row.case_id,
                kind=data.kind,
                decided_on=data.decided_on,
                body_case_number=data.body_case_number.strip(),
                note=data.note.strip(),
                operator=self.db.operator.name,
                created_at=self.now(),
            )
            row.outcomes.append(outcome)
            session.flush()
            session.refresh(row)
            return store.referral_info(session, row)

    def delete_outcome(self, outcome_id: int) -> ReferralInfo:
        with self.db.write() as session:
            outcome = session.get(orm.ReferralOutcome, outcome_id)
            if outcome is None:
                raise NotFound("该转介结果不存在或已被删除。")
            row = self._referral(session, outcome.referral_id)
            self._live_case(session, row.case_id)
            row.outcomes.remove(outcome)
            session.flush()
            return store.referral_info(session, row)

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _case(session: Session, case_id: int) -> orm.Case:
        case = session.get(orm.Case, case_id)
        if case is None:
            raise NotFound("该案件不存在或已被删除。")
        return case

    @staticmethod
    def _committee(session: Session, committee_id: int) -> orm.ArbitrationCommittee:
        row = session.get(orm.ArbitrationCommittee, committee_id)
        if row is None:
            raise NotFound("该仲裁委员会不存在或已被删除。")
        return row

    @staticmethod
    def _referral(session: Session, referral_id: int) -> orm.Referral:
        row = session.get(orm.Referral, referral_id)
        if row is None:
            raise NotFound("该转介记录不存在或已被删除。")
        return row

    @staticmethod
    def _committee_problems(
        session: Session, data: CommitteeData, committee_id: int | None
    ) -> list[Issue]:
        issues = []
        name = data.name.strip()
        if not name:
            issues.append(Issue("name", "请填写仲裁委员会名称。"))
        elif len(name) > 200:
            issues.append(Issue("name", "名称不能超过200个字。"))
        else:
            same = session.scalar(
                select(orm.ArbitrationCommittee.id).where(orm.ArbitrationCommittee.name == name)
            )
            if same is not None and same != committee_id:
                issues.append(Issue("name", f"已有名为“{name}”的仲裁委员会。"))
        if len(data.address.strip()) > 200:
            issues.append(Issue("address", "地址不能超过200个字。"))
        if len(data.phone.strip()) > 64:
            issues.append(Issue("phone", "电话不能超过64个字。"))
        if len(data.jurisdiction.strip()) > 500:
            issues.append(Issue("jurisdiction", "管辖地名不能超过500个字。"))
        return issues

    def _situation(self, session: Session, case: orm.Case) -> routes.CaseSituation:
        signed_on = session.scalar(
            select(func.min(orm.Agreement.signed_on)).where(
                orm.Agreement.case_id == case.id,
                orm.Agreement.supplements_id.is_(None),
                orm.Agreement.signed_on.is_not(None),
            )
        )
        overdue = session.scalars(
            select(orm.Instalment.item)
            .distinct()
            .where(
                orm.Instalment.case_id == case.id,
                orm.Instalment.settled.is_(False),
                orm.Instalment.pay_by < self.today(),
            )
        )
        reason = ""
        if case.status is CaseStatus.FAILED and case.closure_reason:
            try:
                reason = FailureReason.by_code(case.closure_reason).label
            except ValueError:
                reason = case.closure_reason
        return routes.CaseSituation(
            case.status, case.closed_on, reason, signed_on, frozenset(overdue)
        )

    def _referral_problems(
        self, session: Session, case: orm.Case, data: ReferralData, *, check_route: bool
    ) -> list[Issue]:
        issues = []
        if check_route:
            refusal = routes.referral_refusal(
                data.route, self._situation(session, case), data.referred_on, self.today()
            )
            if refusal:
                issues.append(refusal)
        if data.referred_on < case.received_on:
            issues.append(Issue("referred_on", "转介日期不能早于收到调解申请的日期。"))
        committee = None
        if data.committee_id is not None:
            committee = session.get(orm.ArbitrationCommittee, data.committee_id)
            if committee is None:
                issues.append(Issue("committee", "所选仲裁委员会已被删除，请重新选择。"))
        body = data.body.strip() or (committee.name if committee else "")
        if not body:
            what = "仲裁委员会" if data.route is RouteKind.ARBITRATION else "接收机构"
            issues.append(Issue("body", f"请选择或填写{what}。"))
        elif len(body) > 200:
            issues.append(Issue("body", "接收机构名称不能超过200个字。"))
        own = set(session.scalars(select(orm.Applicant.id).where(orm.Applicant.case_id == case.id)))
        if not set(data.applicant_ids) <= own:
            issues.append(Issue("applicants", "所选申请人不属于本案，请重新选择。"))
        if len(data.applicant_ids) != len(set(data.applicant_ids)):
            issues.append(Issue("applicants", "同一申请人选了两次。"))
        return issues

    @staticmethod
    def _fill_referral(session: Session, row: orm.Referral, data: ReferralData) -> None:
        committee = (
            session.get(orm.ArbitrationCommittee, data.committee_id)
            if data.committee_id is not None
            else None
        )
        row.route = data.route
        row.referred_on = data.referred_on
        row.committee_id = data.committee_id
        row.body = data.body.strip() or (committee.name if committee else "")
        row.method = data.method
        row.enclosures = "\n".join(e.strip() for e in data.enclosures if e.strip())
        row.receipt = data.receipt.strip()
        row.applicant_ids = store.join_ids(tuple(sorted(data.applicant_ids)))
        row.note = data.note.strip()

    @staticmethod
    def _live_case(session: Session, case_id: int) -> orm.Case:
        case = ReferralServices._case(session, case_id)
        if case.voided_on is not None:
            raise MediatorError("该案件已作废，不能再办理。")
        return case


def _refuse(issues: list[Issue]) -> None:
    if issues:
        raise ValidationFailed(issues)


def _fill_committee(row: orm.ArbitrationCommittee, data: CommitteeData) -> None:
    row.name = data.name.strip()
    row.address = data.address.strip()
    row.phone = data.phone.strip()
    row.jurisdiction = data.jurisdiction.strip()


def _outcome_problems(row: orm.Referral, data: OutcomeData, today: date) -> list[Issue]:
    issues = []
    refusal = routes.outcome_refusal(row.route, data.kind, row.referred_on, data.decided_on, today)
    if refusal:
        field = "kind" if data.kind not in routes.OUTCOMES_OF[row.route] else "decided_on"
        issues.append(Issue(field, refusal))
    number = data.body_case_number.strip()
    if data.kind is OutcomeKind.ACCEPTED and row.route is RouteKind.ARBITRATION and not number:
        issues.append(Issue("number", "请填写仲裁委员会的案号（见受理通知书）。"))
    if len(number) > 64:
        issues.append(Issue("number", "案号不能超过64个字。"))
    if data.kind is OutcomeKind.ACCEPTED and any(
        o.kind is OutcomeKind.ACCEPTED for o in row.outcomes
    ):
        issues.append(Issue("kind", "这次转介已登记过“已受理”。"))
    return issues


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
