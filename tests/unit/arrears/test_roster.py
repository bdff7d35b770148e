"""Roster import into an existing case: all or nothing, row-level reports, one transaction."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mediator.domain.enums import ClaimCategory, Sex
from mediator.domain.errors import MediatorError
from mediator.exchange.roster import RosterRefused, import_roster, parse_period
from mediator.persistence import orm
from mediator.persistence.arrears_services import ArrearsServices
from mediator.persistence.caselist import CaseFilter
from mediator.persistence.cases import CaseRef
from mediator.persistence.services import Services
from tests.conftest import NOW, TODAY
from tests.helpers.factories import collective_case
from tests.unit.arrears.roster_files import data_row, roster_worker, write_roster


def run(services: Services, case: CaseRef, path: Path, **kwargs: object):  # type: ignore[no-untyped-def]
    return import_roster(services.db, case.id, path, TODAY, NOW, **kwargs)  # type: ignore[arg-type]


def counts(services: Services) -> tuple[int, int, int]:
    with services.db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(orm.Applicant)) or 0,
            session.scalar(select(func.count()).select_from(orm.Claim)) or 0,
            session.scalar(select(func.count()).select_from(orm.ArrearsPeriod)) or 0,
        )


def test_thirty_workers_are_added_with_claim_and_ledger_period(
    services: Services, arrears: ArrearsServices, case: CaseRef, tmp_path: Path
) -> None:
    workers = [roster_worker(i) for i in range(30)]
    total = sum((w["欠薪金额"] for w in workers), Decimal("0"))
    path = write_roster(tmp_path / "名册.xlsx", workers, total=total)
    result = run(services, case, path)
    assert result.workers == 30 and result.total == total
    assert result.warnings == ()
    detail = services.get_case(case.id)
    assert len(detail.data.applicants) == 33
    assert detail.version == case.version + 1
    new = detail.data.applicants[3:]
    assert [a.name for a in new] == [w["姓名"] for w in workers]
    assert all(a.is_migrant and a.sex is not None for a in new)
    claims = [c for c in detail.data.claims if c.applicant_index >= 3]
    assert all(c.category is ClaimCategory.WAGES for c in claims)
    assert claims[0].description == "拖欠工资（2026年3月至2026年7月）"
    assert claims[0].period_start == date(2026, 3, 1) and claims[0].period_end == date(2026, 7, 31)
    ledger = arrears.ledger(case.id)
    assert sum((w.totals.owed for w in ledger.workers[3:]), Decimal("0")) == total
    assert ledger.workers[3].periods[0].from_month == date(2026, 3, 1)
    # The case list finds the case by every imported worker's name and ID number.
    for worker in (workers[0], workers[16], workers[29]):
        for term in (worker["姓名"], worker["身份证号"]):
            assert services.case_ids(CaseFilter(text=term)) == [case.id]
    row = services.case_rows([case.id])[case.id]
    assert row.is_collective and "等33人" in row.applicant_summary
    assert row.claimed_total == sum((c.amount or 0 for c in detail.data.claims), Decimal(0))
    assert any(h.entity == "arrears_period" for h in services.history(case.id))


def test_a_bad_id_in_row_17_imports_nothing_and_names_row_and_column(
    services: Services, case: CaseRef, tmp_path: Path
) -> None:
    workers = [roster_worker(i) for i in range(30)]
    bad = 17 - data_row(0)  # worker index on Excel row 17
    good_id = workers[bad]["身份证号"]
    workers[bad]["身份证号"] = good_id[:-1] + ("0" if good_id[-1] != "0" else "1")
    path = write_roster(tmp_path / "名册.xlsx", workers)
    before = counts(services)
    with pytest.raises(RosterRefused) as refused:
        run(services, case, path)
    errors = [p for p in refused.value.problems if p.is_error]
    assert len(errors) == 1
    assert errors[0].where == "第17行 [身份证号]"
    assert "校验" in errors[0].message
    assert "没有导入任何工人" in refused.value.message
    assert counts(services) == before
    assert services.get_case(case.id).version == case.version


def test_every_row_problem_is_reported_at_once(
    services: Services, case: CaseRef, tmp_path: Path
) -> None:
    existing = services.get_case(case.id).data.applicants[1]
    workers = [roster_worker(i) for i in range(6)]
    workers[1]["身份证号"] = workers[0]["身份证号"]
    workers[2]["身份证号"] = existing.id_number
    workers[3]["工作期间"] = "2026-08至2026-03"
    workers[4]["欠薪金额"] = "一万"
    workers[5]["电话"] = "12345"
    path = write_roster(tmp_path / "名册.xlsx", workers, title=None)
    with pytest.raises(RosterRefused) as refused:
        run(services, case, path)
    report = [str(p) for p in refused.value.problems if p.is_error]
    assert report[0].startswith("第3行 [身份证号]：与第2行（")
    # The same ID as a registered applicant is a merge, unless the names differ.
    assert report[1].startswith(f"第4行 [姓名]：身份证号与本案已登记的申请人{existing.name}相同")
    assert report[2].startswith("第5行 [工作期间]：结束月份（2026年3月）早于开始月份（2026年8月）")
    assert report[3].startswith("第6行 [欠薪金额]：")
    assert report[4].startswith("第7行 [电话]：")
    assert len(report) == 5


def test_header_variants_start_end_columns_and_dry_run(
    services: Services, case: CaseRef, tmp_path: Path
) -> None:
    workers = [roster_worker(i) for i in range(3)]
    for w in workers:
        w["进场时间"], w["离场时间"] = "2026年5月", "2026.09"
        w["工人姓名"], w["身份证号码"], w["手机号"], w["拖欠工资"] = (
            w["姓名"],
            w["身份证号"],
            w["电话"],
            w["欠薪金额"],
        )
    header = ["工人姓名", "身份证号码", "手机号", "进场时间", "离场时间", "拖欠工资"]
    path = write_roster(tmp_path / "名册.xlsx", workers, header=header, title=None)
    before = counts(services)
    result = run(services, case, path, dry_run=True)
    assert result.dry_run and result.workers == 3
    assert counts(services) == before
    run(services, case, path)
    claims = services.get_case(case.id).data.claims[3:]
    assert [c.description for c in claims] == ["拖欠工资（2026年5月至2026年9月）"] * 3


def test_a_wrong_total_row_is_a_warning(services: Services, case: CaseRef, tmp_path: Path) -> None:
    path = write_roster(tmp_path / "名册.xlsx", [roster_worker(0)], total=Decimal("1"))
    result = run(services, case, path)
    assert [p.where for p in result.warnings] == ["第4行 [欠薪金额]"]
    assert result.workers == 1


def test_closed_or_stale_cases_are_refused(
    services: Services, case: CaseRef, tmp_path: Path
) -> None:
    path = write_roster(tmp_path / "名册.xlsx", [roster_worker(0)])
    with pytest.raises(MediatorError, match="已被他人修改"):
        run(services, case, path, expected_version=case.version + 5)
    services.void_case(case.id, case.version, "重复登记")
    with pytest.raises(MediatorError, match="已作废"):
        run(services, case, path)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("2026-03至2026-08", ((2026, 3), (2026, 8))),
        ("2026.3-2026.8", ((2026, 3), (2026, 8))),
        ("2026年3月至8月", ((2026, 3), (2026, 8))),
        ("2026/03~2026/08", ((2026, 3), (2026, 8))),
        ("2026-03-05至2026-08-20", ((2026, 3), (2026, 8))),
        ("202603-202608", ((2026, 3), (2026, 8))),
        ("2026年5月", ((2026, 5), (2026, 5))),
        ("２０２６－０３至２０２６－０８", ((2026, 3), (2026, 8))),
    ],
)
def test_period_forms(text: str, months: tuple[tuple[int, int], tuple[int, int]]) -> None:
    first, last = parse_period(text)
    assert ((first.year, first.month), (last.year, last.month)) == months


def test_unreadable_period_says_how_to_write_it() -> None:
    with pytest.raises(ValueError, match="请写成2026-03至2026-08"):
        parse_period("今年春天")
    with pytest.raises(ValueError, match="月份13不存在"):
        parse_period("2026-13至2027-01")


def test_days_and_daily_rate_record_wages_earned_and_what_was_paid(
    services: Services, arrears: ArrearsServices, case: CaseRef, tmp_path: Path
) -> None:
    workers = [roster_worker(i) for i in range(3)]
    workers[0].update({"出勤天数": "60", "工价": 300, "欠薪金额": Decimal("12000"), "工种": "木工"})
    workers[1].update({"出勤天数": "22.5天", "工价": 400, "欠薪金额": ""})
    workers[2].update({"出勤天数": 10, "工价": 300, "欠薪金额": Decimal("5000")})
    header = ["姓名", "身份证号", "电话", "工作期间", "工种", "出勤天数", "工价", "欠薪金额"]
    path = write_roster(tmp_path / "名册.xlsx", workers, header=header, title=None)
    result = run(services, case, path)
    assert [str(w) for w in result.warnings] == [
        "第4行 [欠薪金额]：欠薪金额（5,000.00元）超过出勤天数×日工资（3,000.00元），请核对"
    ]
    first, second, third = arrears.ledger(case.id).workers[3:]
    period = first.periods[0]
    assert (period.days_worked, period.rate, period.owed, period.paid, period.claimed) == (
        Decimal("60"),
        Decimal("300"),
        Decimal("18000"),
        Decimal("6000"),
        Decimal("12000"),
    )
    assert first.totals.outstanding == Decimal("12000")
    assert second.totals.owed == Decimal("9000.00") and second.totals.claimed == Decimal("9000")
    assert third.totals.owed == Decimal("5000") and third.totals.paid == Decimal("0")
    assert services.get_case(case.id).data.applicants[3].job == "木工"


def test_bad_days_name_the_column(services: Services, case: CaseRef, tmp_path: Path) -> None:
    workers = [roster_worker(0), roster_worker(1)]
    workers[0]["出勤天数"] = "二十天"
    workers[1]["出勤天数"] = 200  # more days than March to July has
    header = ["姓名", "身份证号", "工作期间", "出勤天数", "日工资", "欠薪金额"]
    for w in workers:
        w["日工资"] = 300
    path = write_roster(tmp_path / "名册.xlsx", workers, header=header, title=None)
    with pytest.raises(RosterRefused) as refused:
        run(services, case, path)
    report = [str(p) for p in refused.value.problems if p.is_error]
    assert report[0].startswith("第2行 [出勤天数]：出勤天数“二十天”不是数字")
    assert report[1].startswith("第3行 [出勤天数]：出勤天数（200）超过这段期间的天数（153天）")


def test_same_name_without_id_is_a_warning(
    services: Services, case: CaseRef, tmp_path: Path
) -> None:
    existing = services.get_case(case.id).data.applicants[0].name
    worker = roster_worker(0) | {"姓名": existing, "身份证号": ""}
    result = run(services, case, write_roster(tmp_path / "名册.xlsx", [worker], title=None))
    messages = [str(w) for w in result.warnings]
    assert any(m.startswith(f"第2行 [姓名]：本案已有同名申请人{existing}") for m in messages)
    assert any("未填写证件号码" in m for m in messages)


def test_a_csv_roster_saved_by_excel_in_gb18030(
    services: Services, case: CaseRef, tmp_path: Path
) -> None:
    worker = roster_worker(3)
    lines = [
        "序号,姓名,身份证号,电话,工作期间,欠薪金额",
        f"1,{worker['姓名']},{worker['身份证号']},{worker['电话']},2026年4月至7月,8800",
    ]
    path = tmp_path / "名册.csv"
    path.write_bytes("\r\n".join(lines).encode("gb18030"))
    assert run(services, case, path).total == Decimal("8800")
    claim = services.get_case(case.id).data.claims[-1]
    assert claim.description == "拖欠工资（2026年4月至2026年7月）"


def merge_roster(services: Services, case: CaseRef, tmp_path: Path) -> tuple[Path, dict]:  # type: ignore[type-arg]
    """A roster of 5 whose third row is applicant 1, registered at intake (same name and ID)."""
    existing = services.get_case(case.id).data.applicants[1]
    workers = [roster_worker(i) for i in range(5)]
    workers[2].update(姓名=existing.name, 身份证号=existing.id_number, 电话="")
    return write_roster(tmp_path / "名册.xlsx", workers), workers[2]


def test_a_worker_registered_at_intake_is_merged_not_refused(
    services: Services, arrears: ArrearsServices, case: CaseRef, tmp_path: Path
) -> None:
    path, registered = merge_roster(services, case, tmp_path)
    before = services.get_case(case.id).data
    checked = run(services, case, path, dry_run=True)
    assert (checked.workers, checked.added, checked.matched) == (5, 4, 1)
    assert checked.summary() == (
        "新增4名工人，1名与本案已登记的申请人合并（更新其欠薪台账和工资请求）"
    )
    # His intake claim (16,001.00) is changed to the roster's amount: said, not silent.
    assert [str(w) for w in checked.warnings] == [
        f"第5行 [欠薪金额]：{registered['姓名']}受理时请求的拖欠工资为16,001.00元，"
        f"导入后按名册改为{registered['欠薪金额']:,.2f}元"
    ]
    result = run(services, case, path)
    assert result.matched == 1 and result.total == checked.total
    data = services.get_case(case.id).data
    assert len(data.applicants) == 3 + 4
    merged = data.applicants[1]
    assert merged.id == before.applicants[1].id
    assert merged.phone == before.applicants[1].phone  # the roster's cell was empty
    assert merged.employment_start == before.applicants[1].employment_start
    wages = [c for c in data.claims if c.applicant_index == 1]
    assert len(wages) == 1  # his intake claim is updated, not doubled
    assert wages[0].id == before.claims[1].id
    assert wages[0].amount == registered["欠薪金额"]
    assert wages[0].description == "拖欠工资（2026年5月至2026年9月）"
    worker = arrears.ledger(case.id).workers[1]
    assert [(p.from_month, p.owed_amount()) for p in worker.periods] == [
        (date(2026, 5, 1), registered["欠薪金额"])
    ]
    # Importing the same roster again merges all five and changes no amount.
    again = run(services, case, path)
    assert (again.added, again.matched) == (0, 5)
    assert len(services.get_case(case.id).data.applicants) == 7
    assert [len(w.periods) for w in arrears.ledger(case.id).workers[1:]] == [1, 0, 1, 1, 1, 1]


def test_a_different_name_for_a_registered_id_is_an_error(
    services: Services, case: CaseRef, tmp_path: Path
) -> None:
    path, _ = merge_roster(services, case, tmp_path)
    existing = services.get_case(case.id).data.applicants[1]
    workers = [roster_worker(i) for i in range(3)]
    workers[1]["身份证号"] = existing.id_number
    path = write_roster(tmp_path / "名册2.xlsx", workers)
    before = counts(services)
    with pytest.raises(RosterRefused) as refused:
        run(services, case, path)
    errors = [str(p) for p in refused.value.problems if p.is_error]
    assert errors == [
        f"第4行 [姓名]：身份证号与本案已登记的申请人{existing.name}相同，"
        f"但姓名是{workers[1]['姓名']}，请核对姓名或身份证号"
    ]
    assert counts(services) == before


def test_a_merged_worker_is_checked_only_on_what_the_roster_fills_in(
    services: Services, tmp_path: Path
) -> None:
    data = collective_case(3)
    data.applicants[1].sex = Sex.MALE if data.applicants[1].sex is Sex.FEMALE else Sex.FEMALE
    data.applicants[1].phone = ""
    case = services.create_case(data)  # the intake record's own sex slip: a warning there
    existing = services.get_case(case.id).data.applicants[1]
    workers = [roster_worker(i) for i in range(2)]
    workers[0].update(姓名=existing.name, 身份证号=existing.id_number, 电话="12345")
    path = write_roster(tmp_path / "名册.xlsx", workers)
    with pytest.raises(RosterRefused) as refused:
        run(services, case, path)
    # Not the intake record's sex slip; the roster's phone and the changed claim amount.
    assert [p.where for p in refused.value.problems] == ["第3行 [欠薪金额]", "第3行 [电话]"]
    workers[0]["电话"] = "13712345678"
    result = run(services, case, write_roster(tmp_path / "名册2.xlsx", workers))
    assert [w.where for w in result.warnings] == ["第3行 [欠薪金额]"] and result.matched == 1
    assert services.get_case(case.id).data.applicants[1].phone == "13712345678"
