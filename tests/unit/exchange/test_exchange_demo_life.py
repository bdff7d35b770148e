"""A demo store's cases live whole lives, and every record is what the services would write.

One demo store of 200 cases (seed 3, today 2026-11-24) is generated for the module;
the tests read it back through the use cases a user's screens call.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediator.domain.enums import CaseStatus
from mediator.domain.workflow import Move, transition
from mediator.domain.workflow_enums import (
    Action,
    FailureReason,
    NotAcceptedReason,
    SessionOutcome,
    Speaker,
    TermKind,
    TodoKind,
)
from mediator.exchange.bulk import write_demo
from mediator.exchange.demo import last_complete_month
from mediator.paths import DataDir
from mediator.persistence import limitation, orm
from mediator.persistence import performance as store
from mediator.persistence.cases import load_calendar
from mediator.persistence.db import Database
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.store import open_database
from mediator.persistence.workflow_services import WorkflowServices
from mediator.reports.periods import month_period
from mediator.reports.services import ReportServices
from tests.conftest import NOW, TODAY

OCTOBER = month_period(2026, 10)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder = DataDir(Path(tmp_path_factory.mktemp("demo")))
    folder.ensure()
    db = open_database(folder.default_db_url(), data_dir=folder, now=NOW)
    write_demo(db, count=200, seed=3, today=TODAY)
    yield db
    db.dispose()


def _reason(code: str) -> FailureReason | NotAcceptedReason | None:
    for kind in (FailureReason, NotAcceptedReason):
        if code in {r.value for r in kind}:
            return kind.by_code(code)
    return None


def test_october_has_agreements_paid_in_part(demo_db: Database) -> None:
    total = ReportServices(demo_db, today=lambda: TODAY).report(OCTOBER).current.total
    for key in ("received", "accepted", "closed_by_agreement", "closed_no_agreement"):
        assert total[key], key
    for key in ("closed_overdue", "closed_withdrawn", "closed_refused", "closed_not_accepted"):
        assert total[key], key
    assert total["referred_to_arbitration"] and total["referral_accepted"]
    assert total["amount_agreed"] > 0 and total["amount_paid"] > 0
    rate = total.fulfilment_rate
    assert rate is not None and 0 < rate < 1


def test_every_status_is_the_end_of_a_history_the_state_machine_allows(
    demo_db: Database,
) -> None:
    with demo_db.read() as session:
        changes: dict[int, list[orm.StatusChange]] = {}
        for row in session.scalars(select(orm.StatusChange).order_by(orm.StatusChange.id)):
            changes.setdefault(row.case_id, []).append(row)
        reopened = 0
        for case in session.scalars(select(orm.Case)):
            status, accepted, closing = CaseStatus.RECEIVED, None, None
            for row in changes.get(case.id, []):
                move = Move(
                    reason=_reason(row.reason),
                    note=row.note,
                    today=row.changed_on,
                    mediation_due=case.mediation_due,
                    was_accepted=case.accepted_on is not None,
                )
                assert row.from_status is status, case.number
                status = transition(status, row.action, move)
                assert status is row.to_status
                assert case.received_on <= row.changed_on <= TODAY
                accepted = row.changed_on if row.action is Action.ACCEPT else accepted
                closing = None if status.is_open else row
                reopened += row.action is Action.REOPEN
            assert status is case.status, case.number
            assert case.accepted_on == accepted
            assert case.closed_on == (closing.changed_on if closing else None)
            assert case.closure_reason == (closing.reason if closing else "")
        assert reopened >= 1


def test_sessions_are_finished_records_with_speakers(demo_db: Database) -> None:
    with demo_db.read() as session:
        sessions = session.scalars(select(orm.MediationSession)).all()
        assert sessions and not any(s.draft for s in sessions)
        outcomes = {s.outcome for s in sessions}
        assert {SessionOutcome.AGREEMENT, SessionOutcome.CONTINUE} <= outcomes
        for row in sessions:
            case = session.get_one(orm.Case, row.case_id)
            assert case.accepted_on is not None and case.accepted_on <= row.held_on <= TODAY
            assert any(s.role.value == "lead" for s in row.staff)
            assert {t.speaker for t in row.turns} >= {Speaker.MEDIATOR}
            assert all(t.text and t.speaker_name for t in row.turns)
            if row.outcome is SessionOutcome.CONTINUE:
                assert row.continue_on is not None and row.continue_on > row.held_on


def test_agreed_cases_have_a_signed_agreement_on_their_closing_day(demo_db: Database) -> None:
    with demo_db.read() as session:
        signed = dict(session.execute(select(orm.Agreement.case_id, orm.Agreement.signed_on)).all())
        sign_days = dict(
            session.execute(
                select(orm.StatusChange.case_id, orm.StatusChange.changed_on).where(
                    orm.StatusChange.action == Action.SIGN_AGREEMENT
                )
            ).all()
        )
        assert signed == sign_days
        agreed = session.scalars(select(orm.Case.id).where(orm.Case.status == CaseStatus.AGREED))
        assert set(agreed) <= set(signed)


def test_the_schedule_and_allocations_are_what_the_services_would_rebuild(
    demo_db: Database,
) -> None:
    """Replaying every case's receipts with the services' own code changes nothing."""
    with demo_db.read() as session:
        case_ids = list(session.scalars(select(orm.Instalment.case_id).distinct()))
        before = _performance_rows(session)
    assert len(case_ids) > 20
    with demo_db.write() as session:
        calendar = load_calendar(session)
        for case_id in case_ids:
            assert store.sync_schedule(session, case_id, calendar, NOW) == 0
            excess = store.replay_receipts(session, case_id)
            assert all(v == 0 for v in excess.values())
        session.flush()
        after = _performance_rows(session)
        session.rollback()
    assert after == before


def _performance_rows(session: Session) -> tuple[object, ...]:
    allocations = sorted(
        session.execute(
            select(
                orm.ReceiptAllocation.receipt_id,
                orm.ReceiptAllocation.share_id,
                orm.ReceiptAllocation.amount,
            )
        ).all()
    )
    shares = sorted(
        session.execute(
            select(orm.InstalmentShare.id, orm.InstalmentShare.amount, orm.InstalmentShare.paid)
        ).all()
    )
    instalments = sorted(
        session.execute(
            select(
                orm.Instalment.id,
                orm.Instalment.pay_by,
                orm.Instalment.paid,
                orm.Instalment.settled,
                orm.Instalment.payer_uscc,
            )
        ).all()
    )
    return tuple(allocations), tuple(shares), tuple(instalments)


def test_performance_figures_of_a_case_are_the_hand_sum_of_its_receipts(
    demo_db: Database,
) -> None:
    services = PerformanceServices(demo_db, today=lambda: TODAY)
    with demo_db.read() as session:
        agreed = dict(
            session.execute(
                select(orm.AgreementTerm.case_id, func.sum(orm.AgreementTerm.amount))
                .where(orm.AgreementTerm.kind == TermKind.PAYMENT)
                .group_by(orm.AgreementTerm.case_id)
            ).all()
        )
    kinds = {"paid": 0, "part": 0, "none": 0}
    for case_id, terms_total in agreed.items():
        receipts = services.receipts_of(case_id)
        paid = sum((r.amount for r in receipts), Decimal(0))
        figures = services.case_figures(case_id).figures
        assert figures.agreed == terms_total
        assert figures.paid == paid
        assert figures.outstanding == terms_total - paid
        kinds["paid" if paid == terms_total else "part" if paid else "none"] += 1
    assert all(kinds.values()), kinds


def test_the_board_has_instalments_and_follow_ups_to_see_to(demo_db: Database) -> None:
    items = WorkflowServices(demo_db, today=lambda: TODAY).todo()
    kinds = {item.kind for item in items}
    assert {TodoKind.INSTALMENT, TodoKind.FOLLOW_UP, TodoKind.SESSION} <= kinds
    assert any(i.overdue for i in items if i.kind is TodoKind.INSTALMENT)
    with demo_db.read() as session:
        latest: dict[int, date | None] = {}
        for row in session.scalars(select(orm.FollowUp).order_by(orm.FollowUp.id)):
            latest[row.case_id] = row.next_visit_on
        stored = dict(
            session.execute(
                select(orm.Case.id, orm.Case.next_follow_up_on).where(
                    orm.Case.next_follow_up_on.is_not(None)
                )
            ).all()
        )
    assert stored == {k: v for k, v in latest.items() if v is not None}


def test_collective_agreements_split_each_instalment_among_the_workers(
    demo_db: Database,
) -> None:
    with demo_db.read() as session:
        rows = session.execute(
            select(orm.Instalment.amount, func.count(orm.InstalmentShare.id))
            .join(orm.InstalmentShare, orm.InstalmentShare.instalment_id == orm.Instalment.id)
            .join(orm.Case, orm.Case.id == orm.Instalment.case_id)
            .where(orm.Case.is_collective.is_(True))
            .group_by(orm.Instalment.id)
        ).all()
    assert rows and all(workers >= 10 for _, workers in rows)


def test_limitation_dates_are_filled_as_the_flush_hook_would(demo_db: Database) -> None:
    with demo_db.write() as session:
        filled = session.scalar(
            select(func.count()).where(orm.Applicant.limitation_due.is_not(None))
        )
        assert filled
        assert limitation.refresh_all(session) == 0


@pytest.mark.parametrize("today", [date(2026, 3, 2), date(2025, 10, 8)], ids=str)
def test_the_last_complete_month_has_every_closing_whatever_the_day(
    tmp_path: Path, today: date
) -> None:
    """February with the Spring Festival, September before the National Day holiday."""
    folder = DataDir(tmp_path / "demo")
    folder.ensure()
    db = open_database(folder.default_db_url(), data_dir=folder, now=NOW)
    try:
        write_demo(db, count=120, seed=5, today=today)
        start, _ = last_complete_month(today)
        report = ReportServices(db, today=lambda: today).report(
            month_period(start.year, start.month)
        )
    finally:
        db.dispose()
    total = report.current.total
    for key in ("closed_by_agreement", "closed_overdue", "closed_withdrawn", "closed_refused"):
        assert total[key], key
    assert total["closed_not_accepted"] and total["referred_to_arbitration"]
    assert total["amount_agreed"] > 0 and total["amount_paid"] > 0


def test_mediation_past_its_deadline_was_extended_by_consent(demo_db: Database) -> None:
    with demo_db.read() as session:
        rows = session.execute(
            select(orm.DeadlineExtension, orm.Case).join(
                orm.Case, orm.Case.id == orm.DeadlineExtension.case_id
            )
        ).all()
        assert rows
        for extension, case in rows:
            assert case.mediation_due == extension.new_due > extension.previous_due
            assert case.accepted_on is not None
            assert case.accepted_on <= extension.agreed_on <= TODAY
            assert case.closed_on is None or extension.agreed_on <= case.closed_on
            assert case.closure_reason != FailureReason.OVERDUE.value
