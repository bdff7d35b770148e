"""Intake validation and normalisation of a whole case."""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediator.domain.enums import AgentSide, Category, ChainRole, ClaimCategory, IdType, Sex
from mediator.domain.errors import Issue, Severity
from mediator.domain.intake import IntakeRules, normalize_case, normalize_name, validate_case
from mediator.domain.model import AgentData, ApplicantData, CaseData, ClaimData, RespondentData

TODAY = date(2026, 11, 24)

ALLOWED_FIELDS = re.compile(
    r"received_on|category|facts|applicants|respondents"
    r"|applicants\.\d+\.(name|id_number|phone|employment_end|monthly_wage|sex)"
    r"|respondents\.\d+\.(name|uscc|phone)"
    r"|agents\.\d+\.(name|phone)"
    r"|claims\.\d+\.(amount|applicant_index|period_end)"
)


def applicant(
    name: str = "张三", id_number: str = "110101199003071233", **kw: object
) -> ApplicantData:
    fields: dict[str, object] = {
        "sex": Sex.MALE,
        "phone": "13812345678",
        "employment_start": date(2024, 3, 1),
        "employment_end": date(2026, 10, 31),
        "monthly_wage": Decimal("6000"),
    }
    fields.update(kw)
    return ApplicantData(name, id_number, **fields)  # type: ignore[arg-type]


def valid_case() -> CaseData:
    return CaseData(
        received_on=date(2026, 11, 20),
        category=Category.PAY,
        facts="申请人于2024年3月入职，被申请人拖欠2026年8月至10月工资。",
        applicants=[applicant()],
        respondents=[
            RespondentData("某某建筑有限公司", uscc="91110000600037341L", phone="0571-87654321")
        ],
        agents=[AgentData(AgentSide.APPLICANT, "李四", relation="兄弟", phone="13912345678")],
        claims=[
            ClaimData(
                0,
                ClaimCategory.WAGES,
                amount=Decimal("18000"),
                period_start=date(2026, 8, 1),
                period_end=date(2026, 10, 31),
            )
        ],
    )


def issues_at(issues: list[Issue], field: str) -> list[Issue]:
    return [issue for issue in issues if issue.field == field]


def only(issues: list[Issue], field: str, severity: Severity) -> Issue:
    found = issues_at(issues, field)
    assert len(found) == 1, issues
    assert found[0].severity is severity
    return found[0]


def errors(issues: list[Issue]) -> list[Issue]:
    return [issue for issue in issues if issue.is_error]


def test_valid_case_has_no_issues() -> None:
    assert validate_case(valid_case(), TODAY) == []


def test_validation_does_not_modify_the_case() -> None:
    data = valid_case()
    data.applicants[0].id_number = " 110101199003071233 "
    before = copy.deepcopy(data)
    validate_case(data, TODAY)
    assert data == before


# -- case level -------------------------------------------------------------------


def test_needs_an_applicant_and_a_respondent() -> None:
    data = replace(valid_case(), applicants=[], respondents=[], claims=[])
    issues = validate_case(data, TODAY)
    assert "至少需要一名申请人" in only(issues, "applicants", Severity.ERROR).message
    assert "至少需要一名被申请人" in only(issues, "respondents", Severity.ERROR).message


@pytest.mark.parametrize(
    ("received", "fragment"),
    [(date(2026, 11, 25), "晚于今天"), (date(1999, 12, 31), "早于2000年")],
)
def test_received_on_range(received: date, fragment: str) -> None:
    issues = validate_case(replace(valid_case(), received_on=received), TODAY)
    assert fragment in only(issues, "received_on", Severity.ERROR).message


@pytest.mark.parametrize("received", [TODAY, date(2000, 1, 1)])
def test_received_on_boundaries_are_allowed(received: date) -> None:
    assert validate_case(replace(valid_case(), received_on=received), TODAY) == []


def test_missing_received_on_and_category() -> None:
    data = replace(valid_case(), received_on=None, category=None)  # type: ignore[arg-type]
    issues = validate_case(data, TODAY)
    only(issues, "received_on", Severity.ERROR)
    only(issues, "category", Severity.ERROR)


def test_empty_facts_is_a_warning() -> None:
    issues = validate_case(replace(valid_case(), facts="  "), TODAY)
    only(issues, "facts", Severity.WARNING)
    assert errors(issues) == []


