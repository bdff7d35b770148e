"""Validation and normalisation of a case as entered at intake.

``validate_case`` collects every problem at once as ``Issue`` objects, so the
form can mark all fields and the importer can report all rows. Field paths
use 0-based list positions ("applicants.2.id_number"); messages name the row
1-based as staff count it ("第3名申请人（张三）的…") and say how to fix it.
Errors block saving; warnings are shown but do not.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from mediator.domain.enums import Category, ChainRole, IdType
from mediator.domain.errors import Issue, Severity
from mediator.domain.identifiers import (
    IdCheck,
    check_id_number,
    check_phone,
    check_uscc,
    normalize_id_number,
    normalize_resident_id,
    normalize_uscc,
    uscc_org_code_warning,
)
from mediator.domain.model import (
    AgentData,
    ApplicantData,
    CaseData,
    ClaimData,
    RespondentData,
)
from mediator.domain.money import amount_problem

EARLIEST_RECEIVED = date(2000, 1, 1)
USCC_EXPECTED_ROLES = frozenset(
    {ChainRole.EMPLOYER, ChainRole.GENERAL_CONTRACTOR, ChainRole.SUBCONTRACTOR}
)
"""Chain roles that are organisations and so should have a USCC (a 班组长 usually has none)."""


@dataclass(frozen=True)
class IntakeRules:
    """The configurable parts of intake validation (domain.md 8.2)."""

    checksum_id_types: frozenset[IdType] = frozenset({IdType.RESIDENT_ID})
    mobile_pattern: str = r"^1[3-9]\d{9}$"
    org_code_check: bool = True
    """Check the GB 11714 organisation code inside a USCC (warning only)."""


def _cn(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _row(kind: str, index: int, name: str) -> str:
    """Row label such as 第3名申请人（张三）; without the brackets while the name is empty."""
    name = name.strip()
    return f"第{index + 1}名{kind}" + (f"（{name}）" if name else "")


class _Collector:
    """Accumulates issues; keeps the validation functions short."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []

    def error(self, field: str, message: str) -> None:
        self.issues.append(Issue(field, message, Severity.ERROR))

    def warn(self, field: str, message: str) -> None:
        self.issues.append(Issue(field, message, Severity.WARNING))


def validate_case(data: CaseData, today: date, rules: IntakeRules = IntakeRules()) -> list[Issue]:
    """All problems of ``data``, errors and warnings, in form order."""
    out = _Collector()
    _check_case_fields(data, today, out)
    _check_applicants(data.applicants, today, rules, out)
    _check_respondents(data.respondents, rules, out)
    _check_agents(data.agents, rules, out)
    _check_claims(data.claims, len(data.applicants), out)
    return out.issues


# -- case level ---------------------------------------------------------------


def _check_case_fields(data: CaseData, today: date, out: _Collector) -> None:
    received = data.received_on
    if not isinstance(received, date):
        out.error("received_on", "收到申请日期未填写，请填写")
    elif received > today:
        out.error("received_on", f"收到申请日期（{_cn(received)}）晚于今天，请核对")
    elif received < EARLIEST_RECEIVED:
        out.error("received_on", f"收到申请日期（{_cn(received)}）早于2000年，请核对年份")
    if not isinstance(data.category, Category):
        out.error("category", "未选择争议类别，请选择")
    if not data.facts.strip():
        out.warn("facts", "未填写事实与理由，受理审查需要具体的事实，请在受理前补充")
    if not data.applicants:
        out.error("applicants", "至少需要一名申请人，请添加申请人")
    if not data.respondents:
        out.error("respondents", "至少需要一名被申请人，请添加被申请人")


# -- applicants ---------------------------------------------------------------


def _check_applicants(
    applicants: list[ApplicantData], today: date, rules: IntakeRules, out: _Collector
) -> None:
    seen: dict[str, str] = {}  # normalised ID number -> row label of its first holder
    for index, applicant in enumerate(applicants):
        label = _row("申请人", index, applicant.name)
        path = f"applicants.{index}"
        if not applicant.name.strip():
            out.error(f"{path}.name", f"{label}的姓名未填写，请填写姓名")
        check = _check_applicant_id(applicant, label, path, today, rules, out)
        if check is not None and check.normalized:
            _check_duplicate_id(check.normalized, label, f"{path}.id_number", seen, out)
        _check_phone(applicant.phone, label, f"{path}.phone", rules, out)
        _check_employment(applicant, label, path, today, out)
        _check_wage(applicant.monthly_wage, label, f"{path}.monthly_wage", out)
        _check_length(
            applicant.mailing_address, 200, f"{label}的通讯地址", f"{path}.mailing_address", out
        )


