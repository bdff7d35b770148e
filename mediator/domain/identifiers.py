"""Validation of identifiers: citizen ID numbers, USCC codes, phone numbers.

Every check returns a result object instead of raising, because intake wants
to collect all problems of a form at once. Messages are Chinese phrases whose
subject is the identifier itself ("身份证号码校验位错误，应为X，请核对证件"), so
that intake can prefix the row ("第3名申请人（张三）的") and get a sentence.

References: domain.md 5.1 (GB 11643), 5.2 (GB 32100, GB 11714), 5.3 (phones).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from mediator.domain.enums import IdType, Sex

# --------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------

_WHITESPACE = re.compile(r"\s+")


def _squeeze(value: str) -> str:
    """NFKC-fold (full-width digits and letters to ASCII) and drop all whitespace.

    Only used for identifiers, never for names: NFKC would rewrite CJK
    compatibility ideographs in a person's name.
    """
    return _WHITESPACE.sub("", unicodedata.normalize("NFKC", value))


def _format_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


# --------------------------------------------------------------------------
# 公民身份号码 (GB 11643-1999)
# --------------------------------------------------------------------------

_RESIDENT_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RESIDENT_CHECK_CHARS = "10X98765432"
_RESIDENT_18 = re.compile(r"\d{17}[\dX]")
_RESIDENT_15 = re.compile(r"\d{15}")
MIN_AGE = 14
"""Youngest plausible age of an applicant; anything younger is a typo."""
EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class IdCheck:
    """Outcome of checking an ID number.

    ``normalized`` is the cleaned-up form to store (18 characters for a
    resident ID, upper-case X). ``birth_date`` and ``sex`` are filled whenever
    the number carries a real birth date, even if another check failed.
    """

    ok: bool
    normalized: str
    message: str = ""
    birth_date: date | None = None
    sex: Sex | None = None


def resident_id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValueError("需要17位数字")
    total = sum(int(c) * w for c, w in zip(first17, _RESIDENT_WEIGHTS, strict=True))
    return _RESIDENT_CHECK_CHARS[total % 11]


def normalize_resident_id(value: str) -> str:
    """Strip spaces, upper-case x, and convert a valid-looking 15-digit number to 18.

    Does not validate; anything that is not 15 digits is returned cleaned only.
    """
    text = _squeeze(value).upper()
    if _RESIDENT_15.fullmatch(text):
        return upgrade_15_to_18(text)
    return text


def upgrade_15_to_18(old: str) -> str:
    """Convert a first-generation 15-digit number: insert "19", append the check char."""
    if not _RESIDENT_15.fullmatch(old):
        raise ValueError("需要15位数字")
    first17 = old[:6] + "19" + old[6:]
    return first17 + resident_id_check_char(first17)


def _age_on(birth: date, today: date) -> int:
    before_birthday = (today.month, today.day) < (birth.month, birth.day)
    return today.year - birth.year - int(before_birthday)


def _parse_birth(digits: str) -> date | None:
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def _resident_format_problem(text: str) -> str | None:
    """Explain why ``text`` is not 18 characters of the right kind, or None."""
    if not text:
        return "身份证号码未填写"
    if len(text) != 18:
        return f"身份证号码应为18位（或15位旧号码），现为{len(text)}位，请核对是否漏填或多填"
    for pos, char in enumerate(text[:17], start=1):
        if not ("0" <= char <= "9"):
            return f"身份证号码第{pos}位“{char}”不是数字，前17位只能是数字，请核对"
    return f"身份证号码第18位“{text[17]}”无效，最后一位只能是数字或X，请核对"


def check_resident_id(value: str, today: date, *, verify_checksum: bool = True) -> IdCheck:
    """Check a 居民身份证 number (domain.md 5.1).

    Accepts the 15-digit first-generation form and returns the 18-digit form
    in ``normalized``. The region code is never checked: codes change over
    time and a region table would reject genuine old cards. ``verify_checksum``
    exists because the checksum types are a setting (domain.md 8.2).
    """
    text = normalize_resident_id(value)
    if not _RESIDENT_18.fullmatch(text):
        return IdCheck(False, text, _resident_format_problem(text) or "")
    birth = _parse_birth(text[6:14])
    if birth is None:
        return IdCheck(
            False, text, f"身份证号码中的出生日期“{text[6:14]}”不是有效日期，请核对第7至14位"
        )
    sex = Sex.MALE if int(text[16]) % 2 == 1 else Sex.FEMALE
    problem = _resident_plausibility_problem(text, birth, today, verify_checksum)
    return IdCheck(problem is None, text, problem or "", birth, sex)


def _resident_plausibility_problem(
    text: str, birth: date, today: date, verify_checksum: bool
) -> str | None:
    if verify_checksum:
        expected = resident_id_check_char(text[:17])
        if text[17] != expected:
            return f"身份证号码校验位错误，应为{expected}，请核对证件"
    if birth > today:
        return f"身份证号码中的出生日期（{_format_date(birth)}）晚于今天，请核对第7至14位"
    if birth < EARLIEST_BIRTH:
        return f"身份证号码中的出生日期（{_format_date(birth)}）早于1900年，请核对第7至14位"
    if _age_on(birth, today) < MIN_AGE:
        return (
            f"身份证号码中的出生日期（{_format_date(birth)}）表明此人不满{MIN_AGE}周岁，"
            "请核对第7至14位"
        )
    return None


# --------------------------------------------------------------------------
# Other ID types
# --------------------------------------------------------------------------

_GENERIC_ID = re.compile(r"[A-Za-z0-9()\-]{5,30}")


def normalize_id_number(id_type: IdType, value: str) -> str:
    """Clean an ID number of any type for storage (no validation)."""
    if id_type is IdType.RESIDENT_ID:
        return normalize_resident_id(value)
    return _squeeze(value).upper()


def check_id_number(
    id_type: IdType,
    value: str,
    today: date,
    checksum_types: frozenset[IdType] = frozenset({IdType.RESIDENT_ID}),
) -> IdCheck:
    """Check an ID number of the given type.

    A resident ID gets the full GB 11643 check (checksum only if the type is
    in ``checksum_types``). Other documents (passports, permits) have formats
    we cannot verify, so they only need 5-30 letters, digits, parentheses or
    hyphens; if their type is configured as checksum-validated and the number
    has 18 characters, the MOD 11-2 check applies (港澳台居住证, new 永居证).
    """
    if id_type is IdType.RESIDENT_ID:
        return check_resident_id(value, today, verify_checksum=IdType.RESIDENT_ID in checksum_types)
    text = normalize_id_number(id_type, value)
    label = id_type.label
    if not text:
        return IdCheck(False, text, f"{label}号码未填写")
    if not _GENERIC_ID.fullmatch(text):
        return IdCheck(
            False,
            text,
            f"{label}号码“{text}”格式不对，应为5至30位字母、数字、括号或连字符，请核对",
        )
    if id_type in checksum_types and len(text) == 18:
        return _check_18_char_permit(label, text)
    return IdCheck(True, text)


def _check_18_char_permit(label: str, text: str) -> IdCheck:
    if not _RESIDENT_18.fullmatch(text):
        return IdCheck(False, text, f"{label}号码应为17位数字加一位数字或X，请核对")
    expected = resident_id_check_char(text[:17])
    if text[17] != expected:
        return IdCheck(False, text, f"{label}号码校验位错误，应为{expected}，请核对证件")
    return IdCheck(True, text)


# --------------------------------------------------------------------------
# 统一社会信用代码 (GB 32100-2015)
# --------------------------------------------------------------------------

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUES = {c: i for i, c in enumerate(USCC_ALPHABET)}
_USCC_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))


def uscc_check_char(first17: str) -> str:
    """GB 32100 check character; ``first17`` must use the USCC alphabet."""
    total = sum(_USCC_VALUES[c] * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def normalize_uscc(value: str) -> str:
    """Strip spaces and upper-case (no validation)."""
    return _squeeze(value).upper()


def check_uscc(value: str) -> IdCheck:
    """Check a 统一社会信用代码 (domain.md 5.2).

    Unlike python-stdnum, positions 1-8 may be letters: codes starting with
    Y, A or N exist, and 个体工商户 are common in township cases.
    """
    text = normalize_uscc(value)
    if not text:
        return IdCheck(False, text, "统一社会信用代码未填写")
    if len(text) != 18:
        return IdCheck(
            False, text, f"统一社会信用代码应为18位，现为{len(text)}位，请对照营业执照核对"
        )
    for pos, char in enumerate(text, start=1):
        if char not in _USCC_VALUES:
            return IdCheck(False, text, _illegal_uscc_char_message(pos, char))
    expected = uscc_check_char(text[:17])
    if text[17] != expected:
        return IdCheck(
            False, text, f"统一社会信用代码校验位错误，第18位应为{expected}，请对照营业执照核对"
        )
    return IdCheck(True, text)


def _illegal_uscc_char_message(pos: int, char: str) -> str:
    hint = ""
    if char in "IOSVZ":
        # The usual cause is reading a digit as a look-alike letter.
        lookalike = {"I": "1", "O": "0", "S": "5", "V": "U", "Z": "2"}[char]
        hint = f"（代码中不使用字母I、O、S、V、Z，是否应为“{lookalike}”？）"
    return f"统一社会信用代码第{pos}位的“{char}”不是允许的字符{hint}，请对照营业执照核对"


# GB 11714 organisation code inside the USCC (positions 9-17).
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def org_code_check_char(first8: str) -> str:
    """GB 11714 check character: digits count as themselves, letters A=10 ... Z=35."""
    total = sum(int(c, 36) * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def uscc_org_code_warning(value: str) -> str | None:
    """Warning if the embedded 组织机构代码 fails its own check, else None.

    Only a warning: the formula is unconfirmed for codes containing letters
    (domain.md 5.2, 8.1 item 5). Returns None for codes that do not pass
    ``check_uscc`` at all, which already produces an error.
    """
    if not check_uscc(value).ok:
        return None
    text = normalize_uscc(value)
    org = text[8:17]
    expected = org_code_check_char(org[:8])
    if org[8] == expected:
        return None
    return (
        f"统一社会信用代码第9至17位（组织机构代码{org[:8]}-{org[8]}）的校验位按GB 11714应为"
        f"{expected}，请对照营业执照核对；如执照上确实如此，可忽略此提示"
    )


# --------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------

STRICT_CN_MOBILE = r"1(?:610\d|740[0-5])\d{6}|1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8}"
"""libphonenumber's CN mobile pattern (phonenumbers 9.0.43), domain.md 5.3."""
_STRICT_MOBILE_RE = re.compile(STRICT_CN_MOBILE)
_LANDLINE = re.compile(r"(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?")
_PHONE_PUNCTUATION = re.compile(r"[\s()\[\]]+")


