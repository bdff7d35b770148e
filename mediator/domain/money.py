"""Money: Decimal in code, integer fen (分) in the database, capitals on paper.

Rules (domain.md 4, 6.1): compute with ``Decimal``, round once at the end to
0.01 yuan with ROUND_HALF_UP, store integer fen, and print amounts with their
大写 form in brackets.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")
MAX_AMOUNT = Decimal("999999999999.99")
"""Largest amount the app accepts (just under 1万亿元): far above any labour
claim, and small enough that quantising and fen columns never overflow."""
MAX_CAPITAL_YUAN = 10**16 - 1
"""Largest whole-yuan amount ``capital_amount`` can write (9999万亿 and change)."""

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿", "万亿")


def _require_finite(amount: Decimal) -> None:
    if not amount.is_finite():
        raise ValueError(f"金额“{amount}”不是有效数字")


def round_yuan(amount: Decimal) -> Decimal:
    """Round to whole fen, half up: the single rounding step at the end of a calculation."""
    _require_finite(amount)
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal) -> int:
    """Yuan as ``Decimal`` -> integer fen for storage (rounded half up)."""
    return int(round_yuan(amount) * 100)


def from_fen(fen: int) -> Decimal:
    """Integer fen from storage -> yuan with exactly two decimal places."""
    return (Decimal(fen) / 100).quantize(FEN)


def format_amount(amount: Decimal) -> str:
    """Figures with thousands separators and two decimals: "64,000.00"."""
    return f"{round_yuan(amount):,.2f}"


# --------------------------------------------------------------------------
# Parsing user input
# --------------------------------------------------------------------------

_PREFIXES = ("人民币", "RMB", "CNY", "¥")
_SUFFIXES = ("元整", "元")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _strip_affixes(text: str) -> str:
    for prefix in _PREFIXES:
        if text.upper().startswith(prefix):
            text = text[len(prefix) :]
            break
    for suffix in _SUFFIXES:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    return text.strip()


def parse_amount(text: str) -> Decimal:
    """Read an amount typed by a user or found in a spreadsheet cell.

    Accepts "64000", "64,000.00", "￥64,000", "64000元", "人民币64000元" and
    full-width digits. Thousands separators must be in the right places, so
    that a typo like "6,4000" is caught instead of guessed at. Returns the
    amount with two decimal places; raises ``ValueError`` with a Chinese
    message otherwise.
    """
    raw = text
    # NFKC turns full-width digits, "，", "．" and "￥" into their ASCII forms.
    text = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    if not text:
        raise ValueError("金额未填写，请填写数字，例如64000或64,000.00")
    if text.startswith("-") or text.startswith("负"):
        raise ValueError(f"金额“{raw.strip()}”是负数，金额不能为负，请核对")
    number = _strip_affixes(text)
    if not (_PLAIN_NUMBER.fullmatch(number) or _GROUPED_NUMBER.fullmatch(number)):
        raise ValueError(f"“{raw.strip()}”不是有效的金额，请只填写数字，例如64000或64,000.00")
    if "." in number and len(number.split(".")[1]) > 2:
        raise ValueError(f"金额“{raw.strip()}”超过两位小数，金额最多精确到分，请核对")
    try:
        amount = Decimal(number.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the regexes rule this out
        raise ValueError(f"“{raw.strip()}”不是有效的金额") from exc
    if amount > MAX_AMOUNT:
        raise ValueError(f"金额“{raw.strip()}”过大，请核对（最多到千亿元）")
    return amount.quantize(FEN)


def amount_problem(amount: Decimal, what: str) -> str | None:
    """Why ``amount`` (named ``what``) cannot be stored as fen, or None."""
    if not amount.is_finite():
        return f"{what}不是有效数字，请重新填写"
    if amount < 0:
        return f"{what}（{amount}）不能为负数，请重新填写"
    if amount > MAX_AMOUNT:
        return f"{what}（{amount}）过大，请核对（最多到千亿元）"
    if amount.quantize(FEN) != amount:
        return f"{what}（{amount}）超过两位小数，金额最多精确到分，请重新填写"
    return None


# --------------------------------------------------------------------------
# 大写金额 (domain.md 6.1)
# --------------------------------------------------------------------------


def _split(amount: Decimal) -> tuple[int, int, int]:
    """Quantise and split into (yuan, jiao, fen); rejects negative amounts."""
    rounded = round_yuan(amount)
    if rounded < 0:
        raise ValueError(f"金额{format_amount(amount)}是负数，无法写成大写金额")
    fen_total = int(rounded * 100)
    yuan, cents = divmod(fen_total, 100)
    if yuan > MAX_CAPITAL_YUAN:
        raise ValueError(f"金额{format_amount(amount)}过大，无法写成大写金额")
    return yuan, cents // 10, cents % 10


def _yuan_words(yuan: int) -> str:
    """Whole yuan in capitals without "元".

    One 零 for every run of zeros between non-zero digits, carried across
    万/亿 boundaries (the canonical choice in domain.md 6.1); a group unit is
    written only for a non-zero group. Above 1万亿 the top group takes "万"
    and shares the next group's "亿" (壹万零壹亿), as Chinese numerals do.
    """
    digits = str(yuan)
    groups = [digits[max(0, end - 4) : end] for end in range(len(digits), 0, -4)][::-1]
    out: list[str] = []
    pending_zero = False
    for index, group in enumerate(groups):
        group_unit = _GROUP_UNITS[len(groups) - 1 - index]
        if group_unit == "万亿" and int(groups[index + 1]):
            # 壹万零壹亿, not 壹万亿零壹亿: the 亿 of the next group covers both.
            group_unit = "万"
        for position, char in enumerate(group):
            value = int(char)
            if value == 0:
                pending_zero = pending_zero or bool(out)
                continue
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(_DIGITS[value] + _SMALL_UNITS[len(group) - 1 - position])
        if int(group):
            out.append(group_unit)
    return "".join(out)


def capital_words(amount: Decimal) -> str:
    """The 大写 form without the "人民币" prefix: "陆万肆仟元整"."""
    yuan, jiao, fen = _split(amount)
    if yuan == jiao == fen == 0:
        return "零元整"
    words = _yuan_words(yuan) + ("元" if yuan else "")
    if jiao == fen == 0:
        return words + "整"
    if jiao:
        words += _DIGITS[jiao] + "角"
    elif yuan:
        words += "零"  # 零 is required between 元 and 分 when 角 is 0
    if fen:
        words += _DIGITS[fen] + "分"
    return words


def capital_amount(amount: Decimal) -> str:
    """Amount in capital numerals with the prefix: "人民币陆万肆仟元整"."""
    return "人民币" + capital_words(amount)


def amount_with_capitals(amount: Decimal) -> str:
    """Figures followed by capitals, as written in agreements.

    "人民币64,000.00元（大写：陆万肆仟元整）"
    """
    return f"人民币{format_amount(amount)}元（大写：{capital_words(amount)}）"