def _check_applicant_id(
    applicant: ApplicantData,
    label: str,
    path: str,
    today: date,
    rules: IntakeRules,
    out: _Collector,
) -> IdCheck | None:
    """Check the ID number and the sex it implies; None if no number was given."""
    field = f"{path}.id_number"
    if not applicant.id_number.strip():
        if applicant.id_type is IdType.RESIDENT_ID:
            out.warn(field, f"{label}未填写证件号码，将无法按身份证号查重")
        else:
            out.error(field, f"{label}的{applicant.id_type.label}号码未填写，请填写")
        return None
    check = check_id_number(applicant.id_type, applicant.id_number, today, rules.checksum_id_types)
    if not check.ok:
        out.error(field, f"{label}的{check.message}")
    elif check.sex is not None and applicant.sex is not None and applicant.sex != check.sex:
        out.warn(
            f"{path}.sex",
            f"{label}的性别填的是{applicant.sex.label}，但身份证号码第17位表示"
            f"{check.sex.label}，请核对性别或证件号码",
        )
    return check


def _check_duplicate_id(
    number: str, label: str, field: str, seen: dict[str, str], out: _Collector
) -> None:
    first = seen.get(number)
    if first is None:
        seen[number] = label
        return
    out.error(
        field,
        f"{label}的证件号码与{first}相同，同一人不能在一个案件中登记两次，"
        "请删除重复的申请人或核对号码",
    )


def _check_employment(
    applicant: ApplicantData, label: str, path: str, today: date, out: _Collector
) -> None:
    start, end = applicant.employment_start, applicant.employment_end
    field = f"{path}.employment_end"
    if start is not None and end is not None and start > end:
        out.error(
            field,
            f"{label}的离职日期（{_cn(end)}）早于入职日期（{_cn(start)}），请核对这两个日期",
        )
    elif end is not None and end > today:
        out.warn(
            field,
            f"{label}的离职日期（{_cn(end)}）晚于今天，请确认是否尚未离职；尚未离职请留空",
        )


def _check_wage(wage: Decimal | None, label: str, field: str, out: _Collector) -> None:
    if wage is None:
        return
    problem = amount_problem(wage, "月工资")
    if problem:
        out.error(field, f"{label}的{problem}")


# -- respondents --------------------------------------------------------------


def _check_respondents(
    respondents: list[RespondentData], rules: IntakeRules, out: _Collector
) -> None:
    for index, respondent in enumerate(respondents):
        label = _row("被申请人", index, respondent.name)
        path = f"respondents.{index}"
        if not respondent.name.strip():
            out.error(f"{path}.name", f"{label}的名称未填写，请填写单位名称或姓名")
        _check_respondent_uscc(respondent, label, f"{path}.uscc", rules, out)
        _check_phone(respondent.phone, label, f"{path}.phone", rules, out)
        title = f"{label}的法定代表人职务"
        _check_length(respondent.legal_rep_title, 32, title, f"{path}.legal_rep_title", out)
        _check_length(
            respondent.mailing_address, 200, f"{label}的通讯地址", f"{path}.mailing_address", out
        )


def _check_length(value: str, limit: int, what: str, field: str, out: _Collector) -> None:
    """The column holds ``limit`` characters; say so rather than cut the text."""
    if len(value.strip()) > limit:
        out.error(field, f"{what}不能超过{limit}个字")


def _check_respondent_uscc(
    respondent: RespondentData, label: str, field: str, rules: IntakeRules, out: _Collector
) -> None:
    if not respondent.uscc.strip():
        if respondent.chain_role in USCC_EXPECTED_ROLES:
            out.warn(
                field,
                f"{label}未填写统一社会信用代码，将无法按代码查重，请对照营业执照补填",
            )
        return
    check = check_uscc(respondent.uscc)
    if not check.ok:
        out.error(field, f"{label}的{check.message}")
        return
    if rules.org_code_check:
        warning = uscc_org_code_warning(check.normalized)
        if warning:
            out.warn(field, f"{label}的{warning}")


# -- agents and phones --------------------------------------------------------


def _check_agents(agents: list[AgentData], rules: IntakeRules, out: _Collector) -> None:
    for index, agent in enumerate(agents):
        label = _row("委托代理人", index, agent.name)
        path = f"agents.{index}"
        if not agent.name.strip():
            out.error(f"{path}.name", f"{label}的姓名未填写，请填写姓名")
        _check_phone(agent.phone, label, f"{path}.phone", rules, out)