@dataclass(frozen=True)
class PhoneCheck:
    """Outcome of checking a phone number.

    ``warning`` is set when a mobile number passes the configurable simple
    pattern but not libphonenumber's stricter list of ranges; new ranges
    appear, so it never blocks.
    """

    ok: bool
    normalized: str
    kind: str
    message: str = ""
    warning: str = ""


def _clean_phone(value: str) -> str:
    """NFKC-fold, drop spaces/brackets, unify extension markers and hyphens."""
    text = _PHONE_PUNCTUATION.sub("", unicodedata.normalize("NFKC", value))
    text = text.replace("转", "-").replace("—", "-").replace("–", "-")
    return re.sub(r"-{2,}", "-", text).strip("-")


def _strip_country_code(text: str) -> tuple[str, bool]:
    """Remove +86 / 0086 / 86; the flag says whether a country code was present."""
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            return text[len(prefix) :].lstrip("-"), True
    bare = text.replace("-", "")
    # A bare "86" is only a prefix when what follows is an 11-digit number.
    if bare.startswith("86") and len(bare) == 13 and bare[2] == "1":
        return bare[2:], True
    return text, False


def check_phone(value: str, mobile_pattern: str = r"^1[3-9]\d{9}$") -> PhoneCheck:
    """Check a mainland mobile or landline number (domain.md 5.3).

    Mobile numbers are normalised to 11 digits; landlines to
    "区号-号码[-分机]" (e.g. "0571-87654321-123").
    """
    text = _clean_phone(value)
    if not text:
        return PhoneCheck(False, "", "", "电话号码未填写")
    text, international = _strip_country_code(text)
    digits = text.replace("-", "")
    if international and not digits.startswith("0") and not _looks_mobile(digits):
        # +86 571 ... is dialled 0571 ... at home; Beijing's area code 10 starts with 1.
        text, digits = "0" + text, "0" + digits
    if re.fullmatch(mobile_pattern, digits):
        return _mobile_result(digits)
    landline = _normalize_landline(text)
    if landline is not None:
        return PhoneCheck(True, landline, "landline")
    return PhoneCheck(False, text, "", _phone_problem(digits))


