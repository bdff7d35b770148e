"""Money: fen storage, parsing, formatting and 大写金额 (domain.md 4, 6.1)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediator.domain.money import (
    FEN,
    MAX_AMOUNT,
    MAX_CAPITAL_YUAN,
    amount_with_capitals,
    capital_amount,
    capital_words,
    format_amount,
    from_fen,
    parse_amount,
    round_yuan,
    to_fen,
)

# Every vector of domain.md 6.1.
CAPITAL_VECTORS = [
    ("12345.67", "人民币壹万贰仟叁佰肆拾伍元陆角柒分"),
    ("1409.50", "人民币壹仟肆佰零玖元伍角"),
    ("6007.14", "人民币陆仟零柒元壹角肆分"),
    ("1680.32", "人民币壹仟陆佰捌拾元叁角贰分"),
    ("107000.53", "人民币壹拾万零柒仟元伍角叁分"),
    ("207000", "人民币贰拾万零柒仟元整"),
    ("10007000", "人民币壹仟万零柒仟元整"),
    ("40000.04", "人民币肆万元零肆分"),
    ("16409.02", "人民币壹万陆仟肆佰零玖元零贰分"),
    ("325.04", "人民币叁佰贰拾伍元零肆分"),
    ("10000", "人民币壹万元整"),
    ("100000000", "人民币壹亿元整"),
    ("100010001.01", "人民币壹亿零壹万零壹元零壹分"),
    ("30005", "人民币叁万零伍元整"),
    ("1010.10", "人民币壹仟零壹拾元壹角"),
    ("100020", "人民币壹拾万零贰拾元整"),
    ("15", "人民币壹拾伍元整"),
    ("0.07", "人民币柒分"),
    ("0.50", "人民币伍角"),
    ("64000", "人民币陆万肆仟元整"),
    ("139500", "人民币壹拾叁万玖仟伍佰元整"),
    ("200.30", "人民币贰佰元叁角"),
    ("1000000", "人民币壹佰万元整"),
    ("20", "人民币贰拾元整"),
    ("1.00", "人民币壹元整"),
    ("360000", "人民币叁拾陆万元整"),
    ("2580", "人民币贰仟伍佰捌拾元整"),
]


def test_all_domain_vectors_are_listed() -> None:
    assert len(CAPITAL_VECTORS) == 27


@pytest.mark.parametrize(("figures", "capitals"), CAPITAL_VECTORS)
def test_capital_amount_vectors(figures: str, capitals: str) -> None:
    assert capital_amount(Decimal(figures)) == capitals


@pytest.mark.parametrize(
    ("figures", "capitals"),
    [
        ("0", "人民币零元整"),
        ("0.001", "人民币零元整"),
        ("0.005", "人民币壹分"),  # rounded half up before writing
        ("9.995", "人民币壹拾元整"),
        ("100000000000", "人民币壹仟亿元整"),
        ("1000000000000", "人民币壹万亿元整"),
        ("100000001", "人民币壹亿零壹元整"),
        ("1000100000", "人民币壹拾亿零壹拾万元整"),
        ("0.11", "人民币壹角壹分"),
        ("10.01", "人民币壹拾元零壹分"),
        ("1000100000000", "人民币壹万零壹亿元整"),
        ("1000000000001", "人民币壹万亿零壹元整"),
        ("1234567800000000", "人民币壹仟贰佰叁拾肆万伍仟陆佰柒拾捌亿元整"),
        (
            "9999999999999999.99",
            "人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
        ),
    ],
)
def test_capital_amount_edge_cases(figures: str, capitals: str) -> None:
    assert capital_amount(Decimal(figures)) == capitals


@pytest.mark.parametrize("figures", ["-0.01", "-64000"])
def test_capital_amount_rejects_negative(figures: str) -> None:
    with pytest.raises(ValueError, match="负数"):
        capital_amount(Decimal(figures))


def test_capital_amount_rejects_too_large_and_non_finite() -> None:
    with pytest.raises(ValueError, match="过大"):
        capital_amount(Decimal(MAX_CAPITAL_YUAN + 1))
    with pytest.raises(ValueError):
        capital_amount(Decimal("NaN"))
    with pytest.raises(ValueError):
        capital_amount(Decimal("Infinity"))


def test_amount_with_capitals() -> None:
    assert amount_with_capitals(Decimal("64000")) == "人民币64,000.00元（大写：陆万肆仟元整）"
    assert amount_with_capitals(Decimal("0.5")) == "人民币0.50元（大写：伍角）"
    assert capital_words(Decimal("15")) == "壹拾伍元整"


amounts = st.decimals(
    min_value=Decimal("0"),
    max_value=Decimal("9999999999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@given(amounts)
def test_capitals_use_only_capital_characters(amount: Decimal) -> None:
    text = capital_amount(amount)
    assert not re.search(r"[0-9一二三四五六七八九十廿毛另]", text)
    assert "零零" not in text
    assert text.startswith("人民币")
    body = text.removeprefix("人民币")
    assert not body.startswith("零") or body == "零元整"
    assert body.endswith(("整", "角", "分"))
    assert not body.endswith(("角整", "分整"))


@given(amounts)
def test_capitals_round_trip(amount: Decimal) -> None:
    assert _parse_capitals(capital_amount(amount)) == amount


_VALUES = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_SMALL = {"拾": 10, "佰": 100, "仟": 1000}


def _parse_capitals(text: str) -> Decimal:
    """Independent reader of 大写 amounts, used to check the writer."""
    body = text.removeprefix("人民币").removesuffix("整")
    yuan_part, _, cents = body.rpartition("元") if "元" in body else ("", "", body)
    total = 0
    for chunk_unit, factor in (("亿", 10**8), ("万", 10**4)):
        if chunk_unit in yuan_part:
            head, yuan_part = yuan_part.split(chunk_unit, 1)
            total += _parse_group(head) * factor
    total += _parse_group(yuan_part)
    jiao = re.search(r"(.)角", cents)
    fen = re.search(r"(.)分", cents)
    return (
        Decimal(total)
        + Decimal(_VALUES[jiao.group(1)] if jiao else 0) / 10
        + Decimal(_VALUES[fen.group(1)] if fen else 0) / 100
    )


def _parse_group(text: str) -> int:
    if "万" in text:  # 万亿
        head, tail = text.split("万", 1)
        return _parse_group(head) * 10**4 + _parse_group(tail)
    value, digit = 0, 0
    for char in text.replace("零", ""):
        if char in _VALUES:
            digit = _VALUES[char]
        else:
            value += digit * _SMALL[char]
            digit = 0
    return value + digit


# -- fen -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "fen"),
    [
        ("64000", 6400000),
        ("0.01", 1),
        ("0.005", 1),
        ("0.004", 0),
        ("2.675", 268),  # Decimal, not binary float: exactly half rounds up
        ("-1.005", -101),
        ("1234.5", 123450),
    ],
)
def test_to_fen(amount: str, fen: int) -> None:
    assert to_fen(Decimal(amount)) == fen


def test_from_fen_is_exact_with_two_places() -> None:
    assert from_fen(6400000) == Decimal("64000.00")
    assert str(from_fen(6400000)) == "64000.00"
    assert str(from_fen(1)) == "0.01"
    assert str(from_fen(0)) == "0.00"
    assert str(from_fen(-150)) == "-1.50"


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_fen_round_trip(fen: int) -> None:
    assert to_fen(from_fen(fen)) == fen


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12))
def test_to_fen_matches_round_yuan(amount: Decimal) -> None:
    assert from_fen(to_fen(amount)) == round_yuan(amount)
    assert abs(round_yuan(amount) - amount) <= Decimal("0.005")


def test_round_yuan_half_up() -> None:
    assert round_yuan(Decimal("1.005")) == Decimal("1.01")
    assert round_yuan(Decimal("1.004999")) == Decimal("1.00")
    assert round_yuan(Decimal("7")).as_tuple().exponent == -2
    assert FEN == Decimal("0.01")


# -- parsing and formatting ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("64000", "64000"),
        ("64,000.00", "64000"),
        ("￥64,000", "64000"),
        ("¥64000", "64000"),
        ("64000元", "64000"),
        ("人民币64000元", "64000"),
        ("RMB 1,234.5", "1234.5"),
        ("６４０００", "64000"),
        ("６４，０００．５０", "64000.50"),
        (" 0.07 ", "0.07"),
        ("1,234,567.89", "1234567.89"),
        ("0", "0"),
    ],
)
def test_parse_amount_accepts(text: str, amount: str) -> None:
    parsed = parse_amount(text)
    assert parsed == Decimal(amount)
    assert parsed.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "未填写"),
        ("   ", "未填写"),
        ("-5", "负"),
        ("－5", "负"),
        ("1.234", "两位小数"),
        ("abc", "不是有效的金额"),
        ("6,4000", "不是有效的金额"),
        ("64,00", "不是有效的金额"),
        ("1e5", "不是有效的金额"),
        ("NaN", "不是有效的金额"),
        ("12.", "不是有效的金额"),
        ("五千", "不是有效的金额"),
        ("1.2.3", "不是有效的金额"),
    ],
)
def test_parse_amount_rejects(text: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_amount(text)


@given(st.decimals(min_value=Decimal("0"), max_value=MAX_AMOUNT, places=2, allow_nan=False))
def test_parse_format_round_trip(amount: Decimal) -> None:
    assert parse_amount(format_amount(amount)) == amount


@pytest.mark.parametrize(
    ("amount", "text"),
    [("64000", "64,000.00"), ("0.5", "0.50"), ("1234567.891", "1,234,567.89"), ("0", "0.00")],
)
def test_format_amount(amount: str, text: str) -> None:
    assert format_amount(Decimal(amount)) == text


def test_absurdly_large_amounts_are_refused_in_chinese() -> None:
    with pytest.raises(ValueError, match="过大"):
        parse_amount("1" + "0" * 26)
