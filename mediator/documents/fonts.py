"""Fonts of the PDFs: embedded TrueType, found through a configurable search list.

toolchain.md 4.2 and 9: ReportLab embeds TrueType (``glyf``) fonts only and
refuses CFF/OpenType ones (every Noto CJK file); it draws a blank for a
character its font lacks and says nothing. So:

* the search list names font files (or absolute paths); the first usable one
  is the body font, the others are per-character fallbacks;
* a CFF font in the list is skipped with a Chinese explanation;
* ``FontSet.markup`` wraps every character the body font lacks in
  ``<font name=...>`` of the first fallback that has it;
* ``FontSet.missing`` lists the characters no font can draw, so that the
  caller refuses to print instead of printing blanks (``MissingGlyphs``);
* the ToUnicode CMap fix (``install_tounicode_fix``) makes characters
  outside the BMP such as 𠮷 extract and search correctly.

The search list comes from ``MEDIATOR_PDF_FONTS`` (paths or file names joined
with ``os.pathsep``) or from ``DEFAULT_SEARCH``; fonts are registered once per
process (``load_fonts`` is cached).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from mediator.documents import linebreak
from mediator.documents.linebreak import CHINESE_CANNOT_START as CHINESE_CANNOT_START
from mediator.domain.errors import MediatorError

ENV_VAR = "MEDIATOR_PDF_FONTS"

DEFAULT_SEARCH: tuple[str, ...] = (
    # Windows: 仿宋 for the body, 宋体, and SimSun-ExtB for rare characters.
    "simfang.ttf",
    "simsun.ttc",
    "simsunb.ttf",
    # Linux (Debian packages): AR PL UMing (Ming/Song style) for the body,
    # Hanazono Mincho A/B for rare characters (𠮷), WenQuanYi as a last resort.
    "uming.ttc",
    "HanaMinA.ttf",
    "HanaMinB.ttf",
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
)

_FONT_DIRS_POSIX = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
)

# Characters that are layout, not glyphs: never reported as missing.
_NOT_DRAWN = frozenset("\n\r\t")


class FontsUnavailable(MediatorError):
    """No usable TrueType font was found: no PDF can be made."""


class MissingGlyphs(MediatorError):
    """Some characters cannot be drawn by any configured font; nothing was printed."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        lines = [f"“{ch}”（U+{ord(ch):04X}）：{where}" for ch, where in problems]
        super().__init__(
            "以下字符在已配置的字体中都没有字形，打印出来会是空白，因此没有生成PDF：\n"
            + "\n".join(lines)
            + "\n请安装含有这些字符的字体（例如 Windows 的 SimSun-ExtB，或花园明朝 HanaMinA/B），"
            "并把字体文件加入字体搜索列表（“设置—文书—字体搜索列表”，或环境变量"
            f" {ENV_VAR}）；"
            "或在案件中改用通用写法，并在备注中说明。"
        )
        self.problems = list(problems)
        self.chars = sorted({ch for ch, _ in problems})


def describe_missing(chars: Iterable[str]) -> str:
    return "、".join(f"“{ch}”（U+{ord(ch):04X}）" for ch in chars)


# -- locating font files ------------------------------------------------------------------


def font_dirs() -> list[Path]:
    """Folders searched for bare file names, in order."""
    dirs: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    dirs += [Path(d).expanduser() for d in _FONT_DIRS_POSIX]
    return [d for d in dirs if d.is_dir()]


@functools.lru_cache(maxsize=1)
def _font_index() -> dict[str, Path]:
    """Lower-case file name -> first path found under the font folders."""
    index: dict[str, Path] = {}
    for folder in font_dirs():
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in (".ttf", ".ttc", ".otf", ".otc"):
                index.setdefault(path.name.lower(), path)
    return index


def resolve(entry: str) -> Path | None:
    """An absolute path as it is, a bare file name looked up in the font folders."""
    path = Path(entry).expanduser()
    if path.is_absolute() or os.sep in entry or "/" in entry:
        return path if path.is_file() else None
    return _font_index().get(entry.lower())


def search_list() -> tuple[str, ...]:
    """The configured search list: ``MEDIATOR_PDF_FONTS`` or the defaults."""
    configured = os.environ.get(ENV_VAR, "").strip()
    if configured:
        return tuple(p.strip() for p in configured.split(os.pathsep) if p.strip())
    return DEFAULT_SEARCH