def _looks_mobile(digits: str) -> bool:
    return len(digits) == 11 and digits.startswith("1")


def _mobile_result(digits: str) -> PhoneCheck:
    if _STRICT_MOBILE_RE.fullmatch(digits):
        return PhoneCheck(True, digits, "mobile")
    warning = (
        f"手机号码{digits}的号段（{digits[:3]}）不在已知号段表中，请再核对一遍；"
        "如号码无误可忽略此提示"
    )
    return PhoneCheck(True, digits, "mobile", warning=warning)


def _area_code_length(digits: str) -> int:
    """010 and 02x are the three-digit area codes; all others have four."""
    return 3 if digits[1] in "12" else 4


def _normalize_landline(text: str) -> str | None:
    match = _LANDLINE.fullmatch(text)
    if match is None:
        return None
    area, number, extension = match.groups()
    if "-" not in text[: len(area) + 1]:
        # No hyphen after the area code: split by the national numbering plan.
        joined = area + number
        cut = _area_code_length(joined)
        area, number = joined[:cut], joined[cut:]
        if not 7 <= len(number) <= 8:
            return None
    parts = [area, number] + ([extension] if extension else [])
    return "-".join(parts)


def _phone_problem(digits: str) -> str:
    if digits.isdigit() and digits.startswith("1"):
        if len(digits) != 11:
            return f"手机号码应为11位，现为{len(digits)}位，请核对"
        return f"手机号码“{digits}”的号段不存在，请核对"
    if digits.isdigit() and not digits.startswith("0") and 7 <= len(digits) <= 8:
        return "固定电话需要加区号，例如0571-87654321，请补上区号"
    return (
        f"电话号码“{digits}”既不是11位手机号码，也不是带区号的固定电话（如0571-87654321），请核对"
    )
