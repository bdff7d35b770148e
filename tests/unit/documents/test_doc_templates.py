"""The wording templates: line format, filters, and values that cannot inject layout."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from mediator.documents.templates import (
    LINE_BREAK,
    TemplateProblem,
    cn_date,
    cn_numeral_date,
    parse_blocks,
    render_text,
)


def test_line_format() -> None:
    blocks = parse_blocks(
        "::title 标题\n::para 第一行\n接着写\n\n松散文字\n::table widths=1,2\n甲|乙\n\n1|2\n::sign\n签名：|日期：\n"
    )
    assert [b.kind for b in blocks] == ["title", "para", "para", "table", "sign"]
    assert blocks[1].text == "第一行接着写"
    assert blocks[3].rows == [["甲", "乙"], ["1", "2"]]
    assert blocks[3].options == {"widths": "1,2"}


def test_unknown_directive_is_reported() -> None:
    with pytest.raises(TemplateProblem, match="::bold"):
        parse_blocks("::bold 字\n")


def test_dates() -> None:
    assert cn_date(date(2026, 3, 5)) == "2026年3月5日"
    assert cn_numeral_date(date(2026, 3, 5)) == "二〇二六年三月五日"
    assert cn_numeral_date(date(2026, 12, 20)) == "二〇二六年十二月二十日"
    assert cn_date(None) == "____年__月__日"


def test_values_cannot_become_directives_or_cells(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text(
        "::table\n甲|乙\n{{ v }}|{{ money }}\n::para {{ lines }}\n", encoding="utf-8"
    )
    text = render_text(
        "t.j2",
        {"v": "a|b\n::title 假标题", "money": Decimal("64000"), "lines": "一\n二"},
        override_dir=tmp_path,
    )
    blocks = parse_blocks(text)
    assert [b.kind for b in blocks] == ["table", "para"]
    assert blocks[0].rows[1][0] == f"a｜b{LINE_BREAK}：：title 假标题"
    assert blocks[1].text == f"一{LINE_BREAK}二"


def test_money_filter(tmp_path: Path) -> None:
    (tmp_path / "m.j2").write_text("{{ a|money }}", encoding="utf-8")
    text = render_text("m.j2", {"a": Decimal("64000")}, override_dir=tmp_path)
    assert text == "人民币64,000.00元（大写：陆万肆仟元整）"


def test_sandbox_refuses_unsafe_access(tmp_path: Path) -> None:
    (tmp_path / "x.j2").write_text("{{ v.__class__.__mro__ }}", encoding="utf-8")
    with pytest.raises(TemplateProblem):
        render_text("x.j2", {"v": "s"}, override_dir=tmp_path)


def test_an_office_template_replaces_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "refusal.j2").write_text("::para 本委自己的措辞\n", encoding="utf-8")
    assert "本委自己的措辞" in render_text("refusal.j2", {}, override_dir=tmp_path)
