"""mediator import of intake registers: all or nothing, located errors, collective cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from mediator.domain.enums import ApplicationForm, CaseStatus, Category, Channel, Sex
from mediator.persistence.caselist import CaseFilter
from tests.cli.support import (
    Run,
    collective_rows,
    count_cases,
    person_id,
    row,
    services_at,
    write_csv,
    write_xlsx,
)


def _bad_check_digit(number: str) -> str:
    last = "0" if number[-1] != "0" else "1"
    return number[:-1] + last


def test_one_bad_id_number_in_row_7_refuses_the_whole_file(
    run: Run, tmp_path: Path, data_path: Path
) -> None:
    rows = [row(i) for i in range(8)]
    rows[5]["证件号码"] = _bad_check_digit(rows[5]["证件号码"])  # header is row 1: row 7
    path = write_xlsx(tmp_path / "登记表.xlsx", rows)

    result = run("import", str(path))

    assert result.code == 2
    assert "第7行 [证件号码]" in result.err
    assert "校验位" in result.err
    assert "没有导入任何案件" in result.err
    assert count_cases(data_path) == 0


def test_every_problem_is_listed_with_its_row_and_column(run: Run, tmp_path: Path) -> None:
    rows = [row(i) for i in range(5)]
    rows[0]["收案日期"] = "3月5日"
    rows[2]["请求金额"] = "一万元"
    rows[3]["联系电话"] = "1381234567"
    rows[4]["被申请人"] = ""
    path = write_xlsx(tmp_path / "r.xlsx", rows)

    result = run("import", str(path))

    assert result.code == 2
    lines = result.err.splitlines()
    assert any(line.startswith("第2行 [收案日期]：") for line in lines)
    assert any(line.startswith("第4行 [请求金额]：") for line in lines)
    assert any(line.startswith("第5行 [联系电话]：") for line in lines)
    assert any(line.startswith("第6行 [被申请人]：") for line in lines)
    positions = [int(line[1 : line.index("行")]) for line in lines if line.startswith("第")]
    assert positions == sorted(positions)


def test_a_good_collective_register_is_imported_and_found_by_a_worker_name(
    run: Run, tmp_path: Path, data_path: Path
) -> None:
    path = write_xlsx(tmp_path / "集体.xlsx", collective_rows())

    result = run("import", str(path))

    assert result.code == 0, result.err
    assert "已导入1件案件，申请人12人" in result.out
    with services_at(data_path) as services:
        ids = services.case_ids(CaseFilter(text="赵堃"))
        assert len(ids) == 1
        case = services.get_case(ids[0])
        assert case.number == "城南劳调字〔2026〕第88号"
        assert case.status is CaseStatus.RECEIVED
        data = case.data
        assert data.received_on == date(2026, 3, 5)
        assert data.category is Category.PAY
        assert data.application_form is ApplicationForm.WRITTEN
        assert data.is_collective and len(data.applicants) == 12
        assert [r.name for r in data.respondents] == ["城南建设集团有限公司", "某劳务分包有限公司"]
        assert len(data.claims) == 12
        assert data.claimed_total() == sum(Decimal(16000 + i) for i in range(12))
        assert data.applicants[0].name == "吉𠮷"
        assert data.applicants[0].employment_end == date(2026, 2, 28)
        assert services.case_ids(CaseFilter(text="91110000600037341L")) == ids
        row_of_list = services.case_rows(ids)[ids[0]]
        assert row_of_list.applicant_summary == "吉𠮷、赵堃、王喆等12人"


def test_rows_of_the_same_person_and_employer_are_merged(
    run: Run, tmp_path: Path, data_path: Path
) -> None:
    number = "城南劳调字〔2026〕第7号"
    rows = [
        row(0, 案件编号=number, 请求事项="支付拖欠的工资", 请求金额="8000"),
        row(0, 案件编号=number, 请求事项="支付加班费", 请求金额="1200", 证件号码=""),
        row(1, 案件编号=number, 请求事项="支付经济补偿", 请求金额="6500"),
    ]
    result = run("import", str(write_xlsx(tmp_path / "r.xlsx", rows)))
    assert result.code == 0, result.err
    with services_at(data_path) as services:
        data = services.get_case(services.find_case_id(number)).data
    assert [a.name for a in data.applicants] == ["吉𠮷", "赵堃"]
    assert len(data.respondents) == 1
    assert [(c.applicant_index, c.category.value) for c in data.claims] == [
        (0, "wages"),
        (0, "overtime"),
        (1, "severance"),
    ]


def test_rows_of_one_case_that_disagree_are_an_error(run: Run, tmp_path: Path) -> None:
    number = "城南劳调字〔2026〕第9号"
    rows = [row(0, 案件编号=number), row(1, 案件编号=number, 收案日期="2026-03-06")]
    result = run("import", str(write_xlsx(tmp_path / "r.xlsx", rows)))
    assert result.code == 2
    assert "第3行 [收案日期]" in result.err
    assert "不一致" in result.err


def test_a_number_already_in_the_database_refuses_the_import(
    run: Run, tmp_path: Path, data_path: Path
) -> None:
    first = write_xlsx(tmp_path / "a.xlsx", collective_rows())
    assert run("import", str(first)).code == 0
    again = write_xlsx(tmp_path / "b.xlsx", [row(20)] + collective_rows())
    result = run("import", str(again))
    assert result.code == 2
    assert "第3行 [案件编号]" in result.err
    assert "已经存在" in result.err
    assert count_cases(data_path) == 1


def test_numbering_continues_after_imported_numbers(
    run: Run, tmp_path: Path, data_path: Path
) -> None:
    assert run("import", str(write_xlsx(tmp_path / "a.xlsx", collective_rows()))).code == 0
    assert run("import", str(write_xlsx(tmp_path / "b.xlsx", [row(30)]))).code == 0
    with services_at(data_path) as services:
        numbers = {services.get_case(i).number for i in services.case_ids(CaseFilter())}
    assert numbers == {"城南劳调字〔2026〕第88号", "城南劳调字〔2026〕第89号"}


def test_gb18030_csv_with_chinese_date_formats(run: Run, tmp_path: Path, data_path: Path) -> None:
    rows = [
        row(0, 收案日期="2026/3/5", 来源="12351热线", 申请方式="口头申请", 争议类型="CON_END"),
        row(1, 收案日期="2026年3月6日", 来源="网上平台", 争议类型="解除/终止劳动合同"),
    ]
    path = write_csv(tmp_path / "excel.csv", rows, encoding="gb18030")
    result = run("import", str(path))
    assert result.code == 0, result.err
    assert "已导入2件案件" in result.out
    with services_at(data_path) as services:
        cases = [services.get_case(i) for i in services.case_ids(CaseFilter(text="赵堃"))]
    assert len(cases) == 1
    data = cases[0].data
    assert (data.received_on, data.channel) == (date(2026, 3, 6), Channel.ONLINE)
    assert data.applicants[0].sex is Sex.FEMALE  # from the ID number's 17th digit
    assert data.applicants[0].monthly_wage == Decimal("6500.00")


def test_utf8_csv_with_bom_and_warnings_are_printed(
    run: Run, tmp_path: Path, data_path: Path
) -> None:
    path = write_csv(tmp_path / "r.csv", [row(0, 事实与理由="")])
    result = run("import", str(path))
    assert result.code == 0, result.err
    assert "提示：第2行 [事实与理由]" in result.out
    assert count_cases(data_path) == 1


def test_a_title_above_the_header_keeps_excel_row_numbers(run: Run, tmp_path: Path) -> None:
    rows = [row(i) for i in range(3)]
    rows[2]["离职日期"] = "2024-01-01"  # before 入职日期 2025-03-01
    path = write_xlsx(tmp_path / "r.xlsx", rows, title="城南街道劳动争议收案登记表（2026年）")
    result = run("import", str(path))
    assert result.code == 2
    assert "第5行 [离职日期]" in result.err


def test_real_excel_dates_and_numbers_are_read(run: Run, tmp_path: Path, data_path: Path) -> None:
    rows = [
        row(0, 收案日期=date(2026, 3, 5), 入职日期=date(2025, 3, 1), 月工资=6500.5, 请求金额=13001)
    ]
    assert run("import", str(write_xlsx(tmp_path / "r.xlsx", rows))).code == 0
    with services_at(data_path) as services:
        data = services.get_case(services.case_ids(CaseFilter())[0]).data
    assert data.applicants[0].monthly_wage == Decimal("6500.50")
    assert data.claims[0].amount == Decimal("13001.00")


def test_an_id_number_that_excel_turned_into_a_number_is_explained(
    run: Run, tmp_path: Path
) -> None:
    rows = [row(0, 证件号码=float(person_id(0)[:17] + "0"))]
    result = run("import", str(write_xlsx(tmp_path / "r.xlsx", rows)))
    assert result.code == 2
    assert "第2行 [证件号码]" in result.err
    assert "文本" in result.err


def test_a_missing_required_column_is_reported(run: Run, tmp_path: Path) -> None:
    header = [h for h in ("收案日期", "申请人姓名", "被申请人")]
    path = write_xlsx(tmp_path / "r.xlsx", [row(0)], header=header)
    result = run("import", str(path))
    assert result.code == 2
    assert "缺少“争议类型”列" in result.err


def test_unsupported_or_missing_files_are_refused_before_touching_the_store(
    run: Run, tmp_path: Path, data_path: Path
) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    result = run("import", str(old))
    assert result.code == 1
    assert "另存为.xlsx" in result.err
    result = run("import", str(tmp_path / "missing.csv"))
    assert result.code == 1
    assert "找不到" in result.err
    broken = tmp_path / "broken.xlsx"
    broken.write_text("not a zip", encoding="utf-8")
    result = run("import", str(broken))
    assert result.code == 1
    assert "无法读取Excel文件" in result.err
    assert "Traceback" not in result.err


def test_importing_the_same_workers_again_warns_about_their_open_case(
    run: Run, tmp_path: Path
) -> None:
    first = write_xlsx(tmp_path / "一.xlsx", collective_rows())
    assert run("import", str(first)).code == 0
    second = write_xlsx(tmp_path / "二.xlsx", collective_rows("城南劳调字〔2026〕第89号"))
    result = run("import", str(second))
    assert result.code == 0, result.err
    assert "已有未结案件" in result.out + result.err
    assert "城南劳调字〔2026〕第88号" in result.out + result.err
