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
)
"""The order of the papers in the case file (卷内目录)."""
