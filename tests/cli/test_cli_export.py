"""mediator export cases: JSON round trip, schema, xlsx/csv layout that imports again."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openpyxl import load_workbook

from mediator.domain.enums import CaseStatus
from mediator.exchange.jsonformat import load_schema
from mediator.persistence.caselist import CaseFilter
from mediator.persistence.cases import without_ids
from tests.cli.support import Run, collective_rows, count_cases, services_at, write_xlsx

SEED = 7
CASES = 80


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo register with one voided case (shared by the tests of this module, read only)."""
    from mediator.cli.main import main

    folder = tmp_path_factory.mktemp("demo") / "data"
    assert (
        main(["--data-dir", str(folder), "demo", "--cases", str(CASES), "--seed", str(SEED)]) == 0
    )
    with services_at(folder) as services:
        case_id = services.case_ids(CaseFilter(statuses=frozenset({CaseStatus.RECEIVED})))[0]
        services.void_case(case_id, services.get_case(case_id).version, "重复登记")
    return folder


def _load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def _drop_extended_due_dates(a: dict[str, Any], b: dict[str, Any]) -> int:
    """Forget ``mediation_due`` where the source had extended it; return how many.

    Deadline extensions are workflow records, not part of format version 1
    (docs/exchange-format.md 1.7-1.8): the importing office recomputes the date
    from its own rules, so only an extended date may differ.
    """
    extended = 0
    for first, second in zip(a["cases"], b["cases"], strict=True):
        if first["mediation_due"] != second["mediation_due"]:
            assert first["mediation_due"] > second["mediation_due"]
            del first["mediation_due"], second["mediation_due"]
            extended += 1
    return extended


