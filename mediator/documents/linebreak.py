"""Chinese line breaking for ReportLab's CJK paragraphs (no line starts with "，").

ReportLab wraps CJK text character by character. When the character that
overflows a line may not start one ("，", "）"), it hangs it in the right
margin, but only one: in "第十三条），也可以" with "）" overflowing, "）"
hangs and "，" starts the next line. Here, when the next line would still
start with such a character, the line ends before the run instead, so the
character before it goes down with it ("条），也可以"). Likewise an opening
bracket never ends a line: it goes down with what it opens ("（大写：…").

Both of ReportLab's wrapping paths are replaced: ``dumbSplit`` (paragraphs in
one font) and ``cjkFragSplit`` (paragraphs with a rare-character fallback font
or other markup). They keep ReportLab's other rules: a hard line break, and
Latin text or digits inside Chinese broken at a space or at the last Chinese
character rather than in the middle of a number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from unicodedata import category

from reportlab.rl_config import _FUZZ

CHINESE_CANNOT_START = "，；：？！》〉」』）】〕］｝…·％．"
"""Full-width punctuation that Chinese typesetting (GB/T 15834 practice) never puts at the
start of a line; added to ReportLab's Japanese-centred list."""
CHINESE_CANNOT_END = "（《〈「『【〔［｛“‘"
"""Opening brackets and quotes, never the last character of a line ("元（" / "大写：…");
ReportLab has no such rule."""


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    max_width: float
    width: float
    forced: bool


def _is_break_point(ch: str) -> bool:
    return bool(ch) and (category(ch) == "Zs" or ord(ch) >= 0x3000)


def line_end(chars: Sequence[str], start: int, over: int, cannot_start: str) -> int:
    """Where the line from ``start`` ends (exclusive) when ``chars[over]`` does not fit."""
    if chars[over] and ord(chars[over]) < 0x3000:
        # Latin or digits: break after the last space or Chinese character in the second
        # half of the line, not in the middle of "64,000.00".
        for j in range((over), (start + over + 1) >> 1, -1):
            if _is_break_point(chars[j]):
                over = j + 1 if j < over else over
                break
    hang = chars[over] in cannot_start or over == start
    end = over + 1 if hang else over
    if end < len(chars) and chars[end] in cannot_start:
        back = over
        while back > start and chars[back] in cannot_start:
            back -= 1
        if back > start:
            end = back
    while end - 1 > start and chars[end - 1] in CHINESE_CANNOT_END:
        end -= 1
    return end


def wrap(
    chars: Sequence[str],
    width_of: Callable[[int, float], float],
    max_widths: Sequence[float],
    forced: Callable[[int], bool],
    cannot_start: str,
) -> list[_Line]:
    """The lines of ``chars`` (ReportLab's loop with the longer no-line-start rule)."""
    lines: list[_Line] = []
    start = i = 0
    used = 0.0
    max_width = max_widths[0]
    while i < len(chars):
        used += width_of(i, max_width)
        i += 1
        hard = forced(i - 1)
        if not hard and not (used > max_width + _FUZZ and used > 0):
            continue
        end = i if hard else line_end(chars, start, i - 1, cannot_start)
        width = sum(width_of(j, max_width) for j in range(start, end))
        lines.append(_Line(start, end, max_width, width, hard))
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        start = i = end
        used = 0.0
    if used > 0:
        lines.append(_Line(start, len(chars), max_width, used, False))
    return lines


def _widths(maxWidths: Any) -> Sequence[float]:  # noqa: N803 - ReportLab's name
    return maxWidths if isinstance(maxWidths, list | tuple) else [maxWidths]


def install() -> None:
    """Replace ReportLab's two CJK wrapping functions with ``wrap``; idempotent."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        known = module.ALL_CANNOT_START
        module.ALL_CANNOT_START = known + "".join(
            ch for ch in CHINESE_CANNOT_START if ch not in known
        )
    cannot_start: str = textsplit.ALL_CANNOT_START

    def dumb_split(word: str, widths: Sequence[float], maxWidths: Any) -> list[list[Any]]:  # noqa: N803
        lines = wrap(word, lambda i, _w: widths[i], _widths(maxWidths), _never, cannot_start)
        out: list[list[Any]] = [
            [line.max_width - line.width, word[line.start : line.end].strip()]
            for line in lines[:-1]
        ]
        if lines:  # ReportLab leaves the last line unstripped
            last = lines[-1]
            out.append([last.max_width - last.width, word[last.start : last.end]])
        return out

    def cjk_frag_split(
        frags: Sequence[Any],
        maxWidths: Any,  # noqa: N803
        calcBounds: bool,  # noqa: N803
        encoding: str = "utf8",
    ) -> Any:
        chars: list[Any] = []
        for f in frags:
            text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
            chars.extend(paragraph.cjkU(t, f, encoding) for t in text or [text])

        def width_of(i: int, max_width: float) -> float:
            w = chars[i].width
            if hasattr(w, "normalizedValue"):
                w._normalizer = max_width
                return float(w.normalizedValue(max_width))
            return float(w)

        lines = wrap(
            chars,
            width_of,
            _widths(maxWidths),
            lambda i: hasattr(chars[i].frag, "lineBreak"),
            cannot_start,
        )
        return paragraph.ParaLines(
            kind=1,
            lines=[
                paragraph.makeCJKParaLine(
                    chars[line.start : line.end],
                    line.max_width,
                    line.width,
                    line.max_width - line.width,
                    line.forced,
                    calcBounds,
                )
                for line in lines
            ],
        )

    textsplit.dumbSplit = dumb_split
    paragraph.cjkFragSplit = cjk_frag_split


def _never(_i: int) -> bool:
    return False