# -- names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["𠮷田", "王堃", "张喆", "阿卜杜热合曼·买买提", "欧阳娜娜", "John Smith", "䶮"],
)
def test_rare_characters_in_names_are_accepted(name: str) -> None:
    data = valid_case()
    data.applicants[0].name = name
    data.agents[0].name = name
    assert validate_case(data, TODAY) == []


def test_empty_names_are_errors() -> None:
    data = valid_case()
    data.applicants[0].name = " "
    data.respondents[0].name = ""
    data.agents[0].name = "\u3000"
    issues = validate_case(data, TODAY)
    assert only(issues, "applicants.0.name", Severity.ERROR).message.startswith("第1名申请人的姓名")
    assert "第1名被申请人" in only(issues, "respondents.0.name", Severity.ERROR).message
    assert "第1名委托代理人" in only(issues, "agents.0.name", Severity.ERROR).message


# -- ID numbers ----------------------------------------------------------------------


def test_wrong_check_digit_message_names_the_row() -> None:
    data = valid_case()
    data.applicants = [
        applicant("王五", "360426199101010071"),
        applicant("赵六", "110101199003071233"),
        applicant("张三", "110105194912310020", sex=Sex.FEMALE),
    ]
    issues = validate_case(data, TODAY)
    issue = only(issues, "applicants.2.id_number", Severity.ERROR)
    assert issue.message == "第3名申请人（张三）的身份证号码校验位错误，应为X，请核对证件"


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("1101051949123100", "现为16位"),
        ("110105190002290011", "不是有效日期"),
        ("11010519491231002Y", "第18位"),
        ("440524188001010014", "早于1900年"),
    ],
)
def test_invalid_resident_ids_are_errors(number: str, fragment: str) -> None:
    data = valid_case()
    data.applicants[0].id_number = number
    issue = only(validate_case(data, TODAY), "applicants.0.id_number", Severity.ERROR)
    assert issue.message.startswith("第1名申请人（张三）的")
    assert fragment in issue.message


def test_empty_resident_id_is_only_a_warning() -> None:
    data = valid_case()
    data.applicants[0].id_number = "  "
    issues = validate_case(data, TODAY)
    issue = only(issues, "applicants.0.id_number", Severity.WARNING)
    assert "未填写证件号码，将无法按身份证号查重" in issue.message
    assert errors(issues) == []


def test_empty_number_of_another_id_type_is_an_error() -> None:
    data = valid_case()
    data.applicants[0].id_type = IdType.PASSPORT
    data.applicants[0].id_number = ""
    issue = only(validate_case(data, TODAY), "applicants.0.id_number", Severity.ERROR)
    assert "护照号码未填写" in issue.message


def test_other_id_types_need_a_plausible_format() -> None:
    data = valid_case()
    data.applicants[0].id_type = IdType.HK_MACAO_PERMIT
    data.applicants[0].id_number = "H1234567"
    assert validate_case(data, TODAY) == []
    data.applicants[0].id_number = "H1"
    only(validate_case(data, TODAY), "applicants.0.id_number", Severity.ERROR)


def test_checksum_types_are_configurable() -> None:
    data = valid_case()
    data.applicants[0].id_number = "110101199003071234"  # wrong check char
    assert errors(validate_case(data, TODAY))
    rules = IntakeRules(checksum_id_types=frozenset())
    assert validate_case(data, TODAY, rules) == []


def test_same_id_twice_is_an_error_on_the_second() -> None:
    data = valid_case()
    data.applicants = [
        applicant("张三", "11010519491231002X", sex=Sex.FEMALE),
        applicant("李四", "360426199101010071"),
        applicant("张三丰", "110105491231002", sex=Sex.FEMALE),  # same person, old number
    ]
    issues = validate_case(data, TODAY)
    assert issues_at(issues, "applicants.0.id_number") == []
    issue = only(issues, "applicants.2.id_number", Severity.ERROR)
    assert "第3名申请人（张三丰）" in issue.message
    assert "第1名申请人（张三）" in issue.message


def test_two_applicants_without_id_are_not_duplicates() -> None:
    data = valid_case()
    data.applicants = [applicant("甲", ""), applicant("乙", "")]
    assert errors(validate_case(data, TODAY)) == []


def test_sex_contradicting_the_id_is_a_warning() -> None:
    data = valid_case()
    data.applicants[0].sex = Sex.FEMALE  # the 17th digit 3 is odd: male
    issues = validate_case(data, TODAY)
    issue = only(issues, "applicants.0.sex", Severity.WARNING)
    assert "女" in issue.message and "男" in issue.message
    assert errors(issues) == []


