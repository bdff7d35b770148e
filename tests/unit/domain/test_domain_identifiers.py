"""Identifier checks: every vector of domain.md 5.1, 5.2 and 5.3, plus edge cases."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediator.domain.enums import IdType, Sex
from mediator.domain.identifiers import (
    STRICT_CN_MOBILE,
    USCC_ALPHABET,
    check_id_number,
    check_phone,
    check_resident_id,
    check_uscc,
    normalize_resident_id,
    org_code_check_char,
    resident_id_check_char,
    upgrade_15_to_18,
    uscc_check_char,
    uscc_org_code_warning,
)

TODAY = date(2026, 11, 24)

# --------------------------------------------------------------------------
# 5.1 公民身份号码
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "normalized", "birth", "sex"),
    [
        ("11010519491231002X", "11010519491231002X", date(1949, 12, 31), Sex.FEMALE),
        ("360426199101010071", "360426199101010071", date(1991, 1, 1), Sex.MALE),
        ("110101199003071233", "110101199003071233", date(1990, 3, 7), Sex.MALE),
        ("11010519491231002x", "11010519491231002X", date(1949, 12, 31), Sex.FEMALE),
    ],
)
def test_valid_resident_ids_from_the_standard(
    value: str, normalized: str, birth: date, sex: Sex
) -> None:
    result = check_resident_id(value, TODAY)
    assert result.ok, result.message
    assert result.normalized == normalized
    assert result.birth_date == birth
    assert result.sex is sex
    assert result.message == ""


@pytest.mark.parametrize(
    ("first17", "check"),
    [
        ("11010519491231002", "X"),  # S=167, r=2
        ("44052418800101001", "4"),  # S=195, r=8 (the 1880 sample)
        ("36042619910101007", "1"),  # S=231, r=0
        ("11010119900307123", "3"),  # S=174, r=9
    ],
)
def test_resident_check_char_vectors(first17: str, check: str) -> None:
    assert resident_id_check_char(first17) == check


def test_1880_sample_has_valid_checksum_but_implausible_birth_year() -> None:
    # domain.md 5.1: "valid checksum" - yet nobody born in 1880 brings a case.
    result = check_resident_id("440524188001010014", TODAY)
    assert not result.ok
    assert "校验位" not in result.message
    assert "1880年1月1日" in result.message
    assert "1900" in result.message
    assert result.birth_date == date(1880, 1, 1)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("110105194912310020", "校验位错误，应为X"),
        ("110105190002290011", "19000229"),
        ("1101051949123100", "现为16位"),
        ("11010519491231002Y", "第18位“Y”"),
    ],
)
def test_invalid_resident_ids_from_the_standard(value: str, fragment: str) -> None:
    result = check_resident_id(value, TODAY)
    assert not result.ok
    assert fragment in result.message
    assert result.message.endswith("请核对证件") or "请核对" in result.message


def test_wrong_check_char_message_is_exact() -> None:
    result = check_resident_id("110105194912310020", TODAY)
    assert result.message == "身份证号码校验位错误，应为X，请核对证件"
    # the date is real, so intake can still compare the sex
    assert result.birth_date == date(1949, 12, 31)


def test_invalid_birth_date_is_reported_not_the_checksum() -> None:
    result = check_resident_id("110105190002290011", TODAY)
    assert "不是有效日期" in result.message
    assert result.birth_date is None


def test_fifteen_digit_number_is_upgraded() -> None:
    assert upgrade_15_to_18("110105491231002") == "11010519491231002X"
    result = check_resident_id("110105491231002", TODAY)
    assert result.ok
    assert result.normalized == "11010519491231002X"
    assert result.birth_date == date(1949, 12, 31)
    assert result.sex is Sex.FEMALE


def test_upgrade_refuses_non_15_digit_input() -> None:
    with pytest.raises(ValueError):
        upgrade_15_to_18("11010549123100")


@pytest.mark.parametrize(
    "value",
    [
        " 110105 19491231 002X ",
        "11010519491231002x\n",
        "１１０１０５１９４９１２３１００２Ｘ",  # full-width input method
        "11010519491231002\u3000X",
    ],
)
def test_spaces_and_full_width_are_cleaned(value: str) -> None:
    result = check_resident_id(value, TODAY)
    assert result.ok
    assert result.normalized == "11010519491231002X"


def test_letter_inside_first_17_names_the_position() -> None:
    result = check_resident_id("1101051949123100AX", TODAY)
    assert not result.ok
    assert "第17位“A”" in result.message


def test_empty_resident_id() -> None:
    result = check_resident_id("   ", TODAY)
    assert not result.ok
    assert "未填写" in result.message


def _with_check(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


def test_future_birth_date_is_rejected() -> None:
    number = _with_check("11010520270101001")
    result = check_resident_id(number, TODAY)
    assert not result.ok
    assert "晚于今天" in result.message


def test_person_under_14_is_rejected_and_14_is_accepted() -> None:
    thirteen = _with_check("11010520121125001")  # turns 14 tomorrow
    fourteen = _with_check("11010520121124001")  # turns 14 today
    assert not check_resident_id(thirteen, TODAY).ok
    assert "不满14周岁" in check_resident_id(thirteen, TODAY).message
    assert check_resident_id(fourteen, TODAY).ok


def test_born_in_1900_is_accepted() -> None:
    assert check_resident_id(_with_check("11010519000101001"), TODAY).ok


def test_unknown_region_code_is_never_rejected() -> None:
    # 990000 is no region at all; the region table is not our business.
    assert check_resident_id(_with_check("99000019800101001"), TODAY).ok


def test_checksum_can_be_switched_off() -> None:
    result = check_resident_id("110105194912310020", TODAY, verify_checksum=False)
    assert result.ok


def test_normalize_resident_id_does_not_validate() -> None:
    assert normalize_resident_id(" abc ") == "ABC"
    assert normalize_resident_id("110105491231002") == "11010519491231002X"


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_any_17_digits_with_their_check_char_pass_the_checksum(first17: str) -> None:
    number = first17 + resident_id_check_char(first17)
    result = check_resident_id(number, TODAY)
    assert "校验位" not in result.message
    # the closed form from stdnum agrees with the weighted sum
    closed = (1 - 2 * int(first17, 13)) % 11
    assert number[-1] == ("X" if closed == 10 else str(closed))


@given(
    st.text(alphabet="0123456789", min_size=17, max_size=17),
    st.sampled_from("0123456789X"),
)
def test_every_wrong_check_char_is_caught(first17: str, check: str) -> None:
    result = check_resident_id(first17 + check, TODAY)
    if check != resident_id_check_char(first17):
        assert not result.ok


# --------------------------------------------------------------------------
# Other ID types
# --------------------------------------------------------------------------


def test_passport_needs_only_a_plausible_format() -> None:
    result = check_id_number(IdType.PASSPORT, " e1234 5678 ", TODAY)
    assert result.ok
    assert result.normalized == "E12345678"


@pytest.mark.parametrize("value", ["", "E12", "E1234567890123456789012345678901", "E123*456"])
def test_bad_passport_numbers(value: str) -> None:
    result = check_id_number(IdType.PASSPORT, value, TODAY)
    assert not result.ok
    assert result.message.startswith("护照号码")


def test_hk_permit_with_parentheses_and_hyphen() -> None:
    assert check_id_number(IdType.HK_MACAO_PERMIT, "H1234567(8)", TODAY).ok
    assert check_id_number(IdType.TAIWAN_PERMIT, "1234-5678", TODAY).ok


def test_resident_id_type_delegates_to_the_full_check() -> None:
    assert not check_id_number(IdType.RESIDENT_ID, "110105194912310020", TODAY).ok
    assert check_id_number(IdType.RESIDENT_ID, "11010519491231002x", TODAY).ok


def test_resident_checksum_follows_the_setting() -> None:
    no_checksum: frozenset[IdType] = frozenset()
    assert check_id_number(IdType.RESIDENT_ID, "110105194912310020", TODAY, no_checksum).ok


def test_other_18_char_types_use_the_checksum_only_when_configured() -> None:
    wrong = "810000199001010010"  # 港澳居民居住证 style, check char should differ
    right = _with_check("81000019900101001")
    assert wrong != right
    assert check_id_number(IdType.FOREIGN_PERMANENT, wrong, TODAY).ok
    configured = frozenset({IdType.RESIDENT_ID, IdType.FOREIGN_PERMANENT})
    result = check_id_number(IdType.FOREIGN_PERMANENT, wrong, TODAY, configured)
    assert not result.ok
    assert f"应为{right[-1]}" in result.message
    assert check_id_number(IdType.FOREIGN_PERMANENT, right, TODAY, configured).ok
    # shorter numbers of a configured type are not checksummed
    assert check_id_number(IdType.FOREIGN_PERMANENT, "ABC123456", TODAY, configured).ok


# --------------------------------------------------------------------------
# 5.2 统一社会信用代码
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["91110000600037341L", "91350100M000100Y43", "91310115MA1K3BTP2B", "12100000400000000W"],
)
def test_valid_uscc_vectors(value: str) -> None:
    result = check_uscc(value)
    assert result.ok, result.message
    assert result.normalized == value


def test_uscc_weighted_sum_vector() -> None:
    # S=538, S mod 31 = 11 -> C = 20 -> L
    assert uscc_check_char("91110000600037341") == "L"
    assert uscc_check_char("91350100M000100Y4") == "3"
    assert uscc_check_char("12100000400000000") == "W"


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("91110000600037341N", "应为L"),
        ("91110000600037341I", "第18位的“I”"),
        ("91110000600O37341L", "第12位的“O”"),
        ("9111000060003734", "现为16位"),
    ],
)
def test_invalid_uscc_vectors(value: str, fragment: str) -> None:
    result = check_uscc(value)
    assert not result.ok
    assert fragment in result.message


def test_uscc_is_upper_cased_and_stripped() -> None:
    result = check_uscc(" 91310115ma1k3btp2b ")
    assert result.ok
    assert result.normalized == "91310115MA1K3BTP2B"


def test_uscc_letters_allowed_in_positions_1_and_2() -> None:
    # stdnum would reject these; GB 32100 allows e.g. Y (其他) and N (农业).
    for head in ("Y1", "N2", "A1", "9Y"):
        first17 = head + "110000600037341"
        assert check_uscc(first17 + uscc_check_char(first17)).ok


def test_empty_uscc() -> None:
    assert not check_uscc("").ok
    assert "未填写" in check_uscc("").message


@given(st.text(alphabet=USCC_ALPHABET, min_size=17, max_size=17))
def test_uscc_check_char_round_trip(first17: str) -> None:
    code = first17 + uscc_check_char(first17)
    assert check_uscc(code).ok
    wrong = USCC_ALPHABET[(USCC_ALPHABET.index(code[-1]) + 1) % 31]
    assert not check_uscc(first17 + wrong).ok


@pytest.mark.parametrize(
    ("first8", "check"), [("60003734", "1"), ("M000100Y", "4"), ("MA1K3BTP", "2")]
)
def test_org_code_check_vectors(first8: str, check: str) -> None:
    assert org_code_check_char(first8) == check


@pytest.mark.parametrize(
    "value", ["91110000600037341L", "91350100M000100Y43", "91310115MA1K3BTP2B"]
)
def test_org_code_warning_absent_for_real_codes(value: str) -> None:
    assert uscc_org_code_warning(value) is None


def test_org_code_warning_for_inconsistent_inner_code() -> None:
    # The synthetic 机关 code passes GB 32100 but its inner code 40000000-0 should end in X.
    warning = uscc_org_code_warning("12100000400000000W")
    assert warning is not None
    assert "应为X" in warning
    assert "可忽略" in warning


def test_org_code_warning_skips_invalid_codes() -> None:
    assert uscc_org_code_warning("91110000600037341N") is None
    assert uscc_org_code_warning("") is None


# --------------------------------------------------------------------------
# 5.3 phones
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "normalized"),
    [
        ("13812345678", "13812345678"),
        ("19912345678", "19912345678"),
        ("+86 138-1234-5678", "13812345678"),
        ("008613812345678", "13812345678"),
    ],
)
def test_mobile_valid_in_both_checks(value: str, normalized: str) -> None:
    result = check_phone(value)
    assert result.ok
    assert result.kind == "mobile"
    assert result.normalized == normalized
    assert result.warning == ""


@pytest.mark.parametrize("value", ["14012345678", "15412345678", "17412345678"])
def test_mobile_valid_but_strict_pattern_warns(value: str) -> None:
    result = check_phone(value)
    assert result.ok
    assert result.kind == "mobile"
    assert value[:3] in result.warning
    assert result.message == ""


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("12012345678", "号段"),
        ("1381234567", "应为11位，现为10位"),
        ("23812345678", "既不是11位手机号码"),
    ],
)
def test_invalid_mobiles(value: str, fragment: str) -> None:
    result = check_phone(value)
    assert not result.ok
    assert result.kind == ""
    assert fragment in result.message


@pytest.mark.parametrize(
    "value",
    ["13812345678", "19912345678", "14712345678", "16612345678", "16101234567", "17400123456"],
)
def test_strict_pattern_accepts_known_ranges(value: str) -> None:
    assert re.fullmatch(STRICT_CN_MOBILE, value)


def test_strict_pattern_rejects_vectors() -> None:
    for value in ("14012345678", "15412345678", "17412345678", "12012345678"):
        assert not re.fullmatch(STRICT_CN_MOBILE, value)


@pytest.mark.parametrize(
    ("value", "normalized"),
    [
        ("0571-87654321", "0571-87654321"),
        ("057187654321", "0571-87654321"),
        ("(0571) 8765 4321", "0571-87654321"),
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("（010）12345678", "010-12345678"),
        ("020 1234567", "020-1234567"),
        ("0571-87654321-123", "0571-87654321-123"),
        ("0571-87654321转8001", "0571-87654321-8001"),
        ("+86 571 87654321", "0571-87654321"),
        ("0086-10-12345678", "010-12345678"),
        ("+86 (10) 1234 5678", "010-12345678"),
    ],
)
def test_landlines(value: str, normalized: str) -> None:
    result = check_phone(value)
    assert result.ok, result.message
    assert result.kind == "landline"
    assert result.normalized == normalized


def test_landline_without_area_code_asks_for_it() -> None:
    result = check_phone("87654321")
    assert not result.ok
    assert "区号" in result.message


@pytest.mark.parametrize("value", ["0571-123456", "0571-123456789", "0571-87654321-1234567", "abc"])
def test_bad_landlines(value: str) -> None:
    assert not check_phone(value).ok


def test_empty_phone_is_not_a_number() -> None:
    result = check_phone("  ")
    assert not result.ok
    assert result.normalized == ""


def test_mobile_pattern_is_configurable() -> None:
    assert not check_phone("12012345678").ok
    relaxed = check_phone("12012345678", mobile_pattern=r"^1\d{10}$")
    assert relaxed.ok
    assert relaxed.warning  # still outside the libphonenumber ranges
    strict = check_phone("14012345678", mobile_pattern=STRICT_CN_MOBILE)
    assert not strict.ok


def test_full_width_mobile() -> None:
    result = check_phone("１３８ １２３４ ５６７８")
    assert result.ok
    assert result.normalized == "13812345678"
