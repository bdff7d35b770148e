"""Reading the values people type into spreadsheet cells.

Each parser takes what openpyxl or the csv module hands over (``str``,
``int``, ``float``, ``datetime``, ``None``) and either returns a clean value
or raises ``ValueError`` with a Chinese reason that names the expected form.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TypeVar, cast

from mediator.domain.enums import LabelledEnum
from mediator.domain.money import FEN, parse_amount

_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = range(1, 2958466)  # Excel serial dates: 1900-01-01 .. 9999-12-31
_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
DATE_HINT = "请写成2026-03-05、2026/3/5或2026年3月5日"

E = TypeVar("E", bound=LabelledEnum)

_TRUE = frozenset({"是", "是的", "y", "yes", "true", "1", "√", "✓", "对"})
_FALSE = frozenset({"否", "不是", "n", "no", "false", "0", "×", "✗", "无"})


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without ".0", dates as ISO, stripped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value)).strip()


def parse_date(value: object) -> date | None:
    """A date from a real Excel date, an Excel serial number or a typed text."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if int(value) in _SERIAL_RANGE:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(f"“{cell_text(value)}”不是日期，{DATE_HINT}")
    text = unicodedata.normalize("NFKC", str(value)).strip()
    match = _DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if match is None:
        raise ValueError(f"“{text}”不是可识别的日期，{DATE_HINT}")
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValueError(f"“{text}”不是有效的日期（没有这一天），请核对") from None


def parse_bool(value: object) -> bool:
    """是/否 (also Y/N, 1/0, √); an empty cell means 否."""
    if is_blank(value):
        return False
    if isinstance(value, bool):
        return value
    text = cell_text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"“{cell_text(value)}”应填“是”或“否”")


def parse_money(value: object) -> Decimal | None:
    """An amount in yuan with at most two decimals; None for an empty cell."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise ValueError(f"“{cell_text(value)}”不是金额")
    if isinstance(value, int):
        return parse_amount(str(value))
    if isinstance(value, float):
        return _float_money(value)
    return parse_amount(str(value))


def _float_money(value: float) -> Decimal:
    """Excel stores 12345.6 as a binary float; accept it if it is a whole number of fen."""
    try:
        exact = Decimal(repr(value))
    except InvalidOperation:  # pragma: no cover - repr of a float is always a number
        raise ValueError(f"“{value}”不是金额") from None
    rounded = exact.quantize(FEN)
    if abs(exact - rounded) > Decimal("0.000001"):
        raise ValueError(f"金额“{value}”超过两位小数，金额最多精确到分，请核对")
    return parse_amount(str(rounded))


def parse_identifier(value: object, what: str) -> str:
    """ID numbers, credit codes and phones must stay text.

    Excel turns a long digit string typed into a General cell into a number
    and keeps only 15 significant digits: an 18-digit ID number comes back
    with its last digits replaced by zeros, which no check can undo.
    """
    if is_blank(value):
        return ""
    if isinstance(value, float) and not value.is_integer():
        raise ValueError(f"{what}被Excel存成了小数（{value}），请把该列设为“文本”格式后重新填写")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = str(int(value))
        if len(digits) > 15:
            raise ValueError(
                f"{what}被Excel存成了数字（显示为{digits}），末尾几位已经丢失；"
                "请把该列设为“文本”格式后重新填写号码"
            )
        return digits
    return cell_text(value)


@cache
def _members_by_code(enum_cls: type[LabelledEnum]) -> dict[str, LabelledEnum]:
    return {member.value: member for member in enum_cls}


def by_code(enum_cls: type[E], code: str) -> E:
    """The member with the stable code ``code`` (KeyError if there is none)."""
    return cast(E, _members_by_code(enum_cls)[code])


def parse_choice(
    enum_cls: type[E], value: object, aliases: dict[str, str] | None = None
) -> E | None:
    """A code-list member by label, code or alias; None for an empty cell."""
    if is_blank(value):
        return None
    text = unicodedata.normalize("NFKC", cell_text(value)).strip()
    compact = re.sub(r"\s+", "", text)
    code = (aliases or {}).get(compact)
    if code is not None:
        return by_code(enum_cls, code)
    for member in enum_cls:
        label = unicodedata.normalize("NFKC", member.label)
        short = re.split(r"[（(]", label)[0]
        parts = re.split(r"[/、]", short)  # "工伤待遇/工伤医疗费" also answers to "工伤待遇"
        if compact in (label, member.value, member.value.lower(), short, *parts):
            return member
        if compact.upper() == member.value:
            return member
    choices = "、".join(m.label for m in enum_cls)
    raise ValueError(f"“{text}”无法识别，可填：{choices}")
