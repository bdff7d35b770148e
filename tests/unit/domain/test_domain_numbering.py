"""Case-number patterns (domain.md 6.3)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediator.domain.numbering import (
    DEFAULT_PATTERN,
    parse_case_number,
    pattern_problem,
    render_case_number,
)


def test_default_pattern() -> None:
    assert DEFAULT_PATTERN == "{简称}劳调字〔{年}〕第{n}号"
    number = render_case_number(DEFAULT_PATTERN, short_name="城南", year=2026, seq=15)
    assert number == "城南劳调字〔2026〕第15号"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("{机构简称}劳调字〔{年}〕第{序号}号", "城南劳调字〔2026〕第7号"),
        ("（{年}）{简称}劳调字第{n}号", "（2026）城南劳调字第7号"),
        ("{简称}人调〔{年}〕{n}号", "城南人调〔2026〕7号"),
        ("{n}", "7"),
        ("{年}-{n}-{序号}", "2026-7-7"),
    ],
)
def test_aliases_and_layouts(pattern: str, expected: str) -> None:
    assert pattern_problem(pattern) is None
    assert render_case_number(pattern, short_name="城南", year=2026, seq=7) == expected


def test_no_zero_padding() -> None:
    assert render_case_number(DEFAULT_PATTERN, short_name="X", year=2026, seq=1).endswith("第1号")
    assert "第1000号" in render_case_number(DEFAULT_PATTERN, short_name="X", year=2026, seq=1000)


def test_short_name_with_braces_is_inserted_literally() -> None:
    number = render_case_number(DEFAULT_PATTERN, short_name="{年}", year=2026, seq=3)
    assert number == "{年}劳调字〔2026〕第3号"


@pytest.mark.parametrize(
    ("pattern", "fragment"),
    [
        ("", "不能为空"),
        ("{简称}劳调字〔{年}〕号", "缺少序号"),
        ("{简称}劳调字〔{年}〕第{号码}号", "{号码}"),
        ("{简称}劳调字〔{年}〕第{n号", "未闭合"),
        ("{简称}劳调字〔{年}}〕第{n}号", "多余"),
        ("{{n}}", "嵌套"),
        ("{}第{n}号", "{}"),
        ("{year}第{n}号", "{year}"),
    ],
)
def test_pattern_problems(pattern: str, fragment: str) -> None:
    problem = pattern_problem(pattern)
    assert problem is not None
    assert fragment in problem
    with pytest.raises(ValueError, match="编号格式"):
        render_case_number(pattern, short_name="城南", year=2026, seq=1)


def test_unknown_placeholder_message_lists_the_known_ones() -> None:
    problem = pattern_problem("{号码}{n}")
    assert problem is not None
    assert "{简称}" in problem and "{序号}" in problem


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=2000, max_value=2100))
def test_parse_reverses_render(seq: int, year: int) -> None:
    number = render_case_number(DEFAULT_PATTERN, short_name="城南", year=year, seq=seq)
    assert parse_case_number(DEFAULT_PATTERN, number, short_name="城南", year=year) == seq


def test_parse_rejects_other_series() -> None:
    assert (
        parse_case_number(DEFAULT_PATTERN, "城北劳调字〔2026〕第5号", short_name="城南", year=2026)
        is None
    )
    assert (
        parse_case_number(DEFAULT_PATTERN, "城南劳调字〔2025〕第5号", short_name="城南", year=2026)
        is None
    )
    assert (
        parse_case_number(
            DEFAULT_PATTERN, " 城南劳调字〔2026〕第5号 ", short_name="城南", year=2026
        )
        == 5
    )
    # the seq appears twice but disagrees
    assert parse_case_number("{n}-{序号}", "3-4", short_name="", year=2026) is None
    assert parse_case_number("{n}-{序号}", "4-4", short_name="", year=2026) == 4
