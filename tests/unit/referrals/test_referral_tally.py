"""The tally counts referrals to arbitration and their outcomes by date, boundary days included."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from mediator.domain.enums import Category
from mediator.domain.routes import DeliveryMethod, OutcomeKind, RouteKind
from mediator.domain.workflow_enums import Action, FailureReason
from mediator.persistence import orm
from mediator.persistence.referral_services import ReferralServices
from mediator.persistence.referrals import CommitteeData, OutcomeData, ReferralData
from mediator.persistence.services import Services
from mediator.persistence.workflow_services import WorkflowServices
from mediator.reports.export import COLUMNS, report_json
from mediator.reports.freeze import corrections_for, store_reported
from mediator.reports.periods import month_period
from mediator.reports.tally import case_ids, compute_tally, tally_report
from tests.conftest import NOW
from tests.helpers.factories import single_case

OCTOBER = month_period(2026, 10)
KEYS = (
    "referred_to_arbitration",
    "referral_accepted",
    "referral_award",
    "referral_arbitration_mediation",
    "referral_withdrawn",
)


@pytest.fixture
def cases(
    services: Services, flow: WorkflowServices, referrals: ReferralServices
) -> dict[str, int]:
    """Failed cases referred on and around October's boundary days, with their outcomes."""
    committee = referrals.add_committee(CommitteeData("城南区劳动人事争议仲裁委员会")).id

    def failed(name: str) -> int:
        ref = services.create_case(single_case(name, date(2026, 9, 1)))
        ref = flow.decide_acceptance(
            ref.id, ref.version, accepted=True, decided_on=date(2026, 9, 1)
        )
        ref = flow.close_case(
            ref.id, ref.version, Action.FAIL, date(2026, 9, 10), FailureReason.NO_AGREEMENT
        )
        return ref.id

    def refer(case_id: int, on: date, route: RouteKind = RouteKind.ARBITRATION) -> int:
        data = ReferralData(route, on, DeliveryMethod.IN_PERSON, committee_id=committee)
        return referrals.record_referral(case_id, data).id

    def outcome(referral: int, kind: OutcomeKind, on: date) -> None:
        number = "南劳人仲案〔2026〕1号" if kind is OutcomeKind.ACCEPTED else ""
        referrals.record_outcome(referral, OutcomeData(kind, on, number))

    ids = {name: failed(name) for name in ("九月", "首日", "末日", "十一月", "两次", "监察")}
    sept = refer(ids["九月"], date(2026, 9, 30))
    outcome(sept, OutcomeKind.ACCEPTED, date(2026, 10, 1))  # referred before, accepted in
    outcome(sept, OutcomeKind.AWARD, date(2026, 10, 31))
    first = refer(ids["首日"], date(2026, 10, 1))
    outcome(first, OutcomeKind.ACCEPTED, date(2026, 10, 31))
    outcome(first, OutcomeKind.ARBITRATION_MEDIATION, date(2026, 11, 1))  # after: not counted
    last = refer(ids["末日"], date(2026, 10, 31))
    outcome(last, OutcomeKind.WITHDRAWN, date(2026, 10, 31))
    refer(ids["十一月"], date(2026, 11, 1))
    refer(ids["两次"], date(2026, 10, 10))
    refer(ids["两次"], date(2026, 10, 20))  # a second referral of one case counts once
    inspection = refer(ids["监察"], date(2026, 10, 15), RouteKind.LABOUR_INSPECTION)
    outcome(inspection, OutcomeKind.ACCEPTED, date(2026, 10, 16))  # not arbitration
    return ids


def test_october_counts_referrals_and_outcomes_dated_in_it(
    services: Services, cases: dict[str, int]
) -> None:
    with services.db.read() as session:
        tally = compute_tally(session, OCTOBER)
        drill = {key: case_ids(session, OCTOBER, key) for key in KEYS}
        pay = case_ids(session, OCTOBER, "referred_to_arbitration", Category.PAY)
    assert {key: tally.total[key] for key in KEYS} == {
        "referred_to_arbitration": 3,
        "referral_accepted": 2,
        "referral_award": 1,
        "referral_arbitration_mediation": 0,
        "referral_withdrawn": 1,
    }
    names = {v: k for k, v in cases.items()}
    assert {key: [names[i] for i in ids] for key, ids in drill.items()} == {
        "referred_to_arbitration": ["首日", "末日", "两次"],
        "referral_accepted": ["九月", "首日"],
        "referral_award": ["九月"],
        "referral_arbitration_mediation": [],
        "referral_withdrawn": ["末日"],
    }
    assert tally.by_category[Category.PAY]["referred_to_arbitration"] == 3 == len(pay)


def test_the_neighbouring_months(services: Services, cases: dict[str, int]) -> None:
    with services.db.read() as session:
        september = compute_tally(session, month_period(2026, 9)).total
        november = compute_tally(session, month_period(2026, 11)).total
    assert september["referred_to_arbitration"] == 1 and september["referral_accepted"] == 0
    assert november["referred_to_arbitration"] == 1
    assert november["referral_arbitration_mediation"] == 1


def test_the_export_carries_the_referral_columns(services: Services, cases: dict[str, int]) -> None:
    with services.db.read() as session:
        report = tally_report(session, OCTOBER)
    assert set(KEYS) <= set(COLUMNS)
    total = report_json(report)["total"]
    assert total["referred_to_arbitration"] == 3 and total["referral_withdrawn"] == 1


def test_a_period_reported_before_the_referral_figures_existed(
    services: Services, cases: dict[str, int]
) -> None:
    """Reports kept before issue 6 have no referral figures: read as 0, never a correction."""
    with services.db.write() as session:
        stored = store_reported(
            session, compute_tally(session, OCTOBER), (), reported_at=NOW, operator="李调解"
        )
        row = session.scalar(select(orm.ReportedPeriod))
        assert row is not None and stored
        data = json.loads(row.figures)
        for part in [data["total"], *data["by_category"].values(), data["cases"]]:
            for key in KEYS:
                part.pop(key)
        row.figures = json.dumps(data, ensure_ascii=False)
    with services.db.read() as session:
        corrections = corrections_for(session, month_period(2026, 11))
    assert [c.figure for c in corrections if c.figure in KEYS] == []
