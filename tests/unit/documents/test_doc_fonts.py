"""Fonts: embedded TrueType, per-character fallback, CFF refused, ToUnicode fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediator.documents import fonts as fontmod
from mediator.documents.fonts import FontsUnavailable, load_fonts, resolve
from mediator.documents.layout import PageInfo, build_pdf
from mediator.documents.templates import parse_blocks
from tests.unit.documents.conftest import pages_text, pdf_text

NOTO = "NotoSansCJK-Regular.ttc"


def _pdf(text: str) -> bytes:
    blocks = parse_blocks(f"::title 测试\n::para {text}\n")
    info = PageInfo("城南劳调字〔2026〕第1号", "ABCD-EFGH", "测试", "测试", "")
    return build_pdf(blocks, load_fonts(), info).pdf


def test_rare_characters_fall_back_and_extract_correctly() -> None:
    fonts = load_fonts()
    assert fonts.font_for("吉") == fonts.body
    assert fonts.font_for("𠮷") not in (None, fonts.body)
    assert '<font name="' in fonts.markup("吉𠮷")
    text = pdf_text(_pdf("申请人吉𠮷、赵堃、王喆"))
    # The ToUnicode fix: 𠮷 (outside the BMP) comes back as itself, not ₻ or nothing.
    assert "吉𠮷" in text and "赵堃" in text and "王喆" in text
    assert "₻" not in text


def test_fonts_are_embedded_truetype() -> None:
    pdf = _pdf("赵堃")
    assert b"/FontFile2" in pdf
    assert b"/Helvetica" not in pdf


def test_missing_characters_are_listed() -> None:
    assert load_fonts().missing("张𰻞面") == ["𰻞"]


def test_a_cff_font_is_refused_with_a_chinese_message() -> None:
    if resolve(NOTO) is None:
        pytest.skip("Noto CJK is not installed")
    with pytest.raises(FontsUnavailable, match="PostScript（CFF/OpenType）"):
        load_fonts([NOTO])
    mixed = load_fonts([NOTO, "uming.ttc", "HanaMinA.ttf"])
    assert mixed.fonts and any("PostScript" in w for w in mixed.warnings)


def test_search_list_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fontmod.ENV_VAR, f"/nowhere/simfang.ttf{fontmod.os.pathsep}uming.ttc")
    assert fontmod.search_list() == ("/nowhere/simfang.ttf", "uming.ttc")
    assert resolve("/nowhere/simfang.ttf") is None


def test_no_font_at_all_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FontsUnavailable, match="没有找到可用于生成文书的"):
        load_fonts([str(tmp_path / "missing.ttf")])


def test_no_line_starts_with_a_full_width_comma() -> None:
    """An ID number that fills a line must not push "，" to the start of the next."""
    paragraphs = "\n".join(
        f"::para {'某' * pad}申请人身份证号码110105194912310{pad % 10}2X，住址：某某镇某某村，"
        "联系电话：13800000000；请求：支付工资！"
        for pad in range(30)
    )
    info = PageInfo("城南劳调字〔2026〕第1号", "ABCD-EFGH", "测试", "测试", "")
    pdf = build_pdf(parse_blocks(f"::title 测试\n{paragraphs}\n"), load_fonts(), info).pdf
    lines = [line.strip() for page in pages_text(pdf) for line in page.splitlines()]
    assert lines
    assert not [line for line in lines if line[:1] in "，；：！"]
