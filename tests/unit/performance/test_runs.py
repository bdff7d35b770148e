"""A run of instalments to the same workers adds up per worker; partial payments follow the weights."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from mediator.domain import performance as perf

FEN = Decimal("0.01")

run_weights = st.lists(
    st.integers(min_value=1, max_value=10**7).map(Decimal), min_size=1, max_size=40
)
run_amounts = st.lists(
    st.integers(min_value=1, max_value=10**9).map(lambda f: Decimal(f) / 100),
    min_size=1,
    max_size=6,
)


def _every_share_at_least_a_fen(amounts: list[Decimal], weights: list[Decimal]) -> bool:
    """The run adds up per worker whenever each worker's exact share of each instalment is a fen."""
    smallest = min(weights) / sum(weights)
    return all(a * smallest >= FEN for a in amounts)


@given(run_amounts, run_weights)
def test_a_run_adds_up_to_each_workers_share_of_the_total(
    amounts: list[Decimal], weights: list[Decimal]
) -> None:
    split = perf.split_run(amounts, weights)
    for amount, parts in zip(amounts, split, strict=True):
        assert sum(parts, Decimal(0)) == amount
        assert all(p >= 0 for p in parts)
    if _every_share_at_least_a_fen(amounts, weights):
        totals = [sum(col, Decimal(0)) for col in zip(*split, strict=True)]
        assert totals == perf.split_fen_exact(sum(amounts, Decimal(0)), weights)


def test_the_thirty_worker_roster_is_agreed_to_the_fen() -> None:
    """30 workers owed 8,000 to 29,213.50 in steps of 731.50, paid 200,000 / 200,000 / the rest."""
    owed = [Decimal("8000") + Decimal("731.50") * i for i in range(30)]
    total = sum(owed, Decimal(0))
    amounts = [Decimal("200000"), Decimal("200000"), total - Decimal("400000")]
    separate = [perf.split_fen_exact(a, owed) for a in amounts]
    drift = sum(
        1 for col, w in zip(zip(*separate, strict=True), owed, strict=True) if sum(col) != w
    )
    assert drift > 0  # split one by one, some workers end a fen off
    split = perf.split_run(amounts, owed)
    assert [sum(col, Decimal(0)) for col in zip(*split, strict=True)] == owed


def _shares(split: list[list[Decimal]], weights: list[Decimal]) -> list[perf.OpenShare]:
    return [
        perf.OpenShare((k, w), (date(2026, 1 + k, 1), k), w, part, perf.ZERO, "run", weights[w])
        for k, parts in enumerate(split)
        for w, part in enumerate(parts)
    ]


def _pay(shares: list[perf.OpenShare], receipts: list[Decimal]) -> dict[object, Decimal]:
    paid = {s.key: perf.ZERO for s in shares}
    for amount in receipts:
        current = [
            perf.OpenShare(
                s.key,
                s.instalment_order,
                s.worker,
                s.outstanding - paid[s.key],
                paid[s.key],
                s.run,
                s.weight,
            )
            for s in shares
        ]
        result = perf.allocate(amount, current)
        assert sum((p for _k, p in result.parts), Decimal(0)) + result.excess == amount
        for key, part in result.parts:
            paid[key] += part
            assert paid[key] <= next(s.outstanding for s in shares if s.key == key)
    return paid


@given(run_amounts, run_weights, st.lists(st.integers(0, 10**9), max_size=5))
def test_partial_payments_paid_plus_outstanding_is_agreed(
    amounts: list[Decimal], weights: list[Decimal], receipts_fen: list[int]
) -> None:
    split = perf.split_run(amounts, weights)
    shares = _shares(split, weights)
    receipts = [Decimal(f) / 100 for f in receipts_fen]
    paid = _pay(shares, receipts)
    received = min(sum(receipts, Decimal(0)), sum(amounts, Decimal(0)))
    assert sum(paid.values(), Decimal(0)) == received
    for w in range(len(weights)):
        agreed = sum((s.outstanding for s in shares if s.worker == w), Decimal(0))
        worker_paid = sum((paid[s.key] for s in shares if s.worker == w), Decimal(0))
        assert 0 <= worker_paid <= agreed
        assert worker_paid + (agreed - worker_paid) == agreed
    if len(receipts) == 1 and _fen_apart(amounts, weights, received):
        # One payment: each worker's paid is his one-shot share of it, rounded once.
        by_worker = [
            sum((paid[s.key] for s in shares if s.worker == w), Decimal(0))
            for w in range(len(weights))
        ]
        assert by_worker == perf.split_fen_exact(received, weights)


def _fen_apart(amounts: list[Decimal], weights: list[Decimal], received: Decimal) -> bool:
    """Every worker's exact share of each instalment, and of the paid and the unpaid part of
    the one partly paid, is at least a fen (else rounding once may give a worker more of the
    instalment than he is owed, and the payment is spread by what is owed instead)."""
    before = Decimal(0)
    for amount in amounts:
        if before < received < before + amount:
            pieces = [received - before, before + amount - received]
            return _every_share_at_least_a_fen([*amounts, *pieces], weights)
        before += amount
    return _every_share_at_least_a_fen(amounts, weights)


def test_the_thirty_worker_roster_paid_pro_rata() -> None:
    """320,000 received: each worker has his share of it by what he is owed, rounded once."""
    owed = [Decimal("8000") + Decimal("731.50") * i for i in range(30)]
    total = sum(owed, Decimal(0))
    amounts = [Decimal("200000"), Decimal("200000"), total - Decimal("400000")]
    shares = _shares(perf.split_run(amounts, owed), owed)
    paid = _pay(shares, [Decimal("200000"), Decimal("120000")])
    by_worker = [sum((paid[s.key] for s in shares if s.worker == w), perf.ZERO) for w in range(30)]
    assert by_worker == perf.split_fen_exact(Decimal("320000"), owed)
