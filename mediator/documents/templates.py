"""The wording of the documents: sandboxed Jinja2 templates in ``resources/templates``.

An office can change the phrasing without touching code: the templates hold
every sentence, label and column heading; ``layout.py`` holds the fonts,
sizes, margins and table grids. A template renders to a small line format
that the layout reads:

```
::office 城南街道劳动人事争议调解委员会      centred bold line (office name)
::title 劳动争议调解协议书                  centred bold title
::number 城南劳调字〔2026〕第15号           right-aligned line under the title
::heading 一、争议事实                      bold heading
::para 申请人与被申请人因……                paragraph, first line indented two characters
::plain / ::right / ::center TEXT           paragraph without indent / right / centred
::space 1                                   blank space, in body lines
::pagebreak
::table widths=1,3,2 size=12 minrow=30      a grid table; the following lines are rows,
序号|姓名|金额（元）                        cells separated by "|"; the first row is the
1|吉𠮷|16,000.00                           header, repeated on every page (header=0: none)
::sign                                      signature lines without a grid, "|" between cells
申请人（签名/按指印）：|日期：
::keep … ::endkeep                          keep the blocks between on one page
::pagesign 申请人：　　被申请人：           a signature strip at the foot of every page
::footer {code} 第 {page} 页 共 {pages} 页  the page footer ({page} {pages} {code} {number})
```

A line without ``::`` continues the block above it (joined without a space,
as Chinese text is); a blank line ends a block (a table or signature block
ends only at the next directive, so ``{% for %}`` lines may sit between its
rows), and loose text becomes ``::para``. Values printed with ``{{ }}`` cannot start a directive or split
a table cell: ``|`` becomes ``｜``, ``::`` becomes ``：：``, and a line break
inside a value stays a line break of its paragraph.

Templates are looked up first in an office folder (``override_dir``) and
then in ``resources/templates/zh_CN``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from mediator.domain.errors import MediatorError
from mediator.domain.money import amount_with_capitals, capital_amount, format_amount
from mediator.paths import resources_dir

LINE_BREAK = "\u2028"
"""A line break inside one block (from a value that holds several lines)."""

BLOCK_KINDS = frozenset(
    {
        "office",
        "title",
        "number",
        "heading",
        "para",
        "plain",
        "right",
        "center",
        "space",
        "pagebreak",
        "table",
        "sign",
        "pagesign",
        "footer",
        "keep",
        "endkeep",
    }
)
_ROW_KINDS = frozenset({"table", "sign"})
_OPTION = re.compile(r"(\w+)=(\S+)")


class TemplateProblem(MediatorError):
    """A document template is missing or cannot be rendered."""


@dataclass
class Block:
    kind: str
    text: str = ""
    options: dict[str, str] = field(default_factory=dict)
    rows: list[list[str]] = field(default_factory=list)


# -- filters -------------------------------------------------------------------------------

_CN_DIGITS = "〇一二三四五六七八九"


def cn_date(day: date | None, blank: str = "____年__月__日") -> str:
    """ "2026年3月5日" (GB/T 9704-2012: Arabic numerals, no zero padding)."""
    if day is None:
        return blank
    return f"{day.year}年{day.month}月{day.day}日"


def _cn_number(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def cn_numeral_date(day: date | None, blank: str = "____年__月__日") -> str:
    """ "二〇二六年三月五日" (court style, for signature dates when the office prefers it)."""
    if day is None:
        return blank
    year = "".join(_CN_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{_cn_number(day.month)}月{_cn_number(day.day)}日"


def money(amount: Decimal | None) -> str:
    """ "人民币64,000.00元（大写：陆万肆仟元整）"."""
    return "" if amount is None else amount_with_capitals(amount)


def figures(amount: Decimal | None) -> str:
    return "" if amount is None else format_amount(amount)


def capitals(amount: Decimal | None) -> str:
    return "" if amount is None else capital_amount(amount)


def blank(value: Any, width: int = 8) -> str:
    """The value, or a line to write on by hand when it is empty."""
    text = "" if value is None else str(value)
    return text if text.strip() else "_" * width


def cn_ordinal(n: int) -> str:
    """1 -> "一", 12 -> "十二" (numbering of agreement terms: 一、二、…)."""
    return _cn_number(n) if n < 100 else str(n)


FILTERS: dict[str, Callable[..., str]] = {
    "cnnum": cn_ordinal,
    "date": cn_date,
    "cndate": cn_numeral_date,
    "money": money,
    "figures": figures,
    "capitals": capitals,
    "blank": blank,
}


def _finalize(value: Any) -> Any:
    """Keep printed values from becoming directives, cell breaks or new blocks."""
    if value is None:
        return ""
    if isinstance(value, str):
        return (
            value.replace("\r\n", "\n")
            .replace("\n", LINE_BREAK)
            .replace("|", "｜")
            .replace("::", "：：")
        )
    return value


# -- environment ---------------------------------------------------------------------------


def default_dir(language: str = "zh_CN") -> Path:
    return resources_dir() / "templates" / language


def make_environment(override_dir: Path | None = None) -> SandboxedEnvironment:
    loaders = [FileSystemLoader(str(override_dir))] if override_dir else []
    loaders.append(FileSystemLoader(str(default_dir())))
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        autoescape=False,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        finalize=_finalize,
    )
    env.filters.update(FILTERS)
    return env


def render_text(name: str, context: Mapping[str, Any], override_dir: Path | None = None) -> str:
    """The template ``name`` rendered with ``context`` (the line format above)."""
    try:
        return make_environment(override_dir).get_template(name).render(context)
    except TemplateError as error:
        raise TemplateProblem(f"文书模板“{name}”有误，无法生成文书：{error}") from error


# -- parsing the line format ---------------------------------------------------------------


def _start(line: str) -> Block:
    head, _, rest = line[2:].partition(" ")
    kind = head.strip()
    if kind not in BLOCK_KINDS:
        raise TemplateProblem(f"文书模板中有无法识别的指令“::{kind}”。")
    if kind in _ROW_KINDS:
        return Block(kind, "", dict(_OPTION.findall(rest)))
    return Block(kind, rest.strip())


def parse_blocks(text: str) -> list[Block]:
    """Split rendered template text into blocks (see the module docstring)."""
    blocks: list[Block] = []
    current: Block | None = None
    for raw in text.split("\n"):
        line = raw.rstrip()
        if line.startswith("::"):
            current = _start(line)
            blocks.append(current)
            if current.kind in ("pagebreak", "space", "keep", "endkeep"):
                current = None
            continue
        if not line.strip():
            if current is not None and current.kind not in _ROW_KINDS:
                current = None
            continue
        line = line.strip()
        if current is None:
            current = Block("para", line)
            blocks.append(current)
        elif current.kind in _ROW_KINDS:
            current.rows.append([cell.strip() for cell in line.split("|")])
        else:
            current.text += line
    return blocks


def render_blocks(
    name: str, context: Mapping[str, Any], override_dir: Path | None = None
) -> list[Block]:
    return parse_blocks(render_text(name, context, override_dir))