def test_unknown_sex_is_not_questioned() -> None:
    data = valid_case()
    data.applicants[0].sex = None
    assert validate_case(data, TODAY) == []


# -- employment and wages ------------------------------------------------------------


def test_employment_end_before_start_is_an_error() -> None:
    data = valid_case()
    data.applicants[0].employment_start = date(2026, 5, 1)
    data.applicants[0].employment_end = date(2026, 4, 30)
    issue = only(validate_case(data, TODAY), "applicants.0.employment_end", Severity.ERROR)
    assert "2026年4月30日" in issue.message and "2026年5月1日" in issue.message


def test_employment_end_after_today_is_a_warning() -> None:
    data = valid_case()
    data.applicants[0].employment_end = date(2026, 12, 31)
    only(validate_case(data, TODAY), "applicants.0.employment_end", Severity.WARNING)


def test_same_day_start_and_end_and_open_ended_employment_are_fine() -> None:
    data = valid_case()
    data.applicants[0].employment_start = date(2026, 5, 1)
    data.applicants[0].employment_end = date(2026, 5, 1)
    assert validate_case(data, TODAY) == []
    data.applicants[0].employment_end = None
    assert validate_case(data, TODAY) == []


@pytest.mark.parametrize(
    ("wage", "fragment"),
    [
        (Decimal("-1"), "负数"),
        (Decimal("4500.555"), "两位小数"),
        (Decimal("NaN"), "不是有效数字"),
    ],
)
def test_bad_monthly_wage(wage: Decimal, fragment: str) -> None:
    data = valid_case()
    data.applicants[0].monthly_wage = wage
    issue = only(validate_case(data, TODAY), "applicants.0.monthly_wage", Severity.ERROR)
    assert fragment in issue.message


@pytest.mark.parametrize("wage", [Decimal("0"), Decimal("4500.50"), Decimal("4500.500"), None])
def test_acceptable_monthly_wage(wage: Decimal | None) -> None:
    data = valid_case()
    data.applicants[0].monthly_wage = wage
    assert validate_case(data, TODAY) == []


# -- respondents ---------------------------------------------------------------------


def test_invalid_uscc_is_an_error() -> None:
    data = valid_case()
    data.respondents[0].uscc = "91110000600037341N"
    issue = only(validate_case(data, TODAY), "respondents.0.uscc", Severity.ERROR)
    assert issue.message.startswith("第1名被申请人（某某建筑有限公司）的统一社会信用代码")
    assert "应为L" in issue.message


@pytest.mark.parametrize(
    "role", [ChainRole.EMPLOYER, ChainRole.GENERAL_CONTRACTOR, ChainRole.SUBCONTRACTOR]
)
def test_missing_uscc_of_an_organisation_is_a_warning(role: ChainRole) -> None:
    data = valid_case()
    data.respondents[0] = RespondentData("某某劳务公司", chain_role=role)
    issues = validate_case(data, TODAY)
    only(issues, "respondents.0.uscc", Severity.WARNING)
    assert errors(issues) == []


@pytest.mark.parametrize("role", [ChainRole.TEAM_LEADER, ChainRole.ACTUAL_BUILDER])
def test_natural_persons_need_no_uscc(role: ChainRole) -> None:
    data = valid_case()
    data.respondents.append(RespondentData("包工头老王", chain_role=role))
    assert validate_case(data, TODAY) == []


def test_inner_org_code_is_a_switchable_warning() -> None:
    data = valid_case()
    data.respondents[0].uscc = "12100000400000000W"
    issues = validate_case(data, TODAY)
    assert "组织机构代码" in only(issues, "respondents.0.uscc", Severity.WARNING).message
    assert validate_case(data, TODAY, IntakeRules(org_code_check=False)) == []


def test_lower_case_uscc_is_accepted() -> None:
    data = valid_case()
    data.respondents[0].uscc = "91310115ma1k3btp2b"
    assert validate_case(data, TODAY) == []


# -- phones ---------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["applicants.0.phone", "respondents.0.phone", "agents.0.phone"])
def test_invalid_phone_is_an_error_everywhere(field: str) -> None:
    data = valid_case()
    kind, index, _ = field.split(".")
    getattr(data, kind)[int(index)].phone = "1381234567"
    issue = only(validate_case(data, TODAY), field, Severity.ERROR)
    assert "应为11位" in issue.message


