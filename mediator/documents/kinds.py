"""The kinds of documents the app prints (issue 4, domain.md 2)."""

from __future__ import annotations

from mediator.domain.enums import LabelledEnum


class DocumentKind(LabelledEnum):
    APPLICATION = "application", "调解申请书"
    """An oral application prints as 口头申请笔录 (chosen from the case)."""
    ACCEPTANCE = "acceptance", "受理通知书"
    NON_ACCEPTANCE = "non_acceptance", "不予受理通知书"
    REFUSAL = "refusal", "被申请人拒绝调解告知书"
    SESSION_RECORD = "session_record", "调解笔录"
    AGREEMENT = "agreement", "调解协议书"
    TERMINATION = "termination", "调解终止书"
    SERVICE = "service", "送达回证"
    FOLLOW_UP = "follow_up", "回访记录"
    FILE_COVER = "file_cover", "卷宗封面及卷内目录"
    # Referral to arbitration and the other routes (issue 6, domain.md 1.10-1.12, 2.6).
    REFERRAL_LETTER = "referral_letter", "移送函"
    ARBITRATION_APPLICATION = "arbitration_application", "仲裁申请书"
    EVIDENCE_LIST = "evidence_list", "证据清单"
    JUDICIAL_CONFIRMATION = "judicial_confirmation", "司法确认申请书"
    ARBITRAL_REVIEW = "arbitral_review", "仲裁审查确认申请书"
    PAYMENT_ORDER_GUIDE = "payment_order_guide", "支付令申请指引"
    INSPECTION_COMPLAINT = "inspection_complaint", "劳动保障监察投诉书"
    LEGAL_AID = "legal_aid", "法律援助转介函"
    UNION_AID = "union_aid", "工会帮扶转介函"

    @classmethod
    def parse(cls, text: str) -> DocumentKind:
        """A kind from its code ("agreement") or its Chinese name ("调解协议书")."""
        text = text.strip()
        aliases = {"口头申请笔录": cls.APPLICATION, "调解不成证明": cls.TERMINATION}
        if text in aliases:
            return aliases[text]
        try:
            found = cls.from_label(text)
        except ValueError:
            names = "、".join(f"{k.value}（{k.label}）" for k in cls)
            raise ValueError(f"没有“{text}”这种文书。可选：{names}") from None
        assert isinstance(found, DocumentKind)
        return found


FILE_ORDER: tuple[DocumentKind, ...] = (
    DocumentKind.APPLICATION,
    DocumentKind.ACCEPTANCE,
    DocumentKind.NON_ACCEPTANCE,
    DocumentKind.REFUSAL,
    DocumentKind.SESSION_RECORD,
    DocumentKind.AGREEMENT,
    DocumentKind.TERMINATION,
    DocumentKind.SERVICE,
    DocumentKind.FOLLOW_UP,
    DocumentKind.REFERRAL_LETTER,
    DocumentKind.ARBITRATION_APPLICATION,
    DocumentKind.EVIDENCE_LIST,
    DocumentKind.ARBITRAL_REVIEW,
    DocumentKind.JUDICIAL_CONFIRMATION,
    DocumentKind.PAYMENT_ORDER_GUIDE,
    DocumentKind.INSPECTION_COMPLAINT,
    DocumentKind.LEGAL_AID,
    DocumentKind.UNION_AID,
)
"""The order of the papers in the case file (卷内目录)."""

PACKET_KIND = "referral_packet"
"""The kind under which the merged arbitration packet is recorded (not a template)."""
PACKET_TITLE = "移送仲裁材料"

PACKET_ONLY = frozenset({DocumentKind.REFERRAL_LETTER})
"""Printed only as a part of the arbitration packet: it lists the packet's page ranges."""