def _validator() -> Draft202012Validator:
    return Draft202012Validator(load_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_json_export_holds_everything_and_matches_the_schema(
    run: Run, demo_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "cases.json"
    result = run("export", "cases", "--format", "json", "--out", str(out), data=demo_dir)
    assert result.code == 0, result.err
    assert f"已导出{CASES}件案件" in result.out
    document = _load(out)
    assert list(_validator().iter_errors(document)) == []
    assert (document["format"], document["version"]) == ("mediator-cases", 1)
    assert document["office"]["short_name"] == "清溪"
    cases = document["cases"]
    assert {c["status"] for c in cases} == {s.value for s in CaseStatus}
    assert any(c["voided"] for c in cases)
    collective = next(c for c in cases if len(c["applicants"]) >= 10)
    assert {r["chain_role"] for r in collective["respondents"]} >= {
        "general_contractor",
        "subcontractor",
    }
    amounts = [c["amount"] for case in cases for c in case["claims"] if c["amount"]]
    assert amounts and all(a.count(".") == 1 and len(a.split(".")[1]) == 2 for a in amounts)
    closed = next(c for c in cases if c["status"] == "agreed")
    assert closed["accepted_on"] and closed["closed_on"] and closed["lead_mediator"]
    assert closed["acceptance_due"] and closed["mediation_due"]
    # The streamed text is exactly what json.dumps would write.
    assert (
        out.read_text(encoding="utf-8") == json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    )


def test_json_round_trip_into_an_empty_database_is_lossless(
    run: Run, demo_dir: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    target = tmp_path / "target"
    assert run("export", "cases", "--out", str(first), data=demo_dir).code == 0

    imported = run("import", str(first), data=target)

    assert imported.code == 0, imported.err
    assert f"已导入{CASES}件案件" in imported.out
    assert "已采用文件中的设置" in imported.out
    assert run("export", "cases", "--out", str(second), data=target).code == 0
    a, b = _load(first), _load(second)
    assert a.pop("exported_at") and b.pop("exported_at")
    extended = _drop_extended_due_dates(a, b)
    assert extended, "the demo extends some mediation periods"
    assert a == b
    with services_at(demo_dir) as source, services_at(target) as copy:
        for case_id in source.case_ids(CaseFilter(include_voided=True))[:20]:
            original = source.get_case(case_id)
            again = copy.get_case(copy.find_case_id(original.number))
            assert (again.status, again.accepted_on, again.closed_on) == (
                original.status,
                original.accepted_on,
                original.closed_on,
            )
            assert without_ids(again.data) == without_ids(original.data)


def test_importing_the_same_json_twice_is_refused(run: Run, demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    assert run("export", "cases", "--out", str(out), "--status", "调解中", data=demo_dir).code == 0
    target = tmp_path / "target"
    assert run("import", str(out), data=target).code == 0
    result = run("import", str(out), data=target)
    assert result.code == 2
    assert "已经存在" in result.err
    assert "第1件案件（" in result.err


def test_a_json_file_that_breaks_the_schema_is_refused_with_chinese_reasons(
    run: Run, demo_dir: Path, tmp_path: Path, data_path: Path
) -> None:
    out = tmp_path / "x.json"
    assert run("export", "cases", "--out", str(out), data=demo_dir).code == 0
    document = _load(out)
    document["cases"][0]["claims"][0]["amount"] = 12345.6
    document["cases"][1]["status"] = "closed"
    del document["cases"][2]["received_on"]
    document["cases"][3]["applicants"][0]["employment_start"] = "2026/3/5"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert list(_validator().iter_errors(document))

    result = run("import", str(broken))

    assert result.code == 2
    assert "cases[0].claims[0].amount：应为文本或null" in result.err
    assert "cases[1].status：取值“closed”无效" in result.err
    assert "cases[2]：缺少字段“received_on”" in result.err
    assert "cases[3].applicants[0].employment_start：“2026/3/5”：日期应写成YYYY-MM-DD" in result.err
    assert count_cases(data_path) == 0


def test_a_json_file_with_an_invalid_id_number_is_refused(
    run: Run, demo_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.json"
    assert run("export", "cases", "--out", str(out), data=demo_dir).code == 0
    document = _load(out)
    number = document["cases"][4]["applicants"][0]["id_number"]
    document["cases"][4]["applicants"][0]["id_number"] = number[:-1] + (
        "1" if number[-1] == "0" else "0"
    )
    out.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = run("import", str(out), data=tmp_path / "t")
    assert result.code == 2
    assert (
        f"第5件案件（{document['cases'][4]['number']}） [applicants[0].id_number]：" in result.err
    )


def test_not_json_or_not_our_format(run: Run, tmp_path: Path) -> None:
    text = tmp_path / "a.json"
    text.write_text("{oops", encoding="utf-8")
    result = run("import", str(text))
    assert result.code == 1
    assert "不是有效的JSON" in result.err
    other = tmp_path / "b.json"
    other.write_text('{"cases": []}', encoding="utf-8")
    result = run("import", str(other))
    assert result.code == 2
    assert "不是本软件导出的案件文件" in result.err


def test_xlsx_export_is_formatted_and_imports_again(
    run: Run, demo_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "cases.xlsx"
    result = run("export", "cases", "--format", "xlsx", "--out", str(out), data=demo_dir)
    assert result.code == 0, result.err

    workbook = load_workbook(out)
    sheet = workbook.worksheets[0]
    assert sheet.freeze_panes == "B2"
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["案件编号", "收案日期", "申请方式", "来源", "争议类型"]
    assert sheet["A1"].font.bold
    assert sheet.column_dimensions["A"].width >= 20
    amount_col = header.index("请求金额") + 1
    amounts = [r[amount_col - 1] for r in sheet.iter_rows(min_row=2) if r[amount_col - 1].value]
    assert amounts and all(c.number_format == "#,##0.00" for c in amounts)
    assert (
        isinstance(sheet.cell(2, 2).value, type(sheet.cell(2, 2).value))
        and sheet.cell(2, 2).is_date
    )
    assert sheet.cell(2, header.index("证件号码") + 1).data_type == "s"
    workbook.close()

    target = tmp_path / "target"
    imported = run("import", str(out), data=target)
    assert imported.code == 0, imported.err
    with services_at(demo_dir) as source, services_at(target) as copy:
        ids = source.case_ids(CaseFilter())
        assert len(copy.case_ids(CaseFilter())) == len(ids) == CASES - 1  # voided case left out
        for case_id in ids:
            original = source.get_case(case_id)
            again = copy.get_case(copy.find_case_id(original.number))
            expected = replace(without_ids(original.data), agents=[])
            assert without_ids(again.data) == expected


def test_csv_export_filters_by_status_and_date(run: Run, demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "cases.csv"
    start = date.today().replace(day=1).isoformat()
    result = run(
        "export",
        "cases",
        "--out",
        str(out),
        "--status",
        "达成协议",
        "failed",
        "--from",
        start,
        data=demo_dir,
    )
    assert result.code == 0, result.err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("案件编号,收案日期")
    with services_at(demo_dir) as services:
        expected = services.case_ids(
            CaseFilter(
                statuses=frozenset({CaseStatus.AGREED, CaseStatus.FAILED}),
                received_from=date.fromisoformat(start),
            )
        )
    assert f"已导出{len(expected)}件案件" in result.out


def test_export_refuses_bad_filters(run: Run, demo_dir: Path, tmp_path: Path) -> None:
    result = run(
        "export", "cases", "--out", str(tmp_path / "x.csv"), "--status", "open", data=demo_dir
    )
    assert result.code == 1
    assert "无法识别" in result.err
    result = run(
        "export", "cases", "--out", str(tmp_path / "x.csv"), "--from", "明天", data=demo_dir
    )
    assert result.code == 1
    assert "日期有误" in result.err
    result = run("export", "cases", "--out", str(tmp_path / "x.pdf"), data=demo_dir)
    assert result.code == 1
    assert "--format" in result.err
    result = run("export", "cases", "--out", str(tmp_path / "no" / "x.csv"), data=demo_dir)
    assert result.code == 1
    assert result.err.startswith("错误：")


def test_exported_register_imports_into_the_register_it_came_from_only_once(
    run: Run, tmp_path: Path, data_path: Path
) -> None:
    assert run("import", str(write_xlsx(tmp_path / "a.xlsx", collective_rows()))).code == 0
    out = tmp_path / "back.csv"
    assert run("export", "cases", "--out", str(out)).code == 0
    again = run("import", str(out))
    assert again.code == 2
    assert "已经存在" in again.err
    assert count_cases(data_path) == 1