def test_phone_outside_the_strict_ranges_is_a_warning() -> None:
    data = valid_case()
    data.applicants[0].phone = "14012345678"
    issues = validate_case(data, TODAY)
    only(issues, "applicants.0.phone", Severity.WARNING)
    assert errors(issues) == []


def test_empty_phones_and_landlines_are_fine() -> None:
    data = valid_case()
    data.applicants[0].phone = ""
    data.respondents[0].phone = "(010)12345678"
    data.agents[0].phone = " "
    assert validate_case(data, TODAY) == []


def test_mobile_pattern_is_a_rule() -> None:
    data = valid_case()
    data.applicants[0].phone = "12012345678"
    assert errors(validate_case(data, TODAY))
    relaxed = IntakeRules(mobile_pattern=r"^1\d{10}$")
    issues = validate_case(data, TODAY, relaxed)
    only(issues, "applicants.0.phone", Severity.WARNING)


# -- claims ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "fragment"),
    [
        (Decimal("-0.01"), "负数"),
        (Decimal("100.001"), "两位小数"),
        (Decimal("sNaN"), "不是有效数字"),
    ],
)
def test_bad_claim_amount(amount: Decimal, fragment: str) -> None:
    data = valid_case()
    data.claims[0].amount = amount
    issue = only(validate_case(data, TODAY), "claims.0.amount", Severity.ERROR)
    assert issue.message.startswith("第1项请求的金额")
    assert fragment in issue.message


def test_claim_without_amount_is_fine() -> None:
    data = valid_case()
    data.claims.append(ClaimData(0, ClaimCategory.CONFIRM_RELATION))
    assert validate_case(data, TODAY) == []


@pytest.mark.parametrize("index", [-1, 1, 5])
def test_claim_applicant_index_in_range(index: int) -> None:
    data = valid_case()
    data.claims[0].applicant_index = index
    issue = only(validate_case(data, TODAY), "claims.0.applicant_index", Severity.ERROR)
    assert "不存在" in issue.message


def test_claim_period_reversed() -> None:
    data = valid_case()
    data.claims[0].period_start = date(2026, 10, 31)
    data.claims[0].period_end = date(2026, 8, 1)
    only(validate_case(data, TODAY), "claims.0.period_end", Severity.ERROR)


# -- all messages ---------------------------------------------------------------------


def broken_case() -> CaseData:
    """A case with something wrong in every field intake checks."""
    data = valid_case()
    data.received_on = date(2027, 1, 1)
    data.facts = ""
    data.applicants = [
        applicant("", "110105194912310020", sex=Sex.MALE, phone="123"),
        applicant("李四", "", monthly_wage=Decimal("-5"), employment_end=date(2027, 3, 1)),
        applicant("王五", "11010519491231002X", sex=Sex.MALE, employment_start=date(2027, 4, 1)),
        applicant("王五", "11010519491231002X", sex=Sex.FEMALE),
    ]
    data.respondents = [
        RespondentData("", uscc="91110000600037341I", phone="abc"),
        RespondentData("某分包公司", chain_role=ChainRole.SUBCONTRACTOR, phone="14012345678"),
        RespondentData("某机关", uscc="12100000400000000W"),
    ]
    data.agents = [AgentData(AgentSide.RESPONDENT, "", phone="0000")]
    data.claims = [
        ClaimData(9, ClaimCategory.WAGES, amount=Decimal("-1")),
        ClaimData(
            0, ClaimCategory.OVERTIME, period_start=date(2026, 5, 1), period_end=date(2026, 4, 1)
        ),
    ]
    return data


def test_every_issue_uses_a_known_field_and_a_chinese_sentence() -> None:
    issues = validate_case(broken_case(), TODAY)
    assert len(issues) >= 20
    for issue in issues:
        assert ALLOWED_FIELDS.fullmatch(issue.field), issue.field
        assert re.search(r"[\u4e00-\u9fff]", issue.message)
        assert "None" not in issue.message
    fields = {issue.field for issue in issues}
    assert {"applicants.2.sex", "applicants.3.id_number", "respondents.2.uscc"} <= fields


