"""Valid case data for tests (identifiers pass their check characters)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from mediator.domain.enums import Category, ChainRole, ClaimCategory, Sex
from mediator.domain.model import ApplicantData, CaseData, ClaimData, RespondentData

GENERAL_CONTRACTOR_USCC = "91110000600037341L"
SUBCONTRACTOR_USCC = "91350100M000100Y43"


def resident_id(birth: date, seq: int, region: str = "110105") -> str:
    """A resident ID number with a correct check character (GB 11643)."""
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


WORKER_NAMES = [
    "吉𠮷",
    "赵堃",
    "王喆",
    "张伟",
    "李娜",
    "刘洋",
    "陈静",
    "杨磊",
    "黄敏",
    "周杰",
    "吴芳",
    "徐强",
]


def worker(i: int, name: str | None = None) -> ApplicantData:
    sex = Sex.MALE if i % 2 == 0 else Sex.FEMALE
    seq = 11 + 2 * i if sex is Sex.MALE else 12 + 2 * i
    return ApplicantData(
        name=name or WORKER_NAMES[i % len(WORKER_NAMES)],
        id_number=resident_id(date(1980 + i % 20, 1 + i % 12, 1 + i % 28), seq),
        sex=sex,
        phone=f"139{i:08d}",
        is_migrant=True,
        employment_start=date(2025, 3, 1),
        employment_end=date(2026, 8, 31),
        job="钢筋工",
        monthly_wage=Decimal("8000"),
    )


def collective_case(workers: int = 12, received_on: date = date(2026, 9, 30)) -> CaseData:
    """A wage-arrears case of ``workers`` migrant workers against a contractor chain."""
    applicants = [worker(i) for i in range(workers)]
    applicants[0].is_representative = True
    return CaseData(
        received_on=received_on,
        category=Category.PAY,
        facts="申请人在某小区二期工地从事钢筋工作，工程完工后工资未结清。",
        applicants=applicants,
        respondents=[
            RespondentData(
                "城南建设集团有限公司",
                uscc=GENERAL_CONTRACTOR_USCC,
                legal_rep="王建国",
                chain_role=ChainRole.GENERAL_CONTRACTOR,
            ),
            RespondentData(
                "某劳务分包有限公司",
                uscc=SUBCONTRACTOR_USCC,
                legal_rep="赵四",
                chain_role=ChainRole.SUBCONTRACTOR,
            ),
        ],
        claims=[
            ClaimData(i, ClaimCategory.WAGES, "拖欠工资", Decimal("16000") + i)
            for i in range(workers)
        ],
    )


def single_case(name: str = "吉𠮷", received_on: date = date(2026, 9, 30)) -> CaseData:
    data = collective_case(1, received_on)
    data.applicants[0].name = name
    data.respondents = data.respondents[:1]
    return data
