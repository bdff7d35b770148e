"""Every figure of the prepared store (see conftest.py), its drill-down and the period rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from mediator.domain.enums import Category
from mediator.persistence import orm
from mediator.persistence.performance import ReceiptData
from mediator.persistence.performance_services import PerformanceServices
from mediator.persistence.services import Services
from mediator.reports.periods import MonthBoundary, month_period, range_period, year_period
from mediator.reports.tally import (
    FIGURES,
    Denominator,
    amount_paid,
    case_ids,
    compute_tally,
    relevant_to,
    tally_report,
)
from tests.conftest import NOW, TODAY
from tests.unit.reports.conftest import Builder, Store

OCTOBER = month_period(2026, 10)

EXPECTED_OCTOBER: dict[str, int | Decimal] = {
    "carried_over": 4,  # open_sep, withdrawn_first_day, agreed (09-30), last_year
    "received": 6,  # boundary days 10-01 and 10-31 in, 09-30 and 11-01 out, voided out
    "accepted": 5,
    "collective_cases": 1,
    "collective_workers": 12,
    "workers": 17,
    "migrant_workers": 17,
    "women": 6,
    "closed": 7,
    "closed_by_agreement": 3,
    "closed_no_agreement": 1,
    "closed_overdue": 0,
    "closed_withdrawn": 2,
    "closed_refused": 0,
    "closed_not_accepted": 1,
    "agreements": 3,
    "amount_claimed": Decimal("272066.00"),
    "amount_agreed": Decimal("20000.00"),
    "amount_paid": Decimal("8000.00"),  # 10-31 in, 11-01 out, the advance in
    "amount_due": Decimal("10000.00"),  # agreed's 8,000 and not_performed's 2,000, due 10-30
    "amount_due_paid": Decimal("4000.00"),  # 10-25 and 10-31 in, 11-01 (late) out
    "pending_end": 4,
    "overdue_end": 3,
    # Referrals to arbitration (issue 6): counted in tests/unit/referrals/test_referral_tally.py.
    "referred_to_arbitration": 0,
    "referral_accepted": 0,
    "referral_award": 0,
    "referral_arbitration_mediation": 0,
    "referral_withdrawn": 0,
}

EXPECTED_IDS = {
    "carried_over": ["open_sep", "withdrawn_first_day", "agreed", "last_year"],
    "received": [
        "not_accepted",
        "last_day",
        "collective",
        "reopened_later",
        "reopened_same",
        "not_performed",
    ],
    "accepted": ["agreed", "collective", "reopened_later", "reopened_same", "not_performed"],
    "collective_cases": ["collective"],
    "women": ["collective"],
    "closed": [
        "withdrawn_first_day",
        "not_accepted",
        "agreed",
        "collective",
        "reopened_later",
        "back_from_sep",
        "not_performed",
    ],
    "closed_by_agreement": ["agreed", "back_from_sep", "not_performed"],
    "closed_no_agreement": ["collective"],
    "closed_withdrawn": ["withdrawn_first_day", "reopened_later"],
    "closed_not_accepted": ["not_accepted"],
    "agreements": ["agreed", "back_from_sep", "not_performed"],
    "amount_agreed": ["agreed", "back_from_sep", "not_performed"],
    "amount_paid": ["agreed", "back_from_sep", "not_performed"],
    "amount_due": ["agreed", "not_performed"],  # back_from_sep's instalment is due 11-30
    "amount_due_paid": ["agreed", "not_performed"],
    "pending_end": ["open_sep", "last_day", "reopened_same", "last_year"],
    "overdue_end": ["open_sep", "reopened_same", "last_year"],
}


def _ids(store: Store, keys: list[str]) -> list[int]:
    return sorted(store.ids[k] for k in keys)


def test_every_october_figure(store: Store) -> None:
    with store.services.db.read() as session:
        tally = compute_tally(session, OCTOBER)
    assert dict(tally.total.values) == EXPECTED_OCTOBER
    assert tally.total.success_rate == Decimal(3) / Decimal(7)
    assert tally.total.fulfilment_rate == Decimal("0.4")


def test_figures_by_category(store: Store) -> None:
    with store.services.db.read() as session:
        tally = compute_tally(session, OCTOBER)
    pay, inj = tally.by_category[Category.PAY], tally.by_category[Category.INJ]
    assert (pay["carried_over"], pay["received"], pay["closed"], pay["pending_end"]) == (3, 2, 4, 1)
    assert pay["amount_claimed"] == Decimal("208066.00")
    assert pay["amount_agreed"] == Decimal("8000.00")
    assert pay["amount_paid"] == Decimal("3000.00")
    assert (pay["amount_due"], pay["amount_due_paid"]) == (Decimal("8000.00"), Decimal("3000.00"))
    assert pay.fulfilment_rate == Decimal("0.375")
    assert tally.by_category[Category.CON_CHG].fulfilment_rate == Decimal("0.5")
    assert inj.fulfilment_rate is None  # its 4,000 advance went to an instalment due 11-30
    assert inj["amount_paid"] == Decimal("4000.00")  # the wage guarantee fund's advance
    assert tally.by_category[Category.CON_CHG]["amount_paid"] == Decimal(
        "1000.00"
    )  # reopened in October and closed by agreement: closed without being carried over
    assert (inj["carried_over"], inj["closed_by_agreement"], inj["pending_end"]) == (0, 1, 0)
    assert tally.by_category[Category.SI]["closed_not_accepted"] == 1
    assert tally.by_category[Category.HRS]["pending_end"] == 1
    assert tally.by_category[Category.WEL]["received"] == 0
    assert tally.by_category[Category.WEL].success_rate is None
    for figure in FIGURES:
        summed = sum(row[figure.key] for row in tally.by_category.values())
        assert summed == tally.total[figure.key], figure.key


@pytest.mark.parametrize("key", sorted(EXPECTED_IDS))
def test_drill_down_lists_exactly_the_counted_cases(store: Store, key: str) -> None:
    with store.services.db.read() as session:
        assert case_ids(session, OCTOBER, key) == _ids(store, EXPECTED_IDS[key])


def test_drill_down_matches_every_figure_by_category(store: Store) -> None:
    with store.services.db.read() as session:
        for period in (OCTOBER, OCTOBER.previous(), month_period(2026, 11)):
            tally = compute_tally(session, period)
            for figure in FIGURES:
                if figure.kind != "cases":
                    continue
                for category, row in tally.by_category.items():
                    ids = case_ids(session, period, figure.key, category)
                    assert len(ids) == row[figure.key], (period, figure.key, category)


def test_workers_drill_down_lists_the_cases_of_those_workers(store: Store) -> None:
    with store.services.db.read() as session:
        assert case_ids(session, OCTOBER, "women") == [store.ids["collective"]]
        assert case_ids(session, OCTOBER, "collective_workers") == [store.ids["collective"]]
        assert case_ids(session, OCTOBER, "migrant_workers") == case_ids(
            session, OCTOBER, "received"
        )


def test_the_speed_pre_filter_keeps_every_counted_case(store: Store) -> None:
    with store.services.db.read() as session:
        for period in (OCTOBER, OCTOBER.previous(), month_period(2026, 11), year_period(2026)):
            relevant = set(session.scalars(select(orm.Case.id).where(relevant_to(period))))
            for figure in FIGURES:
                assert set(case_ids(session, period, figure.key)) <= relevant, figure.key


def test_september_counts_the_closing_that_october_reopened(store: Store) -> None:
    with store.services.db.read() as session:
        september = compute_tally(session, OCTOBER.previous()).total
    assert september["received"] == 4  # 09-01, 09-15, 09-20, 09-30
    assert september["closed_no_agreement"] == 1  # back_from_sep, reopened 10-02
    assert september["pending_end"] == EXPECTED_OCTOBER["carried_over"]


def test_november_reopening_and_unperformed_agreement(store: Store) -> None:
    november = month_period(2026, 11)
    with store.services.db.read() as session:
        tally = compute_tally(session, november).total
        pending = case_ids(session, november, "pending_end")
    # the termination for non-performance is not a second closing
    assert tally["closed"] == 0
    assert tally["carried_over"] == 4
    assert tally["received"] == 1
    assert pending == _ids(
        store,
        ["open_sep", "last_day", "november", "reopened_later", "reopened_same", "last_year"],
    )


def test_previous_and_year_earlier_beside_the_period(store: Store) -> None:
    with store.services.db.read() as session:
        report = tally_report(session, OCTOBER)
    assert report.previous.period == month_period(2026, 9)
    assert report.year_earlier.period == month_period(2025, 10)
    assert report.year_earlier.total["received"] == 1
    assert report.previous.total["received"] == 4


def test_month_boundary_21st_to_20th(store: Store) -> None:
    period = month_period(2026, 10, MonthBoundary.DAY_21)
    assert (period.start, period.end) == (date(2026, 9, 21), date(2026, 10, 20))
    with store.services.db.read() as session:
        tally = compute_tally(session, period).total
    # 09-20 is the last day of the September report; 09-30 .. 10-10 are in
    assert tally["received"] == 6


def test_any_range(store: Store) -> None:
    with store.services.db.read() as session:
        one_day = compute_tally(session, range_period(date(2026, 10, 1), date(2026, 10, 1)))
    assert one_day.total["received"] == 1
    assert one_day.total["closed_withdrawn"] == 1


def test_success_rate_denominator_is_selectable(store: Store) -> None:
    with store.services.db.read() as session:
        tally = compute_tally(session, OCTOBER, Denominator.CLOSED_AFTER_ACCEPTANCE)
    assert tally.total.success_rate == Decimal(3) / Decimal(6)


def test_amount_paid_by_receipt_date(store: Store) -> None:
    november = month_period(2026, 11)
    with store.services.db.read() as session:
        assert amount_paid(session, OCTOBER) == Decimal("8000.00")
        assert amount_paid(session, november) == Decimal("2000.00")
        # nothing agreed in November; back_from_sep's 10,000 is due, 4,000 paid in October
        assert compute_tally(session, november).total.fulfilment_rate == Decimal("0.4")
        assert case_ids(session, november, "amount_paid") == [store.ids["agreed"]]
        one_day = range_period(date(2026, 10, 31), date(2026, 10, 31))
        assert amount_paid(session, one_day) == Decimal("1000.00")


def test_a_corrected_or_deleted_receipt_changes_the_amount_paid(store: Store) -> None:
    perf = PerformanceServices(store.services.db, today=lambda: TODAY, now=lambda: NOW)
    receipt = perf.receipts_of(store.ids["agreed"])[0]
    data = ReceiptData(date(2026, 11, 2), receipt.amount)
    perf.correct_receipt(receipt.id, data, "收款日期登记错误")
    with store.services.db.read() as session:
        assert amount_paid(session, OCTOBER) == Decimal("5000.00")
        assert amount_paid(session, month_period(2026, 11)) == Decimal("5000.00")


def test_a_voided_case_pays_nothing(store: Store) -> None:
    ref = store.services.get_case(store.ids["back_from_sep"])
    store.services.void_case(ref.id, ref.version, "重复登记")
    with store.services.db.read() as session:
        assert amount_paid(session, OCTOBER) == Decimal("4000.00")
        assert store.ids["back_from_sep"] not in case_ids(session, OCTOBER, "amount_paid")


# -- the fulfilment rate: money due in the period, paid by its last day ------------------------

JUNE = month_period(2026, 6)
"""06-01 (Mon), 06-30 (Tue) and 07-01 (Wed) are working days: due dates stay where they are."""


def _june_store(services: Services) -> dict[str, int]:
    """Instalments due on June's first and last day and the day after, paid at the edges.

    performed (PAY): 1,000 due 06-01, 2,000 due 06-30, 4,000 due 07-01; paid 1,000 on
    05-25 (early, the month before), 1,500 on 06-30 (the last day) and 500 on 07-01 (a day
    late: the 2,000 share is then settled, but after June's end).
    overpaid (INJ): 1,000 due 06-15, paid 1,500 on 06-10 with an override reason.
    voided (SI): 3,000 due 06-10, unpaid, then the case is voided.
    """
    b = Builder(services)
    ref = b.accept(b.case("performed", date(2026, 5, 4)), date(2026, 5, 6))
    terms = [("1000", date(2026, 6, 1)), ("2000", date(2026, 6, 30)), ("4000", date(2026, 7, 1))]
    ref = b.sign(ref, date(2026, 5, 20), *terms)
    b.pay(ref, date(2026, 5, 25), "1000")
    b.pay(ref, date(2026, 6, 30), "1500")
    b.pay(ref, date(2026, 7, 1), "500")
    ref = b.accept(b.case("overpaid", date(2026, 5, 4), Category.INJ), date(2026, 5, 6))
    ref = b.sign(ref, date(2026, 5, 20), ("1000", date(2026, 6, 15)))
    b.pay(ref, date(2026, 6, 10), "1500", override="另付逾期利息")
    ref = b.accept(b.case("voided", date(2026, 5, 4), Category.SI), date(2026, 5, 6))
    ref = b.sign(ref, date(2026, 5, 20), ("3000", date(2026, 6, 10)))
    services.void_case(ref.id, ref.version, "重复登记")
    return b.ids


def test_the_fulfilment_rate_counts_what_fell_due_and_was_paid_by_the_end(
    services: Services,
) -> None:
    ids = _june_store(services)
    with services.db.read() as session:
        june = compute_tally(session, JUNE)
        may, july = (
            compute_tally(session, JUNE.previous()),
            compute_tally(session, month_period(2026, 7)),
        )
        drill = {k: case_ids(session, JUNE, k) for k in ("amount_due", "amount_due_paid")}
    pay, inj = june.by_category[Category.PAY], june.by_category[Category.INJ]
    # 06-01 and 06-30 in, 07-01 out; early (05-25) and last-day (06-30) payments in, 07-01 out
    assert (pay["amount_due"], pay["amount_due_paid"]) == (Decimal("3000"), Decimal("2500"))
    assert pay.fulfilment_rate == Decimal("2500") / Decimal("3000")
    # the override over-payment pays the instalment, not more: the rate stays at 100 %
    assert (inj["amount_due"], inj["amount_due_paid"]) == (Decimal("1000"), Decimal("1000"))
    assert inj.fulfilment_rate == Decimal("1")
    assert june.by_category[Category.SI]["amount_due"] == 0  # the voided case counts nowhere
    assert (june.total["amount_due"], june.total["amount_due_paid"]) == (4000, 3500)
    assert june.total.fulfilment_rate is not None and june.total.fulfilment_rate <= 1
    assert june.total["amount_paid"] == Decimal("2500")  # 06-30's 1,500 and 1,000 of 06-10's
    assert drill == {k: sorted([ids["performed"], ids["overpaid"]]) for k in drill}
    assert may.total["amount_due"] == 0 and may.total.fulfilment_rate is None
    assert may.total["amount_paid"] == Decimal("1000")  # paid in May, due in June
    assert (july.total["amount_due"], july.total["amount_due_paid"]) == (4000, 0)
    assert july.total.fulfilment_rate == 0  # the 07-01 payment went to June's 2,000


def test_a_due_date_on_a_day_off_falls_due_on_the_next_working_day(services: Services) -> None:
    b = Builder(services)
    ref = b.accept(b.case("weekend", date(2026, 9, 1)), date(2026, 9, 2))
    b.sign(ref, date(2026, 10, 9), ("2000", date(2026, 10, 31)))  # a Saturday: pay by 11-02
    with services.db.read() as session:
        assert compute_tally(session, OCTOBER).total["amount_due"] == 0
        assert compute_tally(session, month_period(2026, 11)).total["amount_due"] == 2000
