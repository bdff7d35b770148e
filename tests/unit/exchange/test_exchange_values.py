"""Reading spreadsheet cells: dates, money, yes/no, code lists, identifiers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from mediator.domain.enums import Category, Channel, IdType
from mediator.exchange.tabular import decode_csv, guess_claim_category
from mediator.exchange.values import (
    cell_text,
    parse_bool,
    parse_choice,
    parse_date,
    parse_identifier,
    parse_money,
)


@pytest.mark.parametrize(
    "value",
    [
        "2026-03-05",
        "2026/3/5",
        "2026年3月5日",
        "2026.3.5",
        "20260305",
        " 2026 年 3 月 5 日 ",
        "２０２６－０３－０５",
        "2026/3/5 0:00",
        datetime(2026, 3, 5, 0, 0),
        date(2026, 3, 5),
        46086,
    ],
)
def test_dates_in_the_forms_people_type(value: object) -> None:
    assert parse_date(value) == date(2026, 3, 5)


@pytest.mark.parametrize("value", ["3月5日", "2026-02-30", "昨天", "2026-13-01", -5])
def test_bad_dates_say_how_to_write_them(value: object) -> None:
    with pytest.raises(ValueError, match="日期"):
        parse_date(value)


def test_blank_cells() -> None:
    assert parse_date(None) is None and parse_date("  ") is None
    assert parse_money("") is None
    assert parse_bool(None) is False
    assert parse_choice(Channel, "") is None
    assert parse_identifier(None, "证件号码") == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("64,000.00", "64000.00"),
        ("￥1,409.5", "1409.50"),
        ("13000元", "13000.00"),
        (12345.6, "12345.60"),
        (0.1 + 0.2, "0.30"),
        (8000, "8000.00"),
    ],
)
def test_money(value: object, expected: str) -> None:
    assert parse_money(value) == Decimal(expected)


@pytest.mark.parametrize("value", [12.345, "12.345", "一万", "-5", True])
def test_bad_money(value: object) -> None:
    with pytest.raises(ValueError):
        parse_money(value)


def test_yes_and_no() -> None:
    assert parse_bool("是") and parse_bool("Y") and parse_bool(1) and parse_bool("√")
    assert not parse_bool("否") and not parse_bool("0") and not parse_bool("N")
    with pytest.raises(ValueError, match="是.*否"):
        parse_bool("也许")


def test_code_lists_by_label_code_or_alias() -> None:
    assert parse_choice(Category, "解除/终止劳动合同") is Category.CON_END
    assert parse_choice(Category, "con_end") is Category.CON_END
    assert parse_choice(Category, "工伤待遇") is Category.INJ  # the label before （
    assert parse_choice(Channel, "12351", {"12351": "hotline_12351"}) is Channel.HOTLINE
    assert parse_choice(IdType, "护照") is IdType.PASSPORT
    with pytest.raises(ValueError, match="可填：窗口"):
        parse_choice(Channel, "微信")


def test_identifiers_that_excel_turned_into_numbers() -> None:
    assert parse_identifier(13912345678, "联系电话") == "13912345678"
    assert parse_identifier(13912345678.0, "联系电话") == "13912345678"
    with pytest.raises(ValueError, match="末尾几位已经丢失"):
        parse_identifier(1.10105194912310e17, "证件号码")
    with pytest.raises(ValueError, match="文本"):
        parse_identifier(3.5, "证件号码")


def test_cell_text() -> None:
    assert cell_text(6500.0) == "6500"
    assert cell_text(datetime(2026, 3, 5)) == "2026-03-05"
    assert cell_text("  张三 ") == "张三"


def test_csv_encodings() -> None:
    text = "申请人姓名,吉𠮷\n"
    assert decode_csv(text.encode("utf-8-sig")) == text
    assert decode_csv(text.encode("utf-8")) == text
    assert decode_csv("申请人姓名,赵堃\n".encode("gb18030")) == "申请人姓名,赵堃\n"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("支付拖欠的工资", "wages"),
        ("支付未签合同二倍工资", "double_wages"),
        ("支付违法解除劳动合同赔偿金", "damages"),
        ("支付经济补偿金", "severance"),
        ("补缴社保", "social_insurance"),
        ("出具离职证明", "other"),
    ],
)
def test_claim_category_from_the_wording(text: str, code: str) -> None:
    assert guess_claim_category(text).value == code
