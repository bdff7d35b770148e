"""The JSON interchange format ``mediator-cases`` version 1.

A document holds every case of an export with everything the register knows
about it, so that another office (or a rebuilt computer) can recreate the
cases unchanged. The format is described in ``docs/exchange-format.md`` and
checked by ``resources/schema/case-exchange.schema.json`` (draft 2020-12).
Codes are the stable enum values; dates are ISO ``YYYY-MM-DD``; amounts are
strings with two decimals ("12345.60") so that no reader turns them into
binary floats.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from mediator import __version__
from mediator.domain.enums import (
    AgentSide,
    ApplicationForm,
    CaseStatus,
    Category,
    ChainRole,
    Channel,
    ClaimCategory,
    IdType,
    Sex,
)
from mediator.domain.errors import MediatorError
from mediator.domain.model import (
    AgentData,
    ApplicantData,
    CaseData,
    ClaimData,
    RespondentData,
)
from mediator.domain.workflow_enums import Consent
from mediator.exchange.records import CaseRecord, Problem
from mediator.exchange.values import by_code
from mediator.paths import resources_dir
from mediator.persistence.officesettings import OfficeSettings

FORMAT_NAME = "mediator-cases"
FORMAT_VERSION = 1
MAX_REPORTED = 50


class ExchangeFileError(MediatorError):
    """A file that cannot be read as an interchange document at all."""


def schema_path() -> Path:
    return resources_dir() / "schema" / "case-exchange.schema.json"


@cache
def load_schema() -> dict[str, Any]:
    with schema_path().open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


# -- writing ---------------------------------------------------------------------------------


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def _applicant(a: ApplicantData) -> dict[str, Any]:
    return {
        "name": a.name,
        "sex": None if a.sex is None else a.sex.value,
        "id_type": a.id_type.value,
        "id_number": a.id_number,
        "phone": a.phone,
        "is_migrant": a.is_migrant,
        "employment_start": _day(a.employment_start),
        "employment_end": _day(a.employment_end),
        "job": a.job,
        "monthly_wage": _money(a.monthly_wage),
        "address": a.address,
        "mailing_address": a.mailing_address,
        "is_representative": a.is_representative,
    }


def _respondent(r: RespondentData) -> dict[str, Any]:
    return {
        "name": r.name,
        "uscc": r.uscc,
        "legal_rep": r.legal_rep,
        "legal_rep_title": r.legal_rep_title,
        "address": r.address,
        "mailing_address": r.mailing_address,
        "phone": r.phone,
        "industry": r.industry,
        "chain_role": r.chain_role.value,
    }


def _agent(g: AgentData) -> dict[str, Any]:
    return {
        "side": g.side.value,
        "name": g.name,
        "relation": g.relation,
        "phone": g.phone,
        "id_number": g.id_number,
        "principal_index": g.principal_index,
    }


def _claim(c: ClaimData) -> dict[str, Any]:
    return {
        "applicant_index": c.applicant_index,
        "category": c.category.value,
        "description": c.description,
        "amount": _money(c.amount),
        "period_start": _day(c.period_start),
        "period_end": _day(c.period_end),
    }


def record_to_json(record: CaseRecord) -> dict[str, Any]:
    """One case as a JSON object (keys in the documented order)."""
    data = record.data
    voided = None
    if record.voided_on is not None:
        voided = {"on": record.voided_on.isoformat(), "reason": record.void_reason}
    return {
        "number": record.number,
        "status": record.status.value,
        "received_on": data.received_on.isoformat(),
        "accepted_on": _day(record.accepted_on),
        "closed_on": _day(record.closed_on),
        "closure_reason": record.closure_reason,
        "respondent_consent": record.respondent_consent.value,
        "respondent_consent_on": _day(record.respondent_consent_on),
        "acceptance_due": _day(record.acceptance_due),
        "mediation_due": _day(record.mediation_due),
        "application_form": data.application_form.value,
        "channel": data.channel.value,
        "category": data.category.value,
        "facts": data.facts,
        "external_ref": data.external_ref,
        "lead_mediator": record.lead_mediator or None,
        "voided": voided,
        "applicants": [_applicant(a) for a in data.applicants],
        "respondents": [_respondent(r) for r in data.respondents],
        "agents": [_agent(g) for g in data.agents],
        "claims": [_claim(c) for c in data.claims],
    }


def header(settings: OfficeSettings, exported_at: datetime) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "office": {
            "name": settings.office_name,
            "short_name": settings.short_name,
            "number_pattern": settings.number_pattern,
        },
    }


def _dump(value: Any, indent: int) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + " " * indent)


def write_document(
    out: TextIO, settings: OfficeSettings, records: Iterable[CaseRecord], exported_at: datetime
) -> int:
    """Stream a document to ``out`` case by case; returns the number of cases.

    The result is the same text ``json.dumps(doc, ensure_ascii=False,
    indent=2)`` would give, without holding every case in memory.
    """
    head = header(settings, exported_at)
    out.write("{\n")
    for key, value in head.items():
        out.write(f"  {json.dumps(key)}: {_dump(value, 2)},\n")
    out.write('  "cases": [')
    count = 0
    for record in records:
        out.write(",\n    " if count else "\n    ")
        out.write(_dump(record_to_json(record), 4))
        count += 1
    out.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


# -- reading ---------------------------------------------------------------------------------


def read_document(path: Path) -> Any:
    """Parse the file as JSON (UTF-8, with or without BOM)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeFileError(f"文件“{path}”不是UTF-8编码的JSON文件，无法读取。") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExchangeFileError(
            f"文件“{path}”不是有效的JSON（第{exc.lineno}行第{exc.colno}列附近有错误），未导入。"
        ) from exc