def _check_phone(value: str, label: str, field: str, rules: IntakeRules, out: _Collector) -> None:
    """An empty phone is allowed; anything else must be a mobile or a landline."""
    if not value.strip():
        return
    check = check_phone(value, rules.mobile_pattern)
    if not check.ok:
        out.error(field, f"{label}的{check.message}")
    elif check.warning:
        out.warn(field, f"{label}的{check.warning}")


# -- claims -------------------------------------------------------------------


def _check_claims(claims: list[ClaimData], applicant_count: int, out: _Collector) -> None:
    for index, claim in enumerate(claims):
        label = f"第{index + 1}项请求"
        path = f"claims.{index}"
        if claim.amount is not None:
            problem = amount_problem(claim.amount, "金额")
            if problem:
                out.error(f"{path}.amount", f"{label}的{problem}")
        if not 0 <= claim.applicant_index < applicant_count:
            out.error(
                f"{path}.applicant_index",
                f"{label}对应的申请人（第{claim.applicant_index + 1}名）不存在，"
                "请重新选择提出该请求的申请人",
            )
        start, end = claim.period_start, claim.period_end
        if start is not None and end is not None and start > end:
            out.error(
                f"{path}.period_end",
                f"{label}的期间结束日（{_cn(end)}）早于开始日（{_cn(start)}），请核对",
            )


# -- normalisation --------------------------------------------------------------

_SPACES = re.compile(r"\s+")
# Look-alikes of the middle dot in minority names (阿卜杜拉·买买提) typed from
# various input methods; unified so that duplicate checks find the person.
_DOT_VARIANTS = re.compile(r"[•‧・･∙⋅．]|(?<=[^\x00-\x7f])\.(?=[^\x00-\x7f])")
_SPACE_BETWEEN_CJK = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


def normalize_name(name: str) -> str:
    """Tidy a person's or company's name without ever changing its characters.

    Strips and collapses whitespace, drops spaces between Chinese characters
    ("张 三" -> "张三"), and unifies middle-dot look-alikes to "·". No NFKC:
    it would rewrite compatibility ideographs that some names use.
    """
    text = _SPACES.sub(" ", name).strip()
    text = _SPACE_BETWEEN_CJK.sub("", text)
    return _DOT_VARIANTS.sub("·", text)


def _normalize_phone(value: str, pattern: str = IntakeRules.mobile_pattern) -> str:
    """The canonical form of a valid number; an invalid one only loses outer spaces."""
    if not value.strip():
        return ""
    check = check_phone(value, pattern)
    return check.normalized if check.ok else value.strip()


def normalize_case(data: CaseData, today: date) -> CaseData:
    """A copy of ``data`` with names, ID numbers and phones cleaned up; no validation.

    ``today`` is accepted for symmetry with ``validate_case``; normalisation
    does not currently depend on the date.
    """
    return dataclasses.replace(
        data,
        facts=data.facts.strip(),
        external_ref=data.external_ref.strip(),
        applicants=[_normalize_applicant(a) for a in data.applicants],
        respondents=[_normalize_respondent(r) for r in data.respondents],
        agents=[_normalize_agent(a) for a in data.agents],
        claims=[dataclasses.replace(c) for c in data.claims],
    )


def _normalize_applicant(applicant: ApplicantData) -> ApplicantData:
    return dataclasses.replace(
        applicant,
        name=normalize_name(applicant.name),
        id_number=normalize_id_number(applicant.id_type, applicant.id_number),
        phone=_normalize_phone(applicant.phone),
        job=applicant.job.strip(),
        address=applicant.address.strip(),
        mailing_address=applicant.mailing_address.strip(),
    )


def _normalize_respondent(respondent: RespondentData) -> RespondentData:
    return dataclasses.replace(
        respondent,
        name=normalize_name(respondent.name),
        uscc=normalize_uscc(respondent.uscc),
        legal_rep=normalize_name(respondent.legal_rep),
        legal_rep_title=respondent.legal_rep_title.strip(),
        address=respondent.address.strip(),
        mailing_address=respondent.mailing_address.strip(),
        phone=_normalize_phone(respondent.phone),
        industry=respondent.industry.strip(),
    )


def _normalize_agent(agent: AgentData) -> AgentData:
    return dataclasses.replace(
        agent,
        name=normalize_name(agent.name),
        relation=agent.relation.strip(),
        phone=_normalize_phone(agent.phone),
        # An agent's ID type is not recorded; most carry a resident ID card.
        id_number=normalize_resident_id(agent.id_number),
    )
