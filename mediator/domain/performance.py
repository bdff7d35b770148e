"""Agreement performance: instalments, shares per worker, receipts, figures, routes.

Plain data in, plain data out (no database, no clock): the persistence layer
feeds these functions rows it has read. Amounts are ``Decimal`` yuan with two
places; every split is fen-exact (largest-remainder method), so the parts
always add up to the whole (domain.md §4). Enforcement routes follow
domain.md §1.10.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from mediator.domain.enums import ClaimCategory
from mediator.domain.money import from_fen, to_fen
from mediator.domain.workdays import WorkdayCalendar
from mediator.domain.workflow_enums import FollowUpFinding

ZERO = Decimal("0.00")

ADVANCE_METHOD = "工资保证金/应急周转金垫付"
"""The receipt method of an advance from a wage guarantee or emergency fund."""

ALL_APPLICANTS = "全体申请人"
"""The payee of a term paying every applicant, split among them by what each claimed."""

PAYMENT_METHODS = ("银行转账", "现金", "微信", "支付宝", ADVANCE_METHOD, "其他")

PAYMENT_ORDER_ITEMS = frozenset(
    {
        ClaimCategory.WAGES,
        ClaimCategory.OVERTIME,
        ClaimCategory.MIN_WAGE_GAP,
        ClaimCategory.DOUBLE_WAGES,
        ClaimCategory.ANNUAL_LEAVE,
        ClaimCategory.INJURY,
        ClaimCategory.SEVERANCE,
        ClaimCategory.DAMAGES,
    }
)
"""Items a 支付令 covers (调解仲裁法 Art.16: 拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金)."""


# --------------------------------------------------------------------------
# Splitting amounts to the fen
# --------------------------------------------------------------------------


def split_fen_exact(total: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Split ``total`` in proportion to ``weights``, fen-exact (largest remainder).

    Each part gets the floor of its exact share in fen; the fen left over go
    one each to the largest remainders (ties: the earlier part). With no
    positive weight the total is split evenly. The parts add up to ``total``.
    """
    if not weights:
        return []
    total_fen = to_fen(total)
    if total_fen < 0 or any(w < 0 for w in weights):
        raise ValueError("金额和分配比例不能为负数")
    basis = [Decimal(w) for w in weights]
    if sum(basis) <= 0:
        basis = [Decimal(1)] * len(weights)
    weight_sum = sum(basis)
    exact = [Decimal(total_fen) * w / weight_sum for w in basis]
    parts = [int(e) for e in exact]  # floor: all non-negative
    left = total_fen - sum(parts)
    order = sorted(range(len(parts)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return [from_fen(p) for p in parts]


def split_in_run(
    amount: Decimal, weights: Sequence[Decimal], before: Decimal, held: Sequence[Decimal]
) -> list[Decimal]:
    """Split one instalment of a run so that the run adds up per worker.

    A run is the instalments one payer owes the same workers, in order.
    ``before`` is what the earlier instalments of the run come to and
    ``held`` each worker's part of them. The running total (``before`` plus
    ``amount``) is split by ``weights`` and each worker takes the difference
    from what he already holds, so his parts over the whole run add up to his
    share of the run's total, rounded once (splitting each instalment on its
    own rounds every time and leaves workers a fen above or below what they
    are owed). Falls back to a split of ``amount`` on its own when the
    difference would leave someone less than nothing: possible only when a
    worker's exact share of ``amount`` is under one fen, or when the earlier
    parts were split otherwise.
    """
    own = split_fen_exact(amount, weights)
    if before <= 0:
        return own
    target = split_fen_exact(before + amount, weights)
    parts = [t - h for t, h in zip(target, held, strict=True)]
    if any(p < 0 for p in parts):
        return own
    return parts


def split_run(amounts: Sequence[Decimal], weights: Sequence[Decimal]) -> list[list[Decimal]]:
    """Each instalment of a run split per worker (``split_in_run``), in order."""
    held = [ZERO] * len(weights)
    before = ZERO
    out = []
    for amount in amounts:
        parts = split_in_run(amount, weights, before, held)
        held = [h + p for h, p in zip(held, parts, strict=True)]
        before += amount
        out.append(parts)
    return out


# --------------------------------------------------------------------------
# Due dates
# --------------------------------------------------------------------------


def pay_by(due_on: date, calendar: WorkdayCalendar) -> date:
    """The last day to pay: a due date on a day off moves to the next working day.

    民法典第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。
    """
    return calendar.next_workday_on_or_after(due_on)


def is_overdue(last_day: date, today: date, outstanding: Decimal) -> bool:
    """Overdue: something is still owed and the last day to pay has passed."""
    return outstanding > 0 and today > last_day


# --------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ShareLine:
    """One worker's part of one instalment, as stored."""

    instalment: Hashable
    worker: Hashable
    last_day: date
    amount: Decimal
    paid: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.amount - self.paid


@dataclass(frozen=True)
class Figures:
    agreed: Decimal = ZERO
    paid: Decimal = ZERO
    outstanding: Decimal = ZERO
    overdue: Decimal = ZERO

    @property
    def rate(self) -> Decimal | None:
        return fulfilment_rate(self.agreed, self.paid)

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.agreed + other.agreed,
            self.paid + other.paid,
            self.outstanding + other.outstanding,
            self.overdue + other.overdue,
        )


def line_figures(line: ShareLine, today: date) -> Figures:
    owed = line.outstanding
    overdue = owed if is_overdue(line.last_day, today, owed) else ZERO
    return Figures(line.amount, line.paid, owed, overdue)


def figures(lines: Iterable[ShareLine], today: date) -> Figures:
    """Agreed, paid, outstanding and overdue over some share lines."""
    total = Figures()
    for line in lines:
        total = total + line_figures(line, today)
    return total


def figures_by(lines: Iterable[ShareLine], today: date, key: str) -> dict[Hashable, Figures]:
    """Figures grouped by ``"worker"`` or ``"instalment"``."""
    out: dict[Hashable, Figures] = {}
    for line in lines:
        k = getattr(line, key)
        out[k] = out.get(k, Figures()) + line_figures(line, today)
    return out


def fulfilment_rate(agreed: Decimal, paid: Decimal) -> Decimal | None:
    """履行率 = paid ÷ agreed, as a fraction with four places; None when nothing is agreed."""
    if agreed <= 0:
        return None
    return (paid / agreed).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def follow_up_finding(figures: Figures) -> FollowUpFinding | None:
    """What a follow-up visit most likely finds, from the case's figures.

    已履行 only when nothing agreed is outstanding; 部分履行 when something
    has been paid; 未履行 when nothing has. None when no money was agreed
    (the agreement has only other terms): the visitor has to say.
    """
    if figures.agreed <= 0:
        return None
    if figures.outstanding <= 0:
        return FollowUpFinding.PAID
    return FollowUpFinding.PARTLY_PAID if figures.paid > 0 else FollowUpFinding.NOT_PAID


def rate_text(rate: Decimal | None) -> str:
    """ "45.23%", or "—" when nothing was agreed."""
    if rate is None:
        return "—"
    return f"{(rate * 100).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}%"


# --------------------------------------------------------------------------
# Allocating a receipt
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenShare:
    """A share that can take money: its key, instalment order and what is still owed.

    ``run`` and ``weight`` (the worker's weight in the split of the run, see
    ``split_in_run``) and ``paid`` let a partial payment be spread over the
    run; without a ``weight`` it is spread by what each is still owed.
    """

    key: Hashable
    instalment_order: tuple[date, int]
    worker: Hashable
    outstanding: Decimal
    paid: Decimal = ZERO
    run: Hashable = None
    weight: Decimal | None = None


@dataclass(frozen=True)
class Allocation:
    parts: tuple[tuple[Hashable, Decimal], ...]
    excess: Decimal


def allocate(amount: Decimal, shares: Sequence[OpenShare]) -> Allocation:
    """Apply a payment to the shares, oldest instalment first.

    An instalment the payment covers is paid in full. One it does not cover
    is split among its workers so that what each has been paid of the run
    so far (this payment included) is his share by weight of what the run's
    workers have been paid together, rounded once: a roster paid 320,000 of
    instalments splitting 558,027.50 by what each is owed gets the same
    figures as 320,000 split by the same weights by hand, fen for fen. When
    that is not possible (no weights, or a worker would get less than
    nothing or more than he is owed) the payment is split in proportion to
    what each is still owed. Both are fen-exact. What is left when
    everything is paid is ``excess`` (an over-payment).
    """
    if amount < 0:
        raise ValueError("收款金额不能为负数")
    left = amount
    run_paid: dict[tuple[Hashable, Hashable], Decimal] = {}
    for s in shares:
        run_paid[s.run, s.worker] = run_paid.get((s.run, s.worker), ZERO) + s.paid
    parts: list[tuple[Hashable, Decimal]] = []
    for _order, group in _by_instalment(shares):
        owed = sum((s.outstanding for s in group), ZERO)
        if left <= 0 or owed <= 0:
            continue
        take = min(left, owed)
        split = _partial_split(take, group, run_paid) if take < owed else None
        if split is None:
            split = split_fen_exact(take, [s.outstanding for s in group])
        for s, part in zip(group, split, strict=True):
            if part > 0:
                parts.append((s.key, part))
                run_paid[s.run, s.worker] += part
        left -= take
    return Allocation(tuple(parts), left)


def _partial_split(
    take: Decimal, group: Sequence[OpenShare], run_paid: dict[tuple[Hashable, Hashable], Decimal]
) -> list[Decimal] | None:
    """``take`` split so the run's paid parts are the weighted split of its paid total."""
    if any(s.weight is None for s in group) or len({s.run for s in group}) != 1:
        return None
    held = [run_paid[s.run, s.worker] for s in group]
    weights = [s.weight for s in group if s.weight is not None]
    target = split_fen_exact(sum(held, ZERO) + take, weights)
    parts = [t - h for t, h in zip(target, held, strict=True)]
    if any(p < 0 or p > s.outstanding for p, s in zip(parts, group, strict=True)):
        return None
    return parts


def _by_instalment(
    shares: Sequence[OpenShare],
) -> list[tuple[tuple[date, int], list[OpenShare]]]:
    groups: dict[tuple[date, int], list[OpenShare]] = {}
    for share in shares:
        groups.setdefault(share.instalment_order, []).append(share)
    return sorted(groups.items(), key=lambda kv: kv[0])


# --------------------------------------------------------------------------
# Enforcement routes (domain.md §1.10)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    code: str
    title: str
    explanation: str
    basis: str


_ARBITRATION = Route(
    "arbitration",
    "申请劳动争议仲裁",
    "调解协议生效后，用人单位在约定期限内不履行的，劳动者可以持调解协议书依法向劳动人事争议仲裁委员会申请仲裁。",
    "《劳动争议调解仲裁法》第十五条",
)
_PAYMENT_ORDER = Route(
    "payment_order",
    "申请支付令",
    "因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成调解协议，用人单位在协议约定期限内不履行的，"
    "劳动者可以持调解协议书依法向人民法院申请支付令，人民法院应当依法发出支付令。"
    "债务人应自收到支付令之日起十五日内清偿或提出书面异议；支付令失效的，可就调解协议直接起诉。",
    "《劳动争议调解仲裁法》第十六条；《民事诉讼法》第二百二十五条至第二百二十八条",
)
_INSPECTION = Route(
    "labour_inspection",
    "向劳动保障监察机构投诉",
    "可以向当地人力资源社会保障部门的劳动保障监察机构投诉，由其责令用人单位限期支付。"
    "以转移财产、逃匿等方法逃避支付劳动者的劳动报酬或者有能力支付而不支付，"
    "数额较大，经政府有关部门责令支付仍不支付的，可能构成拒不支付劳动报酬罪。",
    "《劳动保障监察条例》；《刑法》第二百七十六条之一",
)
_ADVANCE = Route(
    "advance",
    "申请工资保证金或应急周转金先行垫付",
    "工程建设领域拖欠农民工工资的，可以申请动用工资保证金，或由当地应急周转金先行垫付；"
    "垫付款在收款登记中按“" + ADVANCE_METHOD + "”方式登记。",
    "《保障农民工工资支付条例》",
)


def enforcement_routes(item: ClaimCategory | None) -> list[Route]:
    """The routes open to a worker when an instalment of ``item`` is overdue."""
    routes = []
    if item in PAYMENT_ORDER_ITEMS:
        routes.append(_PAYMENT_ORDER)
    routes.append(_ARBITRATION)
    routes.append(_INSPECTION)
    if item is None or item in PAYMENT_ORDER_ITEMS - {ClaimCategory.INJURY}:
        routes.append(_ADVANCE)
    return routes