_TYPE_NAMES = {
    "string": "文本",
    "integer": "整数",
    "number": "数字",
    "boolean": "true或false",
    "array": "列表",
    "object": "对象",
    "null": "null",
}


def json_path(parts: Iterable[Any]) -> str:
    """``["cases", 3, "applicants", 0, "name"]`` -> ``cases[3].applicants[0].name``."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "（文件顶层）"


def _pattern_hint(pattern: str) -> str:
    if "\\d{4}-" in pattern:
        return "日期应写成YYYY-MM-DD，例如2026-03-05"
    if "\\.\\d{2}" in pattern:
        return '金额应写成带两位小数的文本，例如"12345.60"'
    if "A-HJ-NP" in pattern:
        return "统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z），没有则为空文本"
    return "格式不正确"


def _types(expected: Any) -> str:
    names = expected if isinstance(expected, list) else [expected]
    return "或".join(_TYPE_NAMES.get(str(n), str(n)) for n in names)


def _describe(error: Any) -> str:
    """A Chinese sentence for one jsonschema ``ValidationError``."""
    kind, value, instance = error.validator, error.validator_value, error.instance
    if kind == "required":
        missing = [name for name in value if name not in instance]
        return f"缺少字段“{'、'.join(missing)}”"
    if kind == "additionalProperties":
        extra = sorted(set(instance) - set(error.schema.get("properties", {})))
        return f"有无法识别的字段“{'、'.join(extra)}”"
    if kind == "type":
        return f"应为{_types(value)}，现在是{json.dumps(instance, ensure_ascii=False)[:40]}"
    if kind == "enum":
        choices = "、".join("null" if v is None else str(v) for v in value)
        return f"取值“{instance}”无效，可用：{choices}"
    if kind == "const":
        return f"应为{json.dumps(value, ensure_ascii=False)}，现在是{json.dumps(instance)}"
    if kind == "pattern":
        return f"“{instance}”：{_pattern_hint(value)}"
    if kind == "format":
        return f"“{instance}”不是有效的{'日期' if value == 'date' else '时间'}"
    if kind in ("minLength", "minItems"):
        return "不能为空"
    if kind == "minimum":
        return f"不能小于{value}"
    return str(error.message)


def schema_problems(document: Any) -> list[Problem]:
    """Every place where ``document`` breaks the schema (at most ``MAX_REPORTED``)."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(
        load_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.path])
    problems = [Problem(json_path(e.absolute_path), _describe(e)) for e in errors[:MAX_REPORTED]]
    if len(errors) > MAX_REPORTED:
        problems.append(Problem("", f"另有{len(errors) - MAX_REPORTED}处不符合格式，未一一列出。"))
    return problems


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _amount(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _applicant_from(obj: dict[str, Any]) -> ApplicantData:
    return ApplicantData(
        name=obj["name"],
        sex=None if obj["sex"] is None else by_code(Sex, obj["sex"]),
        id_type=by_code(IdType, obj["id_type"]),
        id_number=obj["id_number"],
        phone=obj["phone"],
        is_migrant=obj["is_migrant"],
        employment_start=_date(obj["employment_start"]),
        employment_end=_date(obj["employment_end"]),
        job=obj["job"],
        monthly_wage=_amount(obj["monthly_wage"]),
        address=obj["address"],
        # Optional: files written before the app recorded a mailing address lack it.
        mailing_address=obj.get("mailing_address", ""),
        is_representative=obj["is_representative"],
    )


def _respondent_from(obj: dict[str, Any]) -> RespondentData:
    return RespondentData(
        name=obj["name"],
        uscc=obj["uscc"],
        legal_rep=obj["legal_rep"],
        legal_rep_title=obj.get("legal_rep_title", ""),
        address=obj["address"],
        mailing_address=obj.get("mailing_address", ""),
        phone=obj["phone"],
        industry=obj["industry"],
        chain_role=by_code(ChainRole, obj["chain_role"]),
    )


def _agent_from(obj: dict[str, Any]) -> AgentData:
    return AgentData(
        side=by_code(AgentSide, obj["side"]),
        name=obj["name"],
        relation=obj["relation"],
        phone=obj["phone"],
        id_number=obj["id_number"],
        principal_index=obj["principal_index"],
    )


def _claim_from(obj: dict[str, Any]) -> ClaimData:
    return ClaimData(
        applicant_index=obj["applicant_index"],
        category=by_code(ClaimCategory, obj["category"]),
        description=obj["description"],
        amount=_amount(obj["amount"]),
        period_start=_date(obj["period_start"]),
        period_end=_date(obj["period_end"]),
    )


def record_from_json(obj: dict[str, Any]) -> CaseRecord:
    """A case from a schema-valid JSON object (see ``schema_problems``)."""
    data = CaseData(
        received_on=date.fromisoformat(obj["received_on"]),
        category=by_code(Category, obj["category"]),
        application_form=by_code(ApplicationForm, obj["application_form"]),
        channel=by_code(Channel, obj["channel"]),
        facts=obj["facts"],
        external_ref=obj["external_ref"],
        applicants=[_applicant_from(a) for a in obj["applicants"]],
        respondents=[_respondent_from(r) for r in obj["respondents"]],
        agents=[_agent_from(g) for g in obj["agents"]],
        claims=[_claim_from(c) for c in obj["claims"]],
    )
    voided = obj["voided"]
    return CaseRecord(
        data=data,
        number=obj["number"],
        status=by_code(CaseStatus, obj["status"]),
        accepted_on=_date(obj["accepted_on"]),
        closed_on=_date(obj["closed_on"]),
        closure_reason=obj["closure_reason"],
        respondent_consent=by_code(Consent, obj["respondent_consent"]),
        respondent_consent_on=_date(obj["respondent_consent_on"]),
        acceptance_due=_date(obj["acceptance_due"]),
        mediation_due=_date(obj["mediation_due"]),
        voided_on=None if voided is None else date.fromisoformat(voided["on"]),
        void_reason="" if voided is None else voided["reason"],
        lead_mediator=obj["lead_mediator"] or "",
    )


def consistency_problems(record: CaseRecord) -> list[tuple[str, str]]:
    """(field, message) for dates that contradict the status; the schema cannot say these."""
    found: list[tuple[str, str]] = []
    received = record.data.received_on
    for name, value, what in (
        ("accepted_on", record.accepted_on, "受理日期"),
        ("closed_on", record.closed_on, "结案日期"),
        ("voided", record.voided_on, "作废日期"),
    ):
        if value is not None and value < received:
            found.append((name, f"{what}（{value}）早于收案日期（{received}）"))
    if record.status.is_open and record.closed_on is not None:
        found.append(("closed_on", f"状态为“{record.status.label}”的案件不应有结案日期"))
    if record.status is CaseStatus.RECEIVED and record.accepted_on is not None:
        found.append(("accepted_on", "状态为“待受理”的案件不应有受理日期"))
    data = record.data
    for index, agent in enumerate(data.agents):
        size = len(data.applicants if agent.side is AgentSide.APPLICANT else data.respondents)
        if agent.principal_index is not None and agent.principal_index >= size:
            found.append(
                (
                    f"agents.{index}.principal_index",
                    f"委托代理人{agent.name}的被代理人位置（{agent.principal_index}）超出了"
                    f"{agent.side.label}的人数（{size}）",
                )
            )
    return found
