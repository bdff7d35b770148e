"""Code lists of the mediation workflow (acceptance, sessions, agreements, closing).

Values are the stable codes stored in the database; labels are the Chinese
text shown to users and printed on documents.
"""

from __future__ import annotations

from mediator.domain.enums import LabelledEnum


class Action(LabelledEnum):
    """A named move of the case state machine (``domain.workflow``)."""

    ACCEPT = "accept", "受理"
    NOT_ACCEPT = "not_accept", "不予受理"
    RESPONDENT_REFUSES = "respondent_refuses", "被申请人拒绝调解"
    WITHDRAW = "withdraw", "申请人撤回"
    SIGN_AGREEMENT = "sign_agreement", "签订调解协议"
    FAIL = "fail", "调解不成结案"
    REOPEN = "reopen", "重新开启"


class NotAcceptedReason(LabelledEnum):
    """Reasons for 不予受理 (domain.md 2.2)."""

    OUT_OF_SCOPE = "out_of_scope", "不属于劳动争议调解受理范围"
    IMPROPER_PARTIES = "improper_parties", "申请人或被申请人主体不适格"
    NO_CONCRETE_CLAIM = "no_concrete_claim", "没有具体的调解请求和事实理由"
    ALREADY_PENDING = "already_pending", "争议已由仲裁委员会或人民法院受理"


class FailureReason(LabelledEnum):
    """Reasons for ending mediation without agreement (调解终止书, domain.md 2.5).

    Two of the six reasons of 2.5 (被申请人不同意调解, 申请人撤回) are their
    own actions and end states (REFUSED, WITHDRAWN); they are listed here so the
    termination certificate can name them, but ``Action.FAIL`` takes only the
    others (see ``workflow.FAIL_REASONS``).
    """

    RESPONDENT_DISAGREES = "respondent_disagrees", "被申请人不同意调解"
    PARTY_TERMINATES = "party_terminates", "一方要求终止"
    NO_AGREEMENT = "no_agreement", "经调解未能达成协议"
    OVERDUE = "overdue", "自收到申请之日起15日内未达成协议（逾期）"
    NOT_PERFORMED = "not_performed", "达成协议后一方未按期履行"
    APPLICANT_WITHDREW = "applicant_withdrew", "申请人撤回"


class Consent(LabelledEnum):
    """Whether the respondent agrees to mediation (domain.md 1.6)."""

    UNKNOWN = "unknown", "尚未表态"
    YES = "yes", "同意调解"
    NO = "no", "拒绝调解"


class RecusalDecision(LabelledEnum):
    PENDING = "pending", "待决定"
    GRANTED = "granted", "准许回避"
    REFUSED = "refused", "驳回申请"


class RecusalRequester(LabelledEnum):
    APPLICANT = "applicant", "申请人"
    RESPONDENT = "respondent", "被申请人"


class SessionForm(LabelledEnum):
    ON_SITE = "on_site", "现场"
    PHONE = "phone", "电话"
    VIDEO = "video", "视频"


class SessionOutcome(LabelledEnum):
    AGREEMENT = "agreement", "达成协议"
    NO_AGREEMENT = "no_agreement", "未达成协议"
    CONTINUE = "continue", "继续调解"
    PARTY_REFUSES = "party_refuses", "一方拒绝调解"
    WITHDRAWN = "withdrawn", "申请人撤回"


class AttendeeSide(LabelledEnum):
    APPLICANT = "applicant", "申请人方"
    RESPONDENT = "respondent", "被申请人方"
    INVITED = "invited", "邀请参加人员"


class AttendeeKind(LabelledEnum):
    PARTY = "party", "当事人"
    AGENT = "agent", "委托代理人"
    THIRD_PARTY = "third_party", "第三方"


class Speaker(LabelledEnum):
    """Who speaks in one turn of the session record."""

    MEDIATOR = "mediator", "调解员"
    APPLICANT = "applicant", "申请人"
    RESPONDENT = "respondent", "被申请人"
    OTHER = "other", "其他"


class TermKind(LabelledEnum):
    PAYMENT = "payment", "给付条款"
    TEXT = "text", "其他条款"


class FollowUpFinding(LabelledEnum):
    PAID = "paid", "已履行"
    PARTLY_PAID = "partly_paid", "部分履行"
    NOT_PAID = "not_paid", "未履行"
    OTHER = "other", "其他"


class TodoKind(LabelledEnum):
    """One kind of item on the to-do board (首页)."""

    ACCEPTANCE = "acceptance", "受理决定"
    MEDIATION_DUE = "mediation_due", "调解期限"
    SESSION = "session", "调解安排"
    FOLLOW_UP = "follow_up", "回访"
    INSTALMENT = "instalment", "履行（分期付款）"
    EMPLOYER_WARNING = "employer_warning", "单位预警"
    CONFIRMATION_WINDOW = "confirmation_window", "协议确认期限"
    REFERRAL_PENDING = "referral_pending", "转介结果待登记"
    LIMITATION = "limitation", "仲裁时效"
