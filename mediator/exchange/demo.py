"""Synthetic but realistic cases for demonstrations, training and load tests.

Everything is invented, yet every identifier passes its check: resident ID
numbers (GB 11643, with plausible birth dates and the sex digit matching the
person), credit codes (GB 32100 and the embedded GB 11714 code) and mobile
numbers from real ranges. The mix follows a township office: mostly unpaid
wages, construction, catering, garment and logistics firms, many migrant
workers, a few collective disputes of 10-30 workers against a general
contractor, its subcontractor and a team leader, every status and category.

Each case also gets a life (``demo_life``): status changes, session records,
the agreement, receipts and follow-up visits, over the two years up to
``today``. A dozen "showcase" cases are placed in the last complete month so
that its report has every kind of closing, agreements paid in full, in part
and not at all, and a reopened case.

The output depends only on ``seed``, ``count`` and ``today``: each case and
each employer draws from its own ``random.Random``, so a case does not change
when others are added or the generation is chunked differently.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TypeVar

from mediator.domain.deadlines import acceptance_due, mediation_due
from mediator.domain.enums import (
    AgentSide,
    ApplicationForm,
    CaseStatus,
    Category,
    ChainRole,
    Channel,
    ClaimCategory,
    Sex,
)
from mediator.domain.identifiers import org_code_check_char, resident_id_check_char, uscc_check_char
from mediator.domain.model import AgentData, ApplicantData, CaseData, ClaimData, RespondentData
from mediator.domain.workdays import WorkdayCalendar
from mediator.domain.workflow_enums import Consent, FailureReason, NotAcceptedReason
from mediator.exchange import demo_data as words
from mediator.exchange.demo_life import SHOWCASES, CaseLife, LifeContext, Showcase, plan_life
from mediator.exchange.records import CaseRecord
from mediator.exchange.values import by_code

T = TypeVar("T")
SPAN_DAYS = 2 * 365
SHOWCASE_FROM = 10
"""Profiles from this index on are the showcases (the first ones cover every status)."""
STATUS_ORDER = tuple(CaseStatus)
CATEGORY_ORDER = tuple(Category)
_CATEGORY_WEIGHTS = {
    Category.PAY: 44,
    Category.CON_END: 15,
    Category.SI: 8,
    Category.ELR: 6,
    Category.INJ: 6,
    Category.HRS: 5,
    Category.CON_SIGN: 5,
    Category.CON_CHG: 3,
    Category.WEL: 2,
    Category.OTH: 6,
}
_INDUSTRY_WEIGHTS = {
    "建筑业": 30,
    "餐饮业": 17,
    "纺织服装": 15,
    "物流快递": 12,
    "制造业": 14,
    "批发零售": 6,
    "物业服务": 6,
}
_CHANNEL_WEIGHTS = {
    Channel.WALK_IN: 55,
    Channel.HOTLINE: 20,
    Channel.ONLINE: 12,
    Channel.TRANSFER: 10,
    Channel.LETTER: 3,
}
_STILL_EMPLOYED = {
    Category.PAY: 0.15,
    Category.SI: 0.5,
    Category.HRS: 0.5,
    Category.CON_CHG: 0.9,
    Category.WEL: 0.6,
    Category.CON_SIGN: 0.3,
}
"""Share of applicants still employed when they apply, by category (others have left)."""
_ORG_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@dataclass(frozen=True)
class Profile:
    """The few facts of a case decided first, so cases can be numbered in date order."""

    index: int
    received_on: date
    status: CaseStatus
    category: Category
    collective: bool
    showcase: Showcase | None = None


@dataclass
class DemoCase:
    record: CaseRecord
    created_at: datetime
    updated_at: datetime
    acceptance_due: date
    mediation_due: date
    life: CaseLife


def _pick(rng: random.Random, weights: Mapping[T, int]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _money(value: float, step: int = 1) -> Decimal:
    return Decimal(int(round(value / step)) * step).quantize(Decimal("0.01"))


def last_complete_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def _default_deadlines(calendar: WorkdayCalendar) -> Callable[[date], tuple[date, date]]:
    return lambda received: (acceptance_due(received, calendar), mediation_due(received, calendar))


class DemoGenerator:
    """Makes ``count`` cases received in the two years up to ``today``.

    ``deadlines`` gives a case's acceptance and mediation deadlines from its
    receipt date (the office's settings; the statutory defaults if omitted).
    """

    def __init__(
        self,
        seed: int,
        count: int,
        today: date,
        calendar: WorkdayCalendar,
        deadlines: Callable[[date], tuple[date, date]] | None = None,
    ) -> None:
        self.seed = seed
        self.count = count
        self.today = today
        self.calendar = calendar
        self.deadlines = deadlines or _default_deadlines(calendar)
        self.pool_size = max(6, count // 25)
        self._employers: dict[tuple[str, int], RespondentData] = {}

    def _rng(self, *key: object) -> random.Random:
        return random.Random(":".join(str(k) for k in (self.seed, *key)))

    # -- profiles ---------------------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        """One profile per case, in the order the cases are registered."""
        found = [self._profile(i) for i in range(self.count)]
        return sorted(found, key=lambda p: (p.received_on, p.index))

    def _profile(self, index: int) -> Profile:
        rng = self._rng("profile", index)
        category = (
            CATEGORY_ORDER[index] if index < len(CATEGORY_ORDER) else _pick(rng, _CATEGORY_WEIGHTS)
        )
        collective = index == 0 or (
            index >= len(CATEGORY_ORDER) and category is Category.PAY and rng.random() < 0.06
        )
        showcase = self._showcase(index)
        if showcase is not None:
            status, received = showcase.status, self._received_showcase(rng, showcase)
            return Profile(index, received, status, Category.PAY, showcase.collective, showcase)
        if index < len(STATUS_ORDER):
            status = STATUS_ORDER[index]
            received = self._received_for(rng, status)
        else:
            received = self._received(rng)
            status = self._status_for_age(rng, (self.today - received).days)
        return Profile(index, received, status, category, collective)

    def _showcase(self, index: int) -> Showcase | None:
        slot = index - SHOWCASE_FROM
        return SHOWCASES[slot] if 0 <= slot < len(SHOWCASES) else None

    def _received_showcase(self, rng: random.Random, showcase: Showcase) -> date:
        """A working day near the start of the last complete month.

        Cases that are mediated may come in the week before it (and close in
        it); the quick endings come in early in it.
        """
        start, _ = last_complete_month(self.today)
        mediated = showcase.status in (CaseStatus.AGREED, CaseStatus.FAILED)
        offset = rng.randint(-7, 8) if mediated else rng.randint(8, 12)
        return self.calendar.next_workday_on_or_after(start + timedelta(days=offset))

    def _received(self, rng: random.Random) -> date:
        day = self.today - timedelta(days=int(SPAN_DAYS * rng.random() ** 1.15))
        if day.weekday() >= 5 and rng.random() < 0.85:
            monday = day + timedelta(days=7 - day.weekday())
            day = monday if monday <= self.today else day - timedelta(days=day.weekday() - 4)
        return day

    def _received_for(self, rng: random.Random, status: CaseStatus) -> date:
        if status is CaseStatus.RECEIVED:
            return self.today - timedelta(days=rng.randint(0, 1))
        if status is CaseStatus.MEDIATING:
            return self.today - timedelta(days=rng.randint(3, 10))
        return self.today - timedelta(days=rng.randint(30, SPAN_DAYS))

    def _status_for_age(self, rng: random.Random, age: int) -> CaseStatus:
        s = CaseStatus
        if age <= 2:
            table = {s.RECEIVED: 70, s.MEDIATING: 20, s.NOT_ACCEPTED: 5, s.WITHDRAWN: 5}
        elif age <= 15:
            table = {
                s.MEDIATING: 55,
                s.AGREED: 25,
                s.WITHDRAWN: 8,
                s.REFUSED: 5,
                s.NOT_ACCEPTED: 4,
                s.FAILED: 3,
            }
        else:
            table = {
                s.AGREED: 600,
                s.FAILED: 150,
                s.WITHDRAWN: 110,
                s.REFUSED: 50,
                s.NOT_ACCEPTED: 40,
            }
            # A few cases past their 15 days are still open (the board shows them
            # as overdue); older ones are all closed, as in a well-kept office.
            if age <= 45:
                table[s.MEDIATING] = 40
        return _pick(rng, table)

    # -- people and firms -------------------------------------------------------------------

    def _name(self, rng: random.Random, sex: Sex) -> str:
        surname = words.SURNAMES[min(int(len(words.SURNAMES) * rng.random() ** 2.2), 99)]
        pool = words.MALE_GIVEN if sex is Sex.MALE else words.FEMALE_GIVEN
        given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.7 else "")
        return surname + given

    def _id_number(self, rng: random.Random, region: str, birth: date, sex: Sex) -> str:
        seq = rng.randrange(0, 999, 2) + (1 if sex is Sex.MALE else 0)
        first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
        return first17 + resident_id_check_char(first17)

    def _mobile(self, rng: random.Random) -> str:
        return rng.choice(words.MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"

    def _uscc(self, rng: random.Random, sole_trader: bool) -> str:
        org8 = "MA" + "".join(rng.choice(_ORG_ALPHABET) for _ in range(6))
        first17 = ("92" if sole_trader else "91") + words.LOCAL_COUNTY + org8
        first17 += org_code_check_char(org8)
        return first17 + uscc_check_char(first17)

    def _address(self, rng: random.Random) -> str:
        if rng.random() < 0.7:
            return f"德清县清溪镇{rng.choice(words.ROADS)}{rng.randint(1, 388)}号"
        return f"德清县清溪镇{rng.choice(words.VILLAGES)}{rng.randint(1, 12)}组"

    def _phone_landline(self, rng: random.Random) -> str:
        return f"0572-8{rng.randrange(10**6):06d}"

    def employer(self, industry: str, slot: int) -> RespondentData:
        """The ``slot``-th firm of an industry (the same firm in every case that draws it)."""
        key = (industry, slot)
        found = self._employers.get(key)
        if found is None:
            found = self._make_employer(industry, slot)
            self._employers[key] = found
        return found

    def _make_employer(self, industry: str, slot: int) -> RespondentData:
        rng = self._rng("employer", industry, slot)
        endings = words.INDUSTRIES[industry][0]
        ending = rng.choice(endings)
        a, b = rng.choice(words.BRANDS), rng.choice(words.BRANDS)
        sole = ending in words.SOLE_TRADER_ENDINGS
        prefix = "德清县清溪镇" if sole else rng.choice(("德清", "湖州", "浙江", "德清县"))
        legal_rep = self._name(rng, Sex.MALE if rng.random() < 0.75 else Sex.FEMALE)
        return RespondentData(
            name=f"{prefix}{a[0]}{b[1]}{ending}",
            uscc=self._uscc(rng, sole),
            legal_rep=legal_rep,
            # No draw from rng: the rest of the generated data stays as it was.
            legal_rep_title="经营者" if sole else "总经理",
            address=self._address(rng),
            phone=self._phone_landline(rng) if rng.random() < 0.6 else self._mobile(rng),
            industry=industry,
            chain_role=ChainRole.EMPLOYER,
        )

    def _draw_employer(self, rng: random.Random, industry: str) -> RespondentData:
        return self.employer(industry, int(self.pool_size * rng.random() ** 2))

    def _general_contractor(self, rng: random.Random) -> RespondentData:
        name = rng.choice(words.GENERAL_CONTRACTORS)
        firm = self._rng("contractor", name)
        return RespondentData(
            name=name,
            uscc=self._uscc(firm, False),
            legal_rep=self._name(firm, Sex.MALE),
            legal_rep_title="董事长",
            address=f"德清县{rng.choice(words.ROADS)}{firm.randint(1, 200)}号",
            phone=self._phone_landline(firm),
            industry="建筑业",
            chain_role=ChainRole.GENERAL_CONTRACTOR,
        )

    def _worker(
        self,
        rng: random.Random,
        industry: str,
        received: date,
        *,
        migrant_share: float,
        employed_share: float = 0.15,
        name: str | None = None,
    ) -> ApplicantData:
        _, jobs, (low, high), men = words.INDUSTRIES[industry]
        migrant = rng.random() < migrant_share
        sex = Sex.MALE if rng.random() < men else Sex.FEMALE
        region, place = rng.choice(words.MIGRANT_REGIONS if migrant else words.LOCAL_REGIONS)
        if name is None and rng.random() < 0.004:
            name, code, region = rng.choice(words.MINORITY_NAMES)
            sex, migrant, place = by_code(Sex, code), True, "新疆维吾尔自治区"
        age = rng.randint(19, 58) if industry == "建筑业" else rng.randint(18, 52)
        birth = date(received.year - age, rng.randint(1, 12), rng.randint(1, 28))
        start = received - timedelta(days=rng.randint(45, 1500))
        still_employed = rng.random() < employed_share
        end = None if still_employed else received - timedelta(days=rng.randint(0, 40))
        return ApplicantData(
            name=name or self._name(rng, sex),
            id_number=self._id_number(rng, region, birth, sex),
            sex=sex,
            phone=self._mobile(rng),
            is_migrant=migrant,
            employment_start=start,
            employment_end=max(end, start) if end else None,
            job=rng.choice(jobs),
            monthly_wage=_money(rng.randint(low, high), 100),
            address=f"{place}{rng.choice(words.VILLAGES)}{rng.randint(1, 9)}组",
        )

    # -- cases ------------------------------------------------------------------------------

    def case(self, profile: Profile) -> DemoCase:
        rng = self._rng("case", profile.index)
        if profile.collective:
            data = self._collective(rng, profile)
        else:
            data = self._individual(rng, profile)
        self._add_agents(rng, data)
        record = CaseRecord(data=data, status=profile.status)
        accept_due, mediate_due = self.deadlines(profile.received_on)
        self._set_progress(rng, record, mediate_due, profile.showcase)
        context = LifeContext(self.today, self.calendar, mediate_due)
        life = plan_life(self._rng("life", profile.index), record, context, profile.showcase)
        if life.extension is not None:
            mediate_due = life.extension.new_due
        created = datetime.combine(profile.received_on, time(8, 30)) + timedelta(
            minutes=rng.randint(0, 540)
        )
        last = life.last_day or profile.received_on
        updated = max(created, datetime.combine(last, time(16, rng.randint(0, 59))))
        return DemoCase(record, created, updated, accept_due, mediate_due, life)

    def _channel(self, rng: random.Random, received: date, index: int) -> tuple[Channel, str]:
        channel: Channel = _pick(rng, _CHANNEL_WEIGHTS)
        serial = f"{received:%Y%m%d}{index % 10000:04d}"
        ref = {
            Channel.ONLINE: f"WS{serial}",
            Channel.HOTLINE: f"12351-{serial}",
            Channel.TRANSFER: f"转办{received.year}-{rng.randint(1, 400)}",
        }.get(channel, "")
        return channel, ref

    def _form(self, rng: random.Random, channel: Channel) -> ApplicationForm:
        if channel in (Channel.ONLINE, Channel.LETTER, Channel.TRANSFER):
            return ApplicationForm.WRITTEN
        return ApplicationForm.ORAL if rng.random() < 0.4 else ApplicationForm.WRITTEN

    def _industry(self, rng: random.Random, category: Category) -> str:
        if category is Category.INJ and rng.random() < 0.6:
            return "建筑业"
        return _pick(rng, _INDUSTRY_WEIGHTS)

    def _individual(self, rng: random.Random, profile: Profile) -> CaseData:
        industry = self._industry(rng, profile.category)
        share = 0.6 if industry in ("建筑业", "纺织服装", "物流快递") else 0.3
        rare = words.RARE_NAMES[profile.index - 1] if 1 <= profile.index <= 3 else None
        if rare is None and rng.random() < 0.003:
            rare = rng.choice(words.RARE_NAMES)
        employed = _STILL_EMPLOYED.get(profile.category, 0.0)
        worker = self._worker(
            rng,
            industry,
            profile.received_on,
            migrant_share=share,
            employed_share=employed,
            name=rare,
        )
        employer = self._draw_employer(rng, industry)
        claims = self._claims(rng, profile.category, worker, profile.received_on)
        channel, ref = self._channel(rng, profile.received_on, profile.index)
        return CaseData(
            received_on=profile.received_on,
            category=profile.category,
            application_form=self._form(rng, channel),
            channel=channel,
            facts=self._facts(profile.category, worker, employer, claims),
            external_ref=ref,
            applicants=[worker],
            respondents=[employer],
            claims=claims,
        )

    def _collective(self, rng: random.Random, profile: Profile) -> CaseData:
        received = profile.received_on
        size = rng.randint(10, 30)
        sub = self._draw_employer(rng, "建筑业")
        sub = replace(sub, chain_role=ChainRole.SUBCONTRACTOR)
        respondents = [self._general_contractor(rng), sub]
        leader = self._name(rng, Sex.MALE)
        if rng.random() < 0.6:
            respondents.append(
                RespondentData(
                    name=leader,
                    phone=self._mobile(rng),
                    address=f"{rng.choice(words.MIGRANT_REGIONS)[1]}{rng.choice(words.VILLAGES)}",
                    industry="建筑业",
                    chain_role=ChainRole.TEAM_LEADER,
                )
            )
        start = received - timedelta(days=rng.randint(150, 400))
        end = received - timedelta(days=rng.randint(5, 40))
        rate = rng.choice((280, 300, 320, 350, 380, 420))
        workers: list[ApplicantData] = []
        claims: list[ClaimData] = []
        seen: set[str] = set()
        for i in range(size):
            worker = self._worker(rng, "建筑业", received, migrant_share=0.95, employed_share=0)
            if worker.id_number in seen:
                continue
            seen.add(worker.id_number)
            worker.employment_start, worker.employment_end = start, end
            worker.monthly_wage = _money(rate * 26, 10)
            worker.is_representative = i < rng.randint(3, 5)
            days = rng.randint(60, 220)
            claims.append(
                ClaimData(
                    applicant_index=len(workers),
                    category=ClaimCategory.WAGES,
                    description=f"支付{cn_date(start)}至{cn_date(end)}拖欠的工资（{days}个工日）",
                    amount=_money(days * rate, 10),
                    period_start=start,
                    period_end=end,
                )
            )
            workers.append(worker)
        total = sum((c.amount for c in claims if c.amount), Decimal(0))
        project = rng.choice(words.PROJECTS)
        facts = (
            f"申请人{workers[0].name}等{len(workers)}人经班组长{leader}招用，"
            f"自{cn_date(start)}起在{respondents[0].name}承建的{project}项目从事"
            f"{workers[0].job}等工作，劳务由{sub.name}分包。工程于{cn_date(end)}完工，"
            f"至今拖欠申请人工资共计{total:,.2f}元，经多次向班组长和项目部讨要未果。"
            f"申请人推举{'、'.join(w.name for w in workers if w.is_representative)}为代表，"
            "请求被申请人支付拖欠的工资。"
        )
        channel = rng.choice((Channel.WALK_IN, Channel.TRANSFER, Channel.HOTLINE))
        return CaseData(
            received_on=received,
            category=Category.PAY,
            application_form=ApplicationForm.WRITTEN,
            channel=channel,
            facts=facts,
            external_ref=f"转办{received.year}-{rng.randint(1, 400)}"
            if channel is Channel.TRANSFER
            else "",
            applicants=workers,
            respondents=respondents,
            claims=claims,
        )

    def _claims(
        self, rng: random.Random, category: Category, worker: ApplicantData, received: date
    ) -> list[ClaimData]:
        wage = worker.monthly_wage or Decimal(5000)
        start = worker.employment_start or received - timedelta(days=365)
        end = worker.employment_end or received
        months = max(1, (end - start).days // 30)
        c = ClaimCategory

        def claim(
            kind: ClaimCategory, text: str, amount: Decimal | None, period: bool = False
        ) -> ClaimData:
            owed_from = max(start, end - timedelta(days=30 * rng.randint(1, 4)))
            return ClaimData(
                0,
                kind,
                text,
                amount,
                owed_from if period else None,
                end if period else None,
            )

        w = float(wage)
        owed = _money(w * rng.uniform(0.8, 4.5), 50)
        severance_n = min(12, max(0.5, round(months / 12 * 2) / 2))
        if category is Category.PAY:
            claims = [claim(c.WAGES, "支付拖欠的工资", owed, True)]
            if rng.random() < 0.3:
                claims.append(
                    claim(c.OVERTIME, "支付延时加班工资", _money(w * rng.uniform(0.3, 2), 10))
                )
            if rng.random() < 0.15:
                claims.append(
                    claim(
                        c.DOUBLE_WAGES,
                        "支付未签订书面劳动合同的二倍工资差额",
                        _money(w * min(11, months), 100),
                    )
                )
            return claims
        if category is Category.CON_END:
            if rng.random() < 0.5:
                return [claim(c.SEVERANCE, "支付解除劳动合同经济补偿", _money(w * severance_n, 1))]
            return [
                claim(c.DAMAGES, "支付违法解除劳动合同赔偿金", _money(2 * w * severance_n, 1)),
                claim(c.WAGES, "支付当月工资", _money(w * rng.uniform(0.2, 1), 10), True),
            ]
        if category is Category.SI:
            return [claim(c.SOCIAL_INSURANCE, "为申请人补缴在职期间的社会保险费", None)]
        if category is Category.ELR:
            return [
                claim(c.CONFIRM_RELATION, "确认申请人与被申请人之间存在劳动关系", None),
                claim(c.WAGES, "支付拖欠的工资", owed, True),
            ]
        if category is Category.INJ:
            return [
                claim(
                    c.INJURY,
                    "支付工伤医疗费、停工留薪期工资等工伤待遇",
                    _money(rng.uniform(8000, 180000), 100),
                )
            ]
        if category is Category.HRS:
            days = rng.randint(3, 15)
            return [
                claim(
                    c.ANNUAL_LEAVE, f"支付{days}天未休年休假工资", _money(w / 21.75 * days * 2, 1)
                )
            ]
        if category is Category.CON_SIGN:
            return [
                claim(
                    c.DOUBLE_WAGES,
                    "支付未签订书面劳动合同的二倍工资差额",
                    _money(w * min(11, months), 1),
                )
            ]
        if category is Category.CON_CHG:
            return [claim(c.OTHER, "恢复原工作岗位并按原标准支付工资", None)]
        if category is Category.WEL:
            return [claim(c.OTHER, "发放高温津贴", _money(300 * rng.randint(1, 4), 1))]
        return [claim(c.OTHER, rng.choice(("出具解除劳动合同证明", "退还押金")), None)]

    def _facts(
        self,
        category: Category,
        worker: ApplicantData,
        employer: RespondentData,
        claims: list[ClaimData],
    ) -> str:
        start = cn_date(worker.employment_start) if worker.employment_start else "不详"
        intro = (
            f"申请人于{start}进入被申请人{employer.name}工作，任{worker.job}，"
            f"月工资约{worker.monthly_wage:,.0f}元。"
        )
        left = f"{cn_date(worker.employment_end)}离职" if worker.employment_end else "目前仍在职"
        total = sum((c.amount for c in claims if c.amount), Decimal(0))
        reasons = {
            Category.PAY: f"申请人{left}，被申请人拖欠工资未付，经多次催讨未果。",
            Category.CON_END: f"被申请人以经营调整为由通知解除劳动合同，申请人于{left.replace('离职', '')}离岗，"
            "认为被申请人应依法支付经济补偿或赔偿金。",
            Category.SI: "被申请人未为申请人缴纳社会保险费。",
            Category.ELR: "双方未签订书面劳动合同，被申请人否认与申请人存在劳动关系。",
            Category.INJ: "申请人在工作中受伤，已认定为工伤，被申请人未支付工伤待遇。",
            Category.HRS: "申请人在职期间未休年休假，被申请人未支付相应工资报酬。",
            Category.CON_SIGN: "被申请人自用工之日起未与申请人签订书面劳动合同。",
            Category.CON_CHG: "被申请人未经协商单方调整申请人的工作岗位并降低工资。",
            Category.WEL: "被申请人未按规定发放夏季高温津贴。",
            Category.OTH: f"申请人{left}，被申请人未办理相关离职手续。",
        }
        money = f"现请求金额合计{total:,.2f}元，" if total else ""
        return intro + reasons[category] + f"{money}申请调解。"

    def _add_agents(self, rng: random.Random, data: CaseData) -> None:
        if data.is_collective and rng.random() < 0.4:
            data.agents.append(
                AgentData(
                    AgentSide.APPLICANT,
                    self._name(rng, Sex.FEMALE),
                    "法律援助律师",
                    self._mobile(rng),
                )
            )
        elif rng.random() < 0.1:
            sex = Sex.MALE if rng.random() < 0.5 else Sex.FEMALE
            relation = rng.choice(("配偶", "儿子", "女儿", "兄弟", "同乡", "法律援助律师"))
            birth = date(
                data.received_on.year - rng.randint(22, 60), rng.randint(1, 12), rng.randint(1, 28)
            )
            id_number = (
                ""
                if relation == "法律援助律师"
                else self._id_number(rng, words.LOCAL_COUNTY, birth, sex)
            )
            data.agents.append(
                AgentData(
                    AgentSide.APPLICANT,
                    self._name(rng, sex),
                    relation,
                    self._mobile(rng),
                    id_number,
                    0,
                )
            )
        if rng.random() < 0.12:
            relation = rng.choice(("公司员工", "人事经理", "律师"))
            data.agents.append(
                AgentData(
                    AgentSide.RESPONDENT,
                    self._name(rng, Sex.MALE),
                    relation,
                    self._mobile(rng),
                    "",
                    0,
                )
            )

    # -- progress of the case ---------------------------------------------------------------

    def _workdays_later(self, day: date, low: int, high: int, rng: random.Random) -> date:
        n = rng.randint(low, high)
        return min(self.today, self.calendar.add_workdays(day, n) if n else day)

    def _set_progress(
        self,
        rng: random.Random,
        record: CaseRecord,
        due: date,
        showcase: Showcase | None,
    ) -> None:
        s, status = CaseStatus, record.status
        received = record.data.received_on
        accepted = (
            status in (s.MEDIATING, s.AGREED, s.FAILED)
            or (status is s.WITHDRAWN and rng.random() < 0.8)
            or (status is s.REFUSED and rng.random() < 0.5)
        )
        if accepted:
            record.accepted_on = self._workdays_later(received, 0, 3, rng)
            record.lead_mediator = rng.choice(words.MEDIATORS)[0]
            record.respondent_consent = Consent.YES
            record.respondent_consent_on = record.accepted_on
        if not status.is_open:
            record.closed_on = self._closed_on(rng, record, due, showcase)
            record.closure_reason = self._closure_reason(rng, record, due, showcase)
            if status is s.REFUSED:
                record.respondent_consent = Consent.NO
                record.respondent_consent_on = record.closed_on
        elif status is s.RECEIVED and rng.random() < 0.04:
            record.voided_on = min(self.today, received + timedelta(days=rng.randint(0, 2)))
            record.void_reason = rng.choice(words.VOID_REASONS)

    def _closure_reason(
        self, rng: random.Random, record: CaseRecord, due: date, showcase: Showcase | None
    ) -> str:
        """The reason code the workflow stores (empty only for agreed cases)."""
        if record.status is CaseStatus.WITHDRAWN:
            return FailureReason.APPLICANT_WITHDREW.value
        if record.status is CaseStatus.REFUSED:
            return FailureReason.RESPONDENT_DISAGREES.value
        if record.status is CaseStatus.NOT_ACCEPTED:
            weights = {
                NotAcceptedReason.OUT_OF_SCOPE: 4,
                NotAcceptedReason.ALREADY_PENDING: 3,
                NotAcceptedReason.IMPROPER_PARTIES: 2,
                NotAcceptedReason.NO_CONCRETE_CLAIM: 1,
            }
            return str(_pick(rng, weights))
        if record.status is CaseStatus.FAILED:
            late = record.closed_on is not None and record.closed_on > due
            if showcase is not None:
                return showcase.reason if late or showcase.reason != "overdue" else "no_agreement"
            if late and rng.random() < 0.8:
                return FailureReason.OVERDUE.value
            return rng.choice(
                (FailureReason.NO_AGREEMENT,) * 2 + (FailureReason.PARTY_TERMINATES,)
            ).value
        return ""

    def _closed_on(
        self, rng: random.Random, record: CaseRecord, due: date, showcase: Showcase | None
    ) -> date:
        start = record.accepted_on or record.data.received_on
        s, status = CaseStatus, record.status
        if showcase is not None:
            return self._closed_showcase(rng, start, due, showcase)
        if status is s.NOT_ACCEPTED or status is s.REFUSED:
            return self._workdays_later(start, 1, 3, rng)
        if status is s.AGREED:
            days = rng.randint(1, 14) if rng.random() < 0.85 else rng.randint(15, 45)
        elif status is s.FAILED:
            days = rng.randint(5, 16)
        else:
            days = rng.randint(1, 12)
        # Cases are closed in the office, on a working day.
        day = self.calendar.next_workday_on_or_after(start + timedelta(days=days))
        return min(self.today, day)

    def _closed_showcase(
        self, rng: random.Random, start: date, due: date, showcase: Showcase
    ) -> date:
        """A working day inside the last complete month (an overdue failure just after the due day)."""
        month_start, month_end = last_complete_month(self.today)
        if showcase.reason == FailureReason.OVERDUE.value:
            day = due + timedelta(days=rng.randint(1, 2))
        elif showcase.key == "reopened":
            day = self.calendar.add_workdays(start, rng.randint(6, 8))
        else:
            day = self.calendar.add_workdays(start, rng.randint(1, 5))
        day = self.calendar.next_workday_on_or_after(max(day, month_start))
        return min(day, month_end, self.today)
