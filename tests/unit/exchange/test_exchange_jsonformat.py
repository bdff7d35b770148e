"""The interchange format: schema kept in step with the code lists, writing, reading."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from mediator.domain.enums import (
    AgentSide,
    ApplicationForm,
    CaseStatus,
    Category,
    ChainRole,
    Channel,
    ClaimCategory,
    IdType,
)
from mediator.domain.model import AgentData
from mediator.domain.workflow_enums import Consent
from mediator.exchange.jsonformat import (
    consistency_problems,
    load_schema,
    record_from_json,
    record_to_json,
    schema_problems,
    write_document,
)
from mediator.exchange.records import CaseRecord
from mediator.persistence.officesettings import OfficeSettings
from tests.helpers.factories import collective_case

EXPORTED = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def _record() -> CaseRecord:
    data = collective_case(12)
    data.agents.append(AgentData(AgentSide.APPLICANT, "林律师", "法律援助律师", "13800000000"))
    data.claims[0].period_start, data.claims[0].period_end = date(2026, 1, 1), date(2026, 8, 31)
    return CaseRecord(
        data=data,
        number="城南劳调字〔2026〕第5号",
        status=CaseStatus.AGREED,
        accepted_on=date(2026, 10, 2),
        closed_on=date(2026, 10, 9),
        acceptance_due=date(2026, 10, 13),
        mediation_due=date(2026, 10, 15),
        respondent_consent=Consent.YES,
        respondent_consent_on=date(2026, 10, 2),
        lead_mediator="陈立新",
    )


def _document(records: list[CaseRecord]) -> dict[str, Any]:
    out = io.StringIO()
    write_document(out, OfficeSettings(), records, EXPORTED)
    document: dict[str, Any] = json.loads(out.getvalue())
    return document


def _enum_in_schema(definition: str, field: str) -> list[str]:
    return list(load_schema()["$defs"][definition]["properties"][field]["enum"])


@pytest.mark.parametrize(
    ("definition", "field", "codes"),
    [
        ("case", "status", CaseStatus),
        ("case", "category", Category),
        ("case", "channel", Channel),
        ("case", "application_form", ApplicationForm),
        ("case", "respondent_consent", Consent),
        ("applicant", "id_type", IdType),
        ("respondent", "chain_role", ChainRole),
        ("agent", "side", AgentSide),
        ("claim", "category", ClaimCategory),
    ],
)
def test_schema_code_lists_match_the_enums(definition: str, field: str, codes: Any) -> None:
    assert _enum_in_schema(definition, field) == [m.value for m in codes]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(load_schema())
    assert load_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_a_record_survives_json_unchanged() -> None:
    record = _record()
    document = _document([record])
    assert schema_problems(document) == []
    case = document["cases"][0]
    assert case["claims"][0]["amount"] == "16000.00"
    assert case["applicants"][0]["monthly_wage"] == "8000.00"
    assert case["lead_mediator"] == "陈立新" and case["voided"] is None
    assert record_from_json(case) == record
    assert document["exported_at"] == "2026-11-24T09:30:00+00:00"


def test_mailing_address_and_title_travel_and_may_be_absent() -> None:
    record = _record()
    record.data.applicants[1].mailing_address = "德清县武康街道英溪北路8号"
    record.data.respondents[0].legal_rep_title = "总经理"
    record.data.respondents[0].mailing_address = "德清县阜溪街道科源路10号"
    case = _document([record])["cases"][0]
    assert case["respondents"][0]["legal_rep_title"] == "总经理"
    assert record_from_json(case) == record
    # A version-1 file written before these keys existed still imports, with them empty.
    older = _document([_record()])
    for party in older["cases"][0]["applicants"] + older["cases"][0]["respondents"]:
        party.pop("mailing_address")
        party.pop("legal_rep_title", None)
    assert schema_problems(older) == []
    read = record_from_json(older["cases"][0])
    assert read.data.respondents[0].legal_rep_title == ""
    assert read.data.applicants[0].mailing_address == ""


def test_an_empty_export_is_a_valid_document() -> None:
    document = _document([])
    assert document["cases"] == []
    assert schema_problems(document) == []


def test_schema_problems_are_located_and_chinese() -> None:
    document = _document([_record()])
    case = document["cases"][0]
    case["applicants"][0]["sex"] = "男"
    case["claims"][1]["amount"] = "16,001"
    case["surprise"] = 1
    document["version"] = 2
    found = {p.where: p.message for p in schema_problems(document)}
    assert found["version"] == "应为1，现在是2"
    assert found["cases[0]"] == "有无法识别的字段“surprise”"
    assert "M、F、null" in found["cases[0].applicants[0].sex"]
    assert "两位小数" in found["cases[0].claims[1].amount"]


def test_dates_that_contradict_the_status_are_found() -> None:
    record = _record()
    record.status = CaseStatus.MEDIATING
    record.accepted_on = date(2026, 9, 1)
    record.data.agents[0].principal_index = 40
    found = dict(consistency_problems(record))
    assert "早于收案日期" in found["accepted_on"]
    assert "不应有结案日期" in found["closed_on"]
    assert "超出了申请人的人数" in found["agents.0.principal_index"]


def test_amounts_keep_their_fen() -> None:
    record = _record()
    record.data.claims[0].amount = Decimal("12345.60")
    again = record_from_json(record_to_json(record))
    assert again.data.claims[0].amount == Decimal("12345.60")
