"""Case numbers from a configurable pattern (domain.md 6.3).

A pattern such as "{简称}劳调字〔{年}〕第{n}号" renders as "城南劳调字〔2026〕第15号".
Numbers are not zero-padded. Allocation (per body and calendar year, inside a
transaction) belongs to the persistence layer; this module only renders and
checks patterns. We do our own placeholder parsing instead of ``str.format``
so that a pattern typed by a user can never reach attributes or indexes.
"""

from __future__ import annotations

import re

DEFAULT_PATTERN = "{简称}劳调字〔{年}〕第{n}号"

_ALIASES = {
    "简称": "short_name",
    "机构简称": "short_name",
    "年": "year",
    "n": "seq",
    "序号": "seq",
}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_KNOWN = "、".join("{" + name + "}" for name in _ALIASES)


def _brace_problem(pattern: str) -> str | None:
    depth = 0
    for char in pattern:
        if char == "{":
            depth += 1
            if depth > 1:
                return "编号格式中的花括号嵌套了，每个占位符只能用一对花括号，如{年}"
        elif char == "}":
            depth -= 1
            if depth < 0:
                return "编号格式中有多余的“}”，请检查花括号是否成对"
    if depth:
        return "编号格式中有未闭合的“{”，请检查花括号是否成对"
    return None


def pattern_problem(pattern: str) -> str | None:
    """Chinese explanation of what is wrong with a case-number pattern, or None."""
    if not pattern.strip():
        return "编号格式不能为空，例如" + DEFAULT_PATTERN
    problem = _brace_problem(pattern)
    if problem:
        return problem
    names = _PLACEHOLDER.findall(pattern)
    unknown = [name for name in names if name not in _ALIASES]
    if unknown:
        return f"编号格式中的占位符“{{{unknown[0]}}}”无法识别，可用的占位符有：{_KNOWN}"
    if not any(_ALIASES[name] == "seq" for name in names):
        return "编号格式中缺少序号占位符{n}或{序号}，否则每个案件的编号都会相同"
    return None


def render_case_number(pattern: str, *, short_name: str, year: int, seq: int) -> str:
    """Fill in a pattern; raises ``ValueError`` (Chinese message) for a bad pattern."""
    problem = pattern_problem(pattern)
    if problem:
        raise ValueError(problem)
    values = {"short_name": short_name, "year": str(year), "seq": str(seq)}
    return _PLACEHOLDER.sub(lambda m: values[_ALIASES[m.group(1)]], pattern)


def parse_case_number(pattern: str, number: str, *, short_name: str, year: int) -> int | None:
    """Sequence number of ``number`` if it was rendered from this pattern, else None.

    Useful when importing old registers to continue a series after the
    highest existing number.
    """
    problem = pattern_problem(pattern)
    if problem:
        raise ValueError(problem)
    values = {"short_name": re.escape(short_name), "year": str(year), "seq": r"(\d+)"}
    parts = _PLACEHOLDER.split(pattern)
    # split() alternates literal text and placeholder names.
    regex = "".join(
        values[_ALIASES[part]] if index % 2 else re.escape(part) for index, part in enumerate(parts)
    )
    match = re.fullmatch(regex, number.strip())
    if match is None:
        return None
    seqs = {int(group) for group in match.groups()}
    return seqs.pop() if len(seqs) == 1 else None
