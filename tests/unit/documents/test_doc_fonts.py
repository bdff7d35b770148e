"""Fonts: embedded TrueType, per-character fallback, CFF refused, ToUnicode fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediator.documents import fonts as fontmod
from mediator.documents.fonts import FontsUnavailable, load_fonts, resolve
from mediator.documents.layout import PageInfo, build_pdf
from mediator.documents.linebreak import CHINESE_CANNOT_END
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


def _line_starts(pdf: bytes) -> list[str]:
    return [line.strip() for page in pages_text(pdf) for line in page.splitlines() if line.strip()]


@pytest.mark.parametrize("rare", ["", "𠮷"], ids=["one-font", "fallback-font"])
def test_a_run_of_no_start_characters_never_starts_a_line(rare: str) -> None:
    """ "），" at a line end: ReportLab hangs "）" in the margin and starts the next line with
    "，"; the line must end before the run instead (the guide's "，也可以依法申请仲裁" and
    the agreement's "，支付方式"). With a rare character the paragraph takes ReportLab's
    other wrapping path (several fonts), which must follow the same rule. No line ends with
    an opening bracket either."""
    sentence = (
        "申请人{rare}可以持调解协议书直接向人民法院提起诉讼（《最高人民法院关于审理劳动争议"
        "案件适用法律问题的解释（一）》第十三条），也可以依法申请仲裁；金额（大写）》，支付方式"
    )
    body = "\n".join(
        f"::para {'某' * pad}{sentence.format(rare=rare)}"
        for pad in range(34)  # the run falls at every position of a line
    )
    table = "\n".join(f"{n}|{'某' * n}{sentence.format(rare=rare)}|100.00" for n in range(1, 20))
    blocks = parse_blocks(
        f"::title 测试\n{body}\n::table widths=2,12,4 size=12 align=clr\n序号|款项|金额\n{table}\n"
    )
    info = PageInfo("城南劳调字〔2026〕第1号", "ABCD-EFGH", "测试", "测试", "")
    lines = _line_starts(build_pdf(blocks, load_fonts(), info).pdf)
    assert any(line.startswith("条），也可以") for line in lines)  # the break was forced
    assert [line for line in lines if line[0] in fontmod.CHINESE_CANNOT_START] == []
    assert [line for line in lines if line[-1] in CHINESE_CANNOT_END] == []
