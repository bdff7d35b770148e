"""The life of a demo case after intake: its moves, sessions, agreement, payments, visits.

``plan_life`` takes a case whose end state the generator has decided (status,
acceptance and closing dates) and works out everything a mediator would have
recorded on the way there, as plain data for ``bulk`` to write: every status
change (each checked against the state machine, ``domain.workflow.transition``,
so a demo case can only have a history the services would have allowed),
finished session records with speaker-tagged turns, the signed agreement with
its payment terms, receipts paid in full, in part or not at all, and follow-up
visits for agreements not performed on time. A few cases are withdrawn and
reopened on the way; a few agreements end as not performed (调解不成).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import Decimal
from functools import cached_property

from mediator.domain.enums import CaseStatus, ChainRole, ClaimCategory
from mediator.domain.performance import ADVANCE_METHOD, ZERO, pay_by
from mediator.domain.routes import (
    CaseSituation,
    DeliveryMethod,
    OutcomeKind,
    RouteKind,
    default_enclosures,
    outcome_refusal,
    referral_refusal,
)
from mediator.domain.workdays import WorkdayCalendar
from mediator.domain.workflow import Move, default_copies, transition
from mediator.domain.workflow_enums import (
    Action,
    AttendeeKind,
    AttendeeSide,
    FailureReason,
    FollowUpFinding,
    NotAcceptedReason,
    SessionForm,
    SessionOutcome,
    Speaker,
    TermKind,
)
from mediator.exchange import demo_data as words
from mediator.exchange.records import CaseRecord

FULL, LATE, PART, NONE = "full", "late", "part", "none"
"""What became of one instalment: paid on time, paid late, paid in part, not paid."""
REOPEN_SHARE = 0.03
LARGE_PAYMENT = Decimal(20000)
_SPEAKERS = {s.value: s for s in Speaker}
_FAILURES = {r.value: r for r in FailureReason}
_NOT_ACCEPTED = {r.value: r for r in NotAcceptedReason}


@dataclass(frozen=True)
class StatusMove:
    on: date
    action: Action
    from_status: CaseStatus
    to_status: CaseStatus
    reason: str = ""
    note: str = ""


@dataclass(frozen=True)
class SessionPlan:
    held_on: date
    starts_at: time
    ends_at: time
    place: str
    form: SessionForm
    outcome: SessionOutcome
    continue_on: date | None
    attendees: tuple[tuple[AttendeeSide, AttendeeKind, str, str], ...]
    turns: tuple[tuple[Speaker, str, str], ...]
    """(speaker, speaker's name, text)."""
    evidence: str = ""
    proposal: str = ""


@dataclass(frozen=True)
class TermPlan:
    kind: TermKind
    text: str = ""
    payer: str = ""
    payee: str = ""
    item: ClaimCategory | None = None
    amount: Decimal | None = None
    due_on: date | None = None
    method: str = ""


@dataclass(frozen=True)
class AgreementPlan:
    signed_on: date
    copies: int
    terms: tuple[TermPlan, ...]

    @cached_property
    def payments(self) -> tuple[TermPlan, ...]:
        return tuple(t for t in self.terms if t.kind is TermKind.PAYMENT)


@dataclass(frozen=True)
class ReceiptPlan:
    received_on: date
    amount: Decimal
    method: str
    voucher_no: str


@dataclass(frozen=True)
class FollowUpPlan:
    visited_on: date
    contact: str
    finding: FollowUpFinding
    note: str
    next_visit_on: date | None


@dataclass(frozen=True)
class ExtensionPlan:
    """Both parties agreed to go on mediating past the 15 days (domain.md 1.8)."""

    agreed_on: date
    previous_due: date
    new_due: date
    note: str


@dataclass(frozen=True)
class OutcomePlan:
    kind: OutcomeKind
    decided_on: date
    body_case_number: str = ""


@dataclass(frozen=True)
class ReferralPlan:
    """The case handed to the arbitration committee (移送仲裁) and what became of it."""

    referred_on: date
    method: DeliveryMethod
    enclosures: tuple[str, ...]
    outcomes: tuple[OutcomePlan, ...]


@dataclass
class CaseLife:
    moves: list[StatusMove] = field(default_factory=list)
    sessions: list[SessionPlan] = field(default_factory=list)
    agreement: AgreementPlan | None = None
    receipts: list[ReceiptPlan] = field(default_factory=list)
    follow_ups: list[FollowUpPlan] = field(default_factory=list)
    referral: ReferralPlan | None = None
    extension: ExtensionPlan | None = None

    @property
    def last_day(self) -> date | None:
        days = [m.on for m in self.moves] + [r.received_on for r in self.receipts]
        days += [f.visited_on for f in self.follow_ups]
        if self.referral is not None:
            days += [self.referral.referred_on] + [o.decided_on for o in self.referral.outcomes]
        return max(days) if days else None


@dataclass(frozen=True)
class Showcase:
    """A case forced into the last complete month so its report has every kind of figure."""

    key: str
    status: CaseStatus
    fates: tuple[str, ...] = ()
    collective: bool = False
    reason: str = ""


SHOWCASES = (
    Showcase("paid", CaseStatus.AGREED, (FULL,)),
    Showcase("instalments", CaseStatus.AGREED, (FULL, PART)),
    Showcase("chain", CaseStatus.AGREED, (FULL, PART, NONE), collective=True),
    Showcase("unpaid", CaseStatus.AGREED, (NONE,)),
    Showcase("overdue", CaseStatus.FAILED, reason=FailureReason.OVERDUE.value),
    Showcase("no_agreement", CaseStatus.FAILED, reason=FailureReason.NO_AGREEMENT.value),
    Showcase("withdrawn", CaseStatus.WITHDRAWN),
    Showcase("refused", CaseStatus.REFUSED),
    Showcase("not_accepted", CaseStatus.NOT_ACCEPTED),
    Showcase("reopened", CaseStatus.AGREED, (FULL,)),
)


@dataclass(frozen=True)
class LifeContext:
    today: date
    calendar: WorkdayCalendar
    mediation_due: date


def _money(value: float, step: int) -> Decimal:
    return Decimal(max(step, int(round(value / step)) * step)).quantize(Decimal("0.01"))


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class _Planner:
    """Plans one case's life; ``record`` is updated where the life changes its end state."""

    def __init__(
        self,
        rng: random.Random,
        record: CaseRecord,
        ctx: LifeContext,
        showcase: Showcase | None,
    ) -> None:
        self.rng = rng
        self.record = record
        self.ctx = ctx
        self.showcase = showcase
        self.life = CaseLife()
        self.status = CaseStatus.RECEIVED

    # -- status moves ---------------------------------------------------------------------------

    def move(self, on: date, action: Action, reason: str = "", note: str = "") -> None:
        typed = _FAILURES.get(reason) or _NOT_ACCEPTED.get(reason)
        rule = Move(
            reason=typed,
            note=note,
            today=on,
            mediation_due=self.ctx.mediation_due,
            was_accepted=self.record.accepted_on is not None,
        )
        target = transition(self.status, action, rule)
        self.life.moves.append(StatusMove(on, action, self.status, target, reason, note))
        self.status = target

    def plan(self) -> CaseLife:
        record, final = self.record, self.record.status
        if final is CaseStatus.RECEIVED:
            return self.life
        if final is CaseStatus.NOT_ACCEPTED:
            assert record.closed_on is not None
            self.move(record.closed_on, Action.NOT_ACCEPT, record.closure_reason)
            return self.life
        start = record.accepted_on
        if start is not None:
            self.move(start, Action.ACCEPT)
            start = self._maybe_reopen(start)
            self._maybe_extend(start)
        self._close(start)
        self._refer()
        return self.life

    def _maybe_extend(self, start: date) -> None:
        """Mediation that goes on past its deadline was extended by both parties' consent.

        Time-outs (逾期) were not extended; an open case past its deadline was
        extended in about half the offices' cases (the others show as overdue).
        """
        record, due, today = self.record, self.ctx.mediation_due, self.ctx.today
        end = record.closed_on
        if record.closure_reason == FailureReason.OVERDUE.value:
            return
        if end is None:
            if record.status is not CaseStatus.MEDIATING or due >= today:
                return
            if self.rng.random() < 0.5:
                return
            new_due = today + timedelta(days=self.rng.randint(3, 15))
        else:
            if end <= due:
                return
            new_due = end + timedelta(days=self.rng.randint(0, 7))
        agreed_on = max(start, due - timedelta(days=self.rng.randint(0, 3)))
        note = self.rng.choice(words.EXTENSION_NOTES)
        self.life.extension = ExtensionPlan(min(agreed_on, today), due, new_due, note)

    def _maybe_reopen(self, accepted: date) -> date:
        """Withdrawn and reopened on the way (a few cases): returns the day mediation resumed."""
        closed = self.record.closed_on
        wanted = self.showcase is not None and self.showcase.key == "reopened"
        if closed is None or (closed - accepted).days < 4:
            return accepted
        if not wanted and (self.showcase is not None or self.rng.random() >= REOPEN_SHARE):
            return accepted
        withdrawn = accepted + timedelta(days=1)
        reason = FailureReason.APPLICANT_WITHDREW.value
        self.move(withdrawn, Action.WITHDRAW, reason)
        resumed = withdrawn + timedelta(days=self.rng.randint(1, (closed - withdrawn).days - 1))
        self.move(resumed, Action.REOPEN, note=self.rng.choice(words.REOPEN_NOTES))
        return resumed

    def _close(self, start: date | None) -> None:
        record = self.record
        final, closed = record.status, record.closed_on
        if final is CaseStatus.MEDIATING:
            assert start is not None
            self._sessions(start, self.ctx.today, SessionOutcome.CONTINUE)
            return
        assert closed is not None
        if final is CaseStatus.AGREED:
            assert start is not None
            self.life.agreement = self._agreement(closed)
            self._sessions(start, closed, SessionOutcome.AGREEMENT)
            self.move(closed, Action.SIGN_AGREEMENT)
            self._performance(self.life.agreement)
        elif final is CaseStatus.FAILED:
            assert start is not None
            reason = FailureReason.by_code(record.closure_reason)
            outcome = (
                SessionOutcome.PARTY_REFUSES
                if reason is FailureReason.PARTY_TERMINATES
                else SessionOutcome.NO_AGREEMENT
            )
            self._sessions(start, closed, outcome)
            self.move(closed, Action.FAIL, record.closure_reason)
        elif final is CaseStatus.WITHDRAWN:
            if start is not None and self.rng.random() < 0.4:
                self._sessions(start, closed, SessionOutcome.WITHDRAWN, most=1)
            self.move(closed, Action.WITHDRAW, record.closure_reason)
        elif final is CaseStatus.REFUSED:
            if start is not None and self.rng.random() < 0.5:
                self._sessions(start, closed, SessionOutcome.PARTY_REFUSES, most=1)
            self.move(closed, Action.RESPONDENT_REFUSES, record.closure_reason)

    # -- sessions -------------------------------------------------------------------------------

    def _session_days(self, start: date, end: date, last_on_end: bool, most: int) -> list[date]:
        """Working days from ``start`` to ``end`` for the sessions (the last on ``end``)."""
        calendar = self.ctx.calendar
        open_days = [
            day
            for day in (start + timedelta(days=i) for i in range((end - start).days + 1))
            if calendar.is_workday(day)
        ]
        n = min(most, 1 + (self.rng.random() < 0.4) + (self.rng.random() < 0.1))
        if last_on_end:
            earlier = [day for day in open_days if day < end]
            return sorted(self.rng.sample(earlier, min(n - 1, len(earlier)))) + [end]
        return sorted(self.rng.sample(open_days, min(n, len(open_days))))

    def _sessions(self, start: date, end: date, outcome: SessionOutcome, most: int = 3) -> None:
        ongoing = outcome is SessionOutcome.CONTINUE
        if ongoing and (end - start).days < 2:
            return
        days = self._session_days(
            start, end - timedelta(days=1) if ongoing else end, not ongoing, most
        )
        for i, day in enumerate(days):
            last = i == len(days) - 1
            if not last:
                self.life.sessions.append(self._session(day, SessionOutcome.CONTINUE, days[i + 1]))
            elif ongoing:
                ahead = self.ctx.today + timedelta(days=self.rng.randint(0, 6))
                self.life.sessions.append(
                    self._session(day, outcome, max(ahead, day + timedelta(1)))
                )
            else:
                self.life.sessions.append(self._session(day, outcome, None))

    @cached_property
    def people(self) -> tuple[str, str, str, str]:
        """(applicant speaker, respondent firm, respondent speaker, their role)."""
        data = self.record.data
        reps = [a for a in data.applicants if a.is_representative] or data.applicants
        firm = data.respondents[0]
        if data.is_collective and len(data.respondents) > 1:
            firm = data.respondents[1]
        agents = [g for g in data.agents if g.side.value == "respondent"]
        if agents:
            return reps[0].name, firm.name, agents[0].name, "委托代理人"
        return reps[0].name, firm.name, firm.legal_rep or "负责人", "法定代表人"

    @cached_property
    def fields(self) -> dict[str, object]:
        """The values the session scripts' placeholders take (the agreement is planned first)."""
        data = self.record.data
        claim = data.claimed_total()
        applicant, firm, _, _ = self.people
        offer = _money(float(claim) * 0.7, 100) if claim else Decimal("0.00")
        agreement = self.life.agreement
        agreed = (
            sum((t.amount or Decimal(0) for t in agreement.payments), Decimal(0))
            if agreement
            else _money(float(claim) * 0.85, 100)
        )
        first = agreement.payments[0].due_on if agreement and agreement.payments else None
        return {
            "a": applicant,
            "firm": firm,
            "claim": f"{claim:,.2f}",
            "offer": f"{offer:,.2f}",
            "agreed": f"{agreed:,.2f}",
            "due": _cn(first) if first else "约定日期",
            "n": len(data.applicants),
        }

    def _turns(self, outcome: SessionOutcome, first: bool) -> tuple[tuple[Speaker, str, str], ...]:
        data = self.record.data
        applicant, _, respondent, _ = self.people
        names = {
            "mediator": self.record.lead_mediator,
            "applicant": applicant,
            "respondent": respondent,
        }
        script: list[tuple[str, str]] = list(words.OPENING) if first else []
        if first and outcome is not SessionOutcome.WITHDRAWN:
            states = words.COLLECTIVE_STATES if data.is_collective else words.APPLICANT_STATES
            script.append(("applicant", self.rng.choice(states)))
            script.append(("respondent", self.rng.choice(words.RESPONDENT_STATES)))
        script += {
            SessionOutcome.CONTINUE: words.CONTINUE_TURNS,
            SessionOutcome.AGREEMENT: words.AGREE_TURNS,
            SessionOutcome.NO_AGREEMENT: words.FAIL_TURNS,
            SessionOutcome.PARTY_REFUSES: words.REFUSE_TURNS,
            SessionOutcome.WITHDRAWN: words.WITHDRAW_TURNS,
        }[outcome]
        fields = self.fields
        return tuple(
            (_SPEAKERS[who], names[who], text.format(**fields) if "{" in text else text)
            for who, text in script
        )

    def _session(self, day: date, outcome: SessionOutcome, continue_on: date | None) -> SessionPlan:
        applicant, _, respondent, role = self.people
        begin = time(self.rng.choice((9, 9, 10, 14, 15)), self.rng.choice((0, 30)))
        end = time(begin.hour + 1, self.rng.choice((0, 15, 30, 45)))
        first = not self.life.sessions
        attendees = (
            (AttendeeSide.APPLICANT, AttendeeKind.PARTY, applicant, ""),
            (
                AttendeeSide.RESPONDENT,
                AttendeeKind.AGENT if role == "委托代理人" else AttendeeKind.PARTY,
                respondent,
                role,
            ),
        )
        form = SessionForm.ON_SITE if self.rng.random() < 0.85 else SessionForm.PHONE
        place = self.rng.choice(words.PLACES) if form is SessionForm.ON_SITE else ""
        if self.record.data.is_collective and form is SessionForm.ON_SITE:
            place = words.PLACES[-1]
        return SessionPlan(
            day,
            begin,
            end,
            place,
            form,
            outcome,
            continue_on,
            attendees,
            self._turns(outcome, first),
            self._evidence() if first else "",
            words.PROPOSALS.get(outcome.value, "").format(**self.fields),
        )

    def _evidence(self) -> str:
        data = self.record.data
        if data.is_collective:
            return words.COLLECTIVE_EVIDENCE
        return "、".join(self.rng.sample(words.EVIDENCE, self.rng.randint(1, 3)))

    # -- the agreement ----------------------------------------------------------------------

    def _parties(self) -> tuple[str, str]:
        """(payer, payee) of the payment terms."""
        data = self.record.data
        payer = data.respondents[0].name
        subs = [r for r in data.respondents if r.chain_role is ChainRole.SUBCONTRACTOR]
        if subs and self.rng.random() < 0.7:
            payer = subs[0].name
        first = data.applicants[0].name
        payee = f"申请人{first}等{len(data.applicants)}人" if data.is_collective else first
        return payer, payee

    def _item(self) -> ClaimCategory:
        claims = [c for c in self.record.data.claims if c.amount]
        return max(claims, key=lambda c: c.amount or 0).category if claims else ClaimCategory.OTHER

    def _fates(self, count: int) -> tuple[str, ...]:
        if self.showcase is not None and self.showcase.fates:
            return self.showcase.fates
        weights = {FULL: 70, LATE: 10, PART: 10, NONE: 10}
        if self.record.data.is_collective:
            weights = {FULL: 50, LATE: 15, PART: 20, NONE: 15}
        return tuple(
            self.rng.choices(list(weights), list(weights.values()))[0] for _ in range(count)
        )

    def _count(self) -> int:
        if self.showcase is not None and self.showcase.fates:
            return len(self.showcase.fates)
        if self.record.data.is_collective:
            return self.rng.choice((2, 3, 3))
        return self.rng.choices((1, 2, 3), (65, 25, 10))[0]

    def _agreement(self, signed: date) -> AgreementPlan:
        data = self.record.data
        closing = TermPlan(TermKind.TEXT, text=words.AGREEMENT_CLOSING)
        copies = default_copies(len(data.applicants) + len(data.respondents))
        claimed = float(data.claimed_total())
        if claimed <= 0:
            wish = next((c.description for c in data.claims), "")
            text = f"被申请人同意{wish.removeprefix('支付')}，于{_cn(signed + timedelta(days=30))}前办理完毕。"
            return AgreementPlan(signed, copies, (TermPlan(TermKind.TEXT, text=text), closing))
        low = 0.85 if data.is_collective else 0.6
        total = _money(claimed * self.rng.uniform(low, 1.0), 10)
        count = self._count()
        shares = (1.0,) if count == 1 else (0.5, 0.5) if count == 2 else (0.4, 0.3, 0.3)
        amounts = [_money(float(total) * s, 100) for s in shares[:-1]]
        amounts.append(total - sum(amounts, Decimal(0)))
        if amounts[-1] <= 0:
            amounts = [total]
        payer, payee = self._parties()
        item, method = self._item(), self.rng.choice(("银行转账", "银行转账", "现金"))
        first = signed + timedelta(days=self.rng.randint(0, 10) if len(amounts) == 1 else 7)
        gap = 14 if self.showcase is not None else 30
        terms = [
            TermPlan(
                TermKind.PAYMENT,
                payer=payer,
                payee=payee,
                item=item,
                amount=amount,
                due_on=first + timedelta(days=gap * i),
                method=method,
            )
            for i, amount in enumerate(amounts)
        ]
        return AgreementPlan(signed, copies, (*terms, closing))

    # -- payments and follow-up visits --------------------------------------------------------

    def _performance(self, agreement: AgreementPlan) -> None:
        payments = agreement.payments
        if not payments:
            return
        for term, fate in zip(payments, self._fates(len(payments)), strict=True):
            assert term.due_on is not None and term.amount is not None
            self._pay(agreement.signed_on, term.due_on, term.amount, fate)
        self.life.receipts.sort(key=lambda r: r.received_on)
        self._follow_ups(agreement)

    def _pay(self, signed: date, due: date, amount: Decimal, fate: str) -> None:
        """The receipts of one instalment (none yet for one not due)."""
        today, last = self.ctx.today, pay_by(due, self.ctx.calendar)
        if fate is not FULL and last >= today:
            return
        # Long ago, most unpaid money came in the end (late, or as an advance from the
        # wage guarantee fund); a few debts stay open for the board to show.
        settled_late = (today - last).days > 90 and self.showcase is None
        if fate in (PART, NONE) and settled_late and self.rng.random() < 0.95:
            if fate is PART:
                part = self._part(amount)
                self._receipt(min(today, max(signed, due)), part)
                amount -= part
            advance = self.record.data.is_collective and self.rng.random() < 0.5
            day = last + timedelta(days=self.rng.randint(10, 60))
            self._receipt(min(today, day), amount, ADVANCE_METHOD if advance else "")
            return
        if fate is NONE:
            return
        if fate is LATE:
            day = last + timedelta(days=self.rng.randint(3, 25))
        else:
            day = due - timedelta(days=self.rng.randint(0, 4))
        self._receipt(min(today, max(signed, day)), self._part(amount) if fate is PART else amount)

    def _part(self, amount: Decimal) -> Decimal:
        part = _money(float(amount) * self.rng.uniform(0.3, 0.7), 100)
        return part if part < amount else (amount / 2).quantize(Decimal("0.01"))

    def _receipt(self, day: date, amount: Decimal, method: str = "") -> None:
        method = method or self.rng.choice(words.PAY_METHODS)
        if amount > LARGE_PAYMENT and method != ADVANCE_METHOD:
            method = "银行转账"  # nobody pays tens of thousands in cash or by WeChat
        voucher = f"{day:%Y%m%d}{self.rng.randrange(10**6):06d}" if method == "银行转账" else ""
        self.life.receipts.append(ReceiptPlan(day, amount, method, voucher))

    def _owed_on(self, agreement: AgreementPlan, day: date) -> tuple[Decimal, Decimal]:
        """(overdue and unpaid, paid) at the end of ``day``."""
        calendar = self.ctx.calendar
        due = sum(
            (
                t.amount or ZERO
                for t in agreement.payments
                if pay_by(t.due_on or day, calendar) < day
            ),
            ZERO,
        )
        paid = sum((r.amount for r in self.life.receipts if r.received_on <= day), ZERO)
        return max(ZERO, due - paid), paid

    def _visit(self, day: date, next_visit: date | None) -> None:
        agreement = self.life.agreement
        assert agreement is not None
        owed, paid = self._owed_on(agreement, day)
        finding = (
            FollowUpFinding.PAID
            if owed <= 0
            else FollowUpFinding.PARTLY_PAID
            if paid > 0
            else FollowUpFinding.NOT_PAID
        )
        contact = self.people[0]
        note = words.FOLLOW_UP_NOTES[finding.value]
        self.life.follow_ups.append(FollowUpPlan(day, contact, finding, note, next_visit))

    def _follow_ups(self, agreement: AgreementPlan) -> None:
        """A visit when a payment is late, again while it stays unpaid, and once it is paid."""
        today, calendar = self.ctx.today, self.ctx.calendar
        lapses = [
            pay_by(t.due_on, calendar)
            for t in agreement.payments
            if t.due_on and pay_by(t.due_on, calendar) < today
        ]
        late = [d for d in lapses if self._owed_on(agreement, d + timedelta(days=1))[0] > 0]
        owed, _ = self._owed_on(agreement, today)
        if not late:
            if self.life.receipts and self.rng.random() < 0.3:
                day = self.life.receipts[-1].received_on + timedelta(days=self.rng.randint(1, 10))
                self._visit(min(today, day), None)
            return
        first = min(today, late[0] + timedelta(days=self.rng.randint(2, 8)))
        if owed <= 0:
            self._visit(first, first + timedelta(days=14))
            paid_up = self.life.receipts[-1].received_on + timedelta(days=self.rng.randint(1, 7))
            self._visit(min(today, max(paid_up, first + timedelta(days=1))), None)
            return
        if (today - late[0]).days > 90 and self.showcase is None and self.rng.random() < 0.5:
            self._visit(first, None)
            ended = min(today, first + timedelta(days=self.rng.randint(1, 10)))
            self.move(ended, Action.FAIL, FailureReason.NOT_PERFORMED.value, words.NOT_PERFORMED)
            self.record.status = CaseStatus.FAILED
            self.record.closed_on = ended
            self.record.closure_reason = FailureReason.NOT_PERFORMED.value
            return
        latest = max(first, today - timedelta(days=self.rng.randint(0, 20)))
        if latest > first + timedelta(days=7):
            self._visit(first, latest)
        self._visit(latest, latest + timedelta(days=self.rng.randint(3, 21)))

    # -- referral to arbitration ------------------------------------------------------------------

    def _refer(self) -> None:
        """Most failed and refused cases go on to arbitration (checked as the services would)."""
        record, today = self.record, self.ctx.today
        wanted = {CaseStatus.FAILED: 0.6, CaseStatus.REFUSED: 0.4}.get(record.status, 0.0)
        showcase = self.showcase is not None and self.showcase.status is CaseStatus.FAILED
        if record.closed_on is None or not (showcase or self.rng.random() < wanted):
            return
        referred = min(today, record.closed_on + timedelta(days=self.rng.randint(0, 7)))
        if showcase:
            referred = min(today, record.closed_on + timedelta(days=1))
        reason = _FAILURES.get(record.closure_reason)
        signed = self.life.agreement.signed_on if self.life.agreement else None
        situation = CaseSituation(
            record.status,
            record.closed_on,
            reason.label if reason and record.status is CaseStatus.FAILED else "",
            signed,
            frozenset(self._overdue_items(referred)),
        )
        if referral_refusal(RouteKind.ARBITRATION, situation, referred, today) is not None:
            return
        method = DeliveryMethod.IN_PERSON if self.rng.random() < 0.7 else DeliveryMethod.GUIDED
        enclosures = default_enclosures(RouteKind.ARBITRATION, record.status)
        outcomes = self._arbitration(referred)
        self.life.referral = ReferralPlan(referred, method, enclosures, outcomes)

    def _overdue_items(self, day: date) -> set[ClaimCategory | None]:
        agreement = self.life.agreement
        if agreement is None or self._owed_on(agreement, day)[0] <= 0:
            return set()
        return {t.item for t in agreement.payments}

    def _arbitration(self, referred: date) -> tuple[OutcomePlan, ...]:
        """Accepted within days, then an award, a mediated settlement or a withdrawal."""
        accepted = referred + timedelta(days=self.rng.randint(2, 7))
        number = f"德劳人仲案字〔{accepted.year}〕第{self.rng.randint(100, 999)}号"
        steps = [OutcomePlan(OutcomeKind.ACCEPTED, accepted, number)]
        kind = self.rng.choices(
            (OutcomeKind.AWARD, OutcomeKind.ARBITRATION_MEDIATION, OutcomeKind.WITHDRAWN, None),
            (45, 35, 10, 10),
        )[0]
        if kind is not None:
            low, high = {
                OutcomeKind.AWARD: (30, 60),
                OutcomeKind.ARBITRATION_MEDIATION: (10, 30),
                OutcomeKind.WITHDRAWN: (5, 20),
            }[kind]
            steps.append(OutcomePlan(kind, accepted + timedelta(days=self.rng.randint(low, high))))
        return tuple(
            s
            for s in steps
            if outcome_refusal(
                RouteKind.ARBITRATION, s.kind, referred, s.decided_on, self.ctx.today
            )
            is None
        )


def plan_life(
    rng: random.Random, record: CaseRecord, ctx: LifeContext, showcase: Showcase | None = None
) -> CaseLife:
    """Everything recorded on the way to the case's end state (may turn 达成协议 into 调解不成)."""
    return _Planner(rng, record, ctx, showcase).plan()
