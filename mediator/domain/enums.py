"""Code lists of the domain.

Each enum's value is the stable code stored in the database and used in the
JSON interchange format; ``label`` is the Chinese text shown to users and
printed on documents (domain.md 3.1, 6.3).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self, cast


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Chinese label."""

    label: str

    def __new__(cls, code: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member

    @classmethod
    def by_code(cls, code: str) -> Self:
        """The member stored as ``code`` (``cls(code)``, spelt so type checkers follow)."""
        member = cls._value2member_map_.get(code)
        if member is None:
            raise ValueError(code)
        return cast(Self, member)

    @classmethod
    def from_label(cls, text: str) -> LabelledEnum:
        """Find a member by its Chinese label or its code (for imports)."""
        text = text.strip()
        for member in cls:
            if text in (member.label, member.value):
                return member
        raise ValueError(text)


class CaseStatus(LabelledEnum):
    """Where a case stands. The transitions live in ``domain.workflow``."""

    RECEIVED = "received", "待受理"
    MEDIATING = "mediating", "调解中"
    AGREED = "agreed", "达成协议"
    FAILED = "failed", "调解不成"
    WITHDRAWN = "withdrawn", "已撤回"
    REFUSED = "refused", "拒绝调解"
    NOT_ACCEPTED = "not_accepted", "不予受理"

    @property
    def is_open(self) -> bool:
        return self in (CaseStatus.RECEIVED, CaseStatus.MEDIATING)


OPEN_STATUSES: tuple[CaseStatus, ...] = (CaseStatus.RECEIVED, CaseStatus.MEDIATING)


class ApplicationForm(LabelledEnum):
    WRITTEN = "written", "书面申请"
    ORAL = "oral", "口头申请"


class Channel(LabelledEnum):
    WALK_IN = "walk_in", "窗口"
    HOTLINE = "hotline_12351", "12351热线"
    ONLINE = "online", "网上平台"
    TRANSFER = "transfer", "转办"
    LETTER = "letter", "信函"


class Category(LabelledEnum):
    """Primary dispute category (domain.md 3.1(d))."""

    PAY = "PAY", "劳动报酬"
    SI = "SI", "社会保险"
    ELR = "ELR", "确认劳动关系"
    CON_SIGN = "CON_SIGN", "订立劳动合同"
    CON_CHG = "CON_CHG", "变更/履行劳动合同"
    CON_END = "CON_END", "解除/终止劳动合同"
    HRS = "HRS", "工作时间及休息休假"
    INJ = "INJ", "工伤待遇/工伤医疗费"
    WEL = "WEL", "福利、培训、劳动保护"
    OTH = "OTH", "其他"


class ClaimCategory(LabelledEnum):
    """What one claim line asks for."""

    WAGES = "wages", "拖欠工资"
    OVERTIME = "overtime", "加班费"
    MIN_WAGE_GAP = "min_wage_gap", "最低工资差额"
    DOUBLE_WAGES = "double_wages", "二倍工资"
    SEVERANCE = "severance", "经济补偿"
    DAMAGES = "damages", "违法解除赔偿金"
    ANNUAL_LEAVE = "annual_leave", "未休年休假工资"
    SOCIAL_INSURANCE = "social_insurance", "社会保险"
    INJURY = "injury", "工伤待遇"
    CONFIRM_RELATION = "confirm_relation", "确认劳动关系"
    OTHER = "other", "其他"


class Sex(LabelledEnum):
    MALE = "M", "男"
    FEMALE = "F", "女"


class IdType(LabelledEnum):
    RESIDENT_ID = "resident_id", "居民身份证"
    HK_MACAO_PERMIT = "hk_macao_permit", "港澳居民来往内地通行证"
    TAIWAN_PERMIT = "taiwan_permit", "台湾居民来往大陆通行证"
    PASSPORT = "passport", "护照"
    FOREIGN_PERMANENT = "foreign_permanent", "外国人永久居留身份证"


class ChainRole(LabelledEnum):
    """A respondent's place in the subcontracting chain."""

    EMPLOYER = "employer", "用人单位"
    GENERAL_CONTRACTOR = "general_contractor", "总包"
    SUBCONTRACTOR = "subcontractor", "分包"
    TEAM_LEADER = "team_leader", "班组长"
    ACTUAL_BUILDER = "actual_builder", "实际施工人"
    CLIENT = "client", "建设单位"


class UserRole(LabelledEnum):
    ADMIN = "admin", "管理员"
    MEDIATOR = "mediator", "调解员"
    CLERK = "clerk", "书记员"


class MediatorRole(LabelledEnum):
    LEAD = "lead", "主办调解员"
    ASSISTANT = "assistant", "协办调解员"
    RECORDER = "recorder", "记录人"


class AgentSide(LabelledEnum):
    APPLICANT = "applicant", "申请人"
    RESPONDENT = "respondent", "被申请人"


class DayKind(LabelledEnum):
    """An entry of the editable holiday table."""

    HOLIDAY = "holiday", "放假"
    WORKDAY = "workday", "调休上班"


COLLECTIVE_THRESHOLD = 10
"""10 or more workers with a common claim form a collective dispute (调解仲裁法 Art.7)."""