# -- the ToUnicode fix ---------------------------------------------------------------------


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """ReportLab's CMap, but each target written as UTF-16BE (surrogate pairs above the BMP)."""
    entries = [
        f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)
    ]
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *entries,
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def install_tounicode_fix() -> None:
    """Replace ReportLab's ToUnicode writer (toolchain.md 4.2); idempotent."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


install_tounicode_fix()


# -- line breaking -------------------------------------------------------------------------


def install_chinese_line_breaking() -> None:
    """No line of a PDF starts with "，" and the like (``linebreak``); idempotent."""
    linebreak.install()


install_chinese_line_breaking()


# -- loading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedFont:
    name: str
    path: Path
    font: TTFont = field(repr=False, compare=False)

    def has(self, ch: str) -> bool:
        return ord(ch) in self.font.face.charToGlyph


def _refusal(path: Path, error: Exception) -> str:
    if "postscript" in str(error).lower():
        return (
            f"字体“{path.name}”是 PostScript（CFF/OpenType）轮廓字体，"
            "PDF 组件无法将其嵌入文书，已跳过。请改用 TrueType 字体，"
            "如 Windows 的仿宋（simfang.ttf）、宋体（simsun.ttc），或 Linux 的 AR PL UMing（uming.ttc）。"
        )
    return f"字体“{path.name}”无法读取（{error}），已跳过。"


def _load_one(path: Path) -> LoadedFont:
    """Register one TrueType font (first face of a collection) under a stable name."""
    name = "MD-" + path.stem.replace(" ", "_")
    font = TTFont(name, str(path), subfontIndex=0)
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return LoadedFont(name, path, pdfmetrics.getFont(name))


@dataclass(frozen=True)
class FontSet:
    """The body font and its fallbacks, in search-list order."""

    fonts: tuple[LoadedFont, ...]
    warnings: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        return self.fonts[0].name

    def font_for(self, ch: str) -> str | None:
        """The first font that can draw ``ch`` (None: none can)."""
        for loaded in self.fonts:
            if loaded.has(ch):
                return loaded.name
        return None

    def missing(self, text: str) -> list[str]:
        """Characters of ``text`` that no font can draw, in order, without repeats."""
        seen: dict[str, None] = {}
        for ch in text:
            if ch not in _NOT_DRAWN and ch not in seen and self.font_for(ch) is None:
                seen[ch] = None
        return list(seen)

    def runs(self, text: str) -> list[tuple[str, str]]:
        """Split ``text`` into (font name, chunk) runs; undrawable characters use the body."""
        out: list[tuple[str, str]] = []
        for ch in text:
            name = self.body if self.fonts[0].has(ch) else (self.font_for(ch) or self.body)
            if out and out[-1][0] == name:
                out[-1] = (name, out[-1][1] + ch)
            else:
                out.append((name, ch))
        return out

    def markup(self, text: str) -> str:
        """Paragraph markup of plain ``text``: escaped, fallback runs in ``<font>`` tags."""
        parts = []
        for name, chunk in self.runs(text):
            chunk = escape(chunk).replace("\n", "<br/>")
            parts.append(chunk if name == self.body else f'<font name="{name}">{chunk}</font>')
        return "".join(parts)

    def width(self, text: str, size: float) -> float:
        return sum(pdfmetrics.stringWidth(chunk, name, size) for name, chunk in self.runs(text))


def load_fonts(entries: Sequence[str] | None = None) -> FontSet:
    """Load the fonts of the search list (cached per list); raises ``FontsUnavailable``."""
    return _load_cached(tuple(entries) if entries is not None else search_list())


@functools.lru_cache(maxsize=8)
def _load_cached(entries: tuple[str, ...]) -> FontSet:
    fonts: list[LoadedFont] = []
    warnings: list[str] = []
    seen: set[Path] = set()
    for entry in entries:
        path = resolve(entry)
        if path is None or path in seen:
            continue
        seen.add(path)
        try:
            fonts.append(_load_one(path))
        except (TTFError, OSError, ValueError) as error:
            warnings.append(_refusal(path, error))
    if not fonts:
        raise FontsUnavailable(
            "没有找到可用于生成文书的 TrueType 中文字体，无法生成PDF。"
            f"已查找：{'、'.join(entries)}。"
            + "".join(warnings)
            + "请安装宋体/仿宋（Windows）或 fonts-arphic-uming、fonts-hanazono（Linux），"
            f"或在“设置—文书—字体搜索列表”中（或用环境变量 {ENV_VAR}）指定字体文件。"
        )
    return FontSet(tuple(fonts), tuple(warnings))
