"""Reading intake registers: header detection, grouping rows into cases, locating problems."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mediator.domain.enums import ChainRole, ClaimCategory
from mediator.exchange.records import CaseRecord
from mediator.exchange.tabular import read_register, record_rows, write_csv
from tests.cli.support import collective_rows, row, write_xlsx
from tests.cli.support import write_csv as write_register_csv
from tests.helpers.factories import collective_case

TODAY = date(2026, 11, 24)


def test_rows_with_one_number_form_one_case(tmp_path: Path) -> None:
    cases, problems = read_register(write_xlsx(tmp_path / "r.xlsx", collective_rows()), TODAY)
    assert [p for p in problems if p.is_error] == []
    assert len(cases) == 1
    case = cases[0]
    data = case.record.data
    assert case.record.number == "城南劳调字〔2026〕第88号"
    assert len(data.applicants) == 12 and len(data.respondents) == 2
    assert case.locate("applicants.3.id_number") == "第5行 [证件号码]"
    assert case.locate("respondents.1.uscc") == "第3行 [统一社会信用代码]"
    assert case.locate("claims.11.amount") == "第13行 [请求金额]"
    assert case.locate("received_on") == "第2行 [收案日期]"
    assert case.locate("facts") == "第2行 [事实与理由]"


def test_rows_without_a_number_are_cases_of_their_own(tmp_path: Path) -> None:
    cases, _ = read_register(
        write_register_csv(tmp_path / "r.csv", [row(0), row(1), row(2)]), TODAY
    )
    assert [c.record.number for c in cases] == ["", "", ""]
    assert [c.record.data.applicants[0].name for c in cases] == ["吉𠮷", "赵堃", "王喆"]


def test_header_aliases_and_unknown_columns(tmp_path: Path) -> None:
    header = ["收件日期", "案由", "姓名", "身份证号", "用人单位", "金额（元）", "备注"]
    values = row(0) | {"收件日期": "2026-03-05", "案由": "工资", "姓名": "赵堃"}
    values |= {"身份证号": row(1)["证件号码"], "用人单位": "某厂", "金额（元）": "100", "备注": "x"}
    cases, problems = read_register(write_xlsx(tmp_path / "r.xlsx", [values], header=header), TODAY)
    assert [str(p) for p in problems] == [
        "提示：第1行 [备注]：无法识别的列名，此列不导入".removeprefix("提示：")
    ]
    data = cases[0].record.data
    assert data.applicants[0].name == "赵堃"
    assert data.claims[0].amount is not None and data.claims[0].category is ClaimCategory.OTHER


def test_export_rows_repeat_the_case_and_spread_the_respondents() -> None:
    data = collective_case(2)
    rows = record_rows(CaseRecord(data=data, number="X"))
    assert len(rows) == 2
    assert [r["被申请人"] for r in rows] == [r.name for r in data.respondents]
    assert all(r["案件编号"] == "X" and r["收案日期"] == data.received_on for r in rows)
    data.respondents.append(
        data.respondents[0].__class__("班组长甲", chain_role=ChainRole.TEAM_LEADER)
    )
    rows = record_rows(CaseRecord(data=data, number="X"))
    assert len(rows) == 3 and rows[2]["申请人姓名"] == data.applicants[-1].name
    assert "请求金额" not in rows[2]


def test_export_then_read_gives_the_same_case(tmp_path: Path) -> None:
    data = collective_case(12)
    data.respondents[1].chain_role = ChainRole.SUBCONTRACTOR
    data.respondents[0].legal_rep_title = "总经理"
    data.respondents[0].mailing_address = "德清县阜溪街道科源路10号"
    data.applicants[2].mailing_address = "德清县武康街道英溪北路8号"
    path = tmp_path / "out.csv"
    write_csv(path, [CaseRecord(data=data, number="城南劳调字〔2026〕第3号")])
    cases, problems = read_register(path, TODAY)
    assert [p for p in problems if p.is_error] == []
    assert cases[0].record.data == data