def test_row_messages_are_numbered_from_one() -> None:
    issues = validate_case(broken_case(), TODAY)
    for issue in issues:
        match = re.fullmatch(r"(applicants|respondents|agents|claims)\.(\d+)\..*", issue.field)
        if match:
            assert f"第{int(match.group(2)) + 1}" in issue.message, issue


text = st.text(max_size=25)


@given(
    name=text,
    id_number=text,
    id_type=st.sampled_from(IdType),
    phone=text,
    uscc=text,
    amount=st.one_of(st.none(), st.decimals(allow_nan=True, allow_infinity=True)),
)
def test_validation_never_raises(
    name: str,
    id_number: str,
    id_type: IdType,
    phone: str,
    uscc: str,
    amount: Decimal | None,
) -> None:
    data = valid_case()
    data.applicants[0] = replace(
        data.applicants[0], name=name, id_number=id_number, id_type=id_type, phone=phone
    )
    data.respondents[0] = replace(data.respondents[0], name=name, uscc=uscc, phone=phone)
    data.claims[0].amount = amount
    issues = validate_case(data, TODAY)
    issues_after_normalising = validate_case(normalize_case(data, TODAY), TODAY)
    for issue in issues + issues_after_normalising:
        assert ALLOWED_FIELDS.fullmatch(issue.field)


# -- normalisation --------------------------------------------------------------------


def messy_case() -> CaseData:
    data = valid_case()
    data.applicants = [
        applicant(" 张 三 ", " 110105 491231002 ", sex=Sex.FEMALE, phone="+86 138-1234-5678"),
        applicant("阿卜杜拉•买买提", "36042619910101007１", phone="(0571)87654321"),
        applicant("𠮷田\u3000花子", "", phone="not a phone"),
    ]
    data.respondents = [
        RespondentData(" 某某建筑有限公司 ", uscc=" 91310115ma1k3btp2b ", legal_rep=" 王 总 ")
    ]
    data.agents = [AgentData(AgentSide.APPLICANT, " 李四 ", phone="0086 139 1234 5678")]
    data.facts = "  事实与理由  "
    return data


def test_normalize_case_cleans_names_ids_and_phones() -> None:
    result = normalize_case(messy_case(), TODAY)
    first, second, third = result.applicants
    assert first.name == "张三"
    assert first.id_number == "11010519491231002X"
    assert first.phone == "13812345678"
    assert second.name == "阿卜杜拉·买买提"
    assert second.id_number == "360426199101010071"
    assert second.phone == "0571-87654321"
    assert third.name == "𠮷田花子"  # no spaces inside a Chinese name
    assert third.phone == "not a phone"  # invalid numbers are left for validation to report
    respondent = result.respondents[0]
    assert respondent.name == "某某建筑有限公司"
    assert respondent.uscc == "91310115MA1K3BTP2B"
    assert respondent.legal_rep == "王总"
    assert result.agents[0].name == "李四"
    assert result.agents[0].phone == "13912345678"
    assert result.facts == "事实与理由"


def test_normalize_case_returns_a_copy() -> None:
    data = messy_case()
    before = copy.deepcopy(data)
    result = normalize_case(data, TODAY)
    assert data == before
    assert result.applicants[0] is not data.applicants[0]
    assert result.claims[0] is not data.claims[0]
    assert result.claims == data.claims


def test_normalized_messy_case_validates_except_the_bad_phone() -> None:
    issues = validate_case(normalize_case(messy_case(), TODAY), TODAY)
    assert [issue.field for issue in errors(issues)] == ["applicants.2.phone"]


def test_normalize_is_idempotent() -> None:
    once = normalize_case(messy_case(), TODAY)
    assert normalize_case(once, TODAY) == once


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  张  三 ", "张三"),
        ("John   Smith", "John Smith"),
        ("玛丽・居里", "玛丽·居里"),
        ("买买提.吐尔逊", "买买提·吐尔逊"),
        ("A.B. Smith", "A.B. Smith"),
        ("𠮷", "𠮷"),
        ("\u3000王堃\u3000", "王堃"),
    ],
)
def test_normalize_name(raw: str, clean: str) -> None:
    assert normalize_name(raw) == clean


def test_a_huge_claim_amount_is_an_error_not_a_crash() -> None:
    from decimal import Decimal

    from tests.helpers.factories import single_case

    data = single_case()
    data.claims[0].amount = Decimal("1e26")
    issues = validate_case(data, date(2026, 11, 24))
    assert any(i.field == "claims.0.amount" and "过大" in i.message for i in issues)
