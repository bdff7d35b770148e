"""mediator demo: every status and category, valid identifiers, deterministic, bulk-written right."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import func, select

from mediator.domain.enums import CaseStatus, Category, ChainRole, Sex
from mediator.domain.intake import normalize_case, validate_case
from mediator.exchange.demo import last_complete_month
from mediator.exchange.loading import ExportSelection, iter_records, selected_ids
from mediator.persistence import orm
from mediator.persistence.caselist import CaseFilter
from mediator.persistence.cases import compute_deadlines, load_calendar, search_text, summaries
from mediator.persistence.officesettings import load_settings
from tests.cli.support import Run, services_at
from tests.helpers.factories import single_case

CASES = 250


def _export(run: Run, folder: Path, out: Path) -> dict[str, object]:
    assert run("export", "cases", "--out", str(out), data=folder).code == 0
    document: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


def test_demo_covers_every_status_and_category_with_valid_people(run: Run, data_path: Path) -> None:
    result = run("demo", "--cases", str(CASES), "--seed", "11")
    assert result.code == 0, result.err
    assert f"已生成演示案件{CASES}件" in result.out
    assert "调解笔录" in result.out and "调解协议" in result.out
    today = date.today()
    with services_at(data_path) as services, services.db.read() as session:
        records = list(
            iter_records(
                session, selected_ids(session, ExportSelection(include_voided=True), today)
            )
        )
        users = {u.name: u for u in services.users()}
    assert len(records) == CASES
    assert {r.status for r in records} == set(CaseStatus)
    assert {r.data.category for r in records} == set(Category)
    for record in records:
        data = record.data
        assert normalize_case(data, today) == data
        assert [i for i in validate_case(data, today) if i.is_error] == []
        assert today - date(today.year - 3, today.month, 1) >= today - data.received_on
        assert data.received_on <= today
        if record.status.is_open:
            assert record.closed_on is None
        else:
            assert record.closed_on is not None and record.closed_on <= today
        if record.accepted_on:
            assert data.received_on <= record.accepted_on <= today
            assert record.lead_mediator in users
    applicants = [a for r in records for a in r.data.applicants]
    assert any(a.sex is Sex.FEMALE for a in applicants)
    assert any(a.is_migrant for a in applicants) and any(not a.is_migrant for a in applicants)
    assert {"吉𠮷", "赵堃", "王喆"} <= {a.name for a in applicants}
    collective = [r.data for r in records if r.data.is_collective]
    assert collective and all(10 <= len(d.applicants) <= 30 for d in collective)
    roles = {r.chain_role for d in collective for r in d.respondents}
    assert {ChainRole.GENERAL_CONTRACTOR, ChainRole.SUBCONTRACTOR} <= roles
    assert all(c.amount for d in collective for c in d.claims)
    assert users["陈立新"].certificate_no


def test_demo_rows_are_what_the_services_would_write(run: Run, data_path: Path) -> None:
    assert run("demo", "--cases", "60", "--seed", "2").code == 0
    with services_at(data_path) as services, services.db.read() as session:
        settings, calendar = load_settings(session), load_calendar(session)
        for case in session.scalars(select(orm.Case).order_by(orm.Case.id)):
            detail = services.get_case(case.id)
            data = detail.data
            assert (case.applicant_summary, case.respondent_summary) == summaries(data)
            assert case.claimed_total == data.claimed_total()
            assert case.is_collective == data.is_collective
            assert case.applicant_count == len(data.applicants)
            acceptance, mediation = compute_deadlines(data.received_on, settings, calendar)
            extended = session.scalars(
                select(orm.DeadlineExtension.new_due)
                .where(orm.DeadlineExtension.case_id == case.id)
                .order_by(orm.DeadlineExtension.id)
            ).all()
            assert (case.acceptance_due, case.mediation_due) == (
                acceptance,
                extended[-1] if extended else mediation,
            )
            stored = session.get(orm.CaseSearch, case.id)
            assert stored is not None and stored.text == search_text(data, case.number)
        audit = session.scalars(select(orm.AuditEntry)).all()
        assert [(a.entity, a.action) for a in audit] == [("demo", "create")]
        assert "60件" in (audit[0].new_value or "")
        years = Counter(session.scalars(select(orm.Case.number_year)))
        series = dict(
            (year, last)
            for year, last in session.execute(
                select(orm.NumberSeries.year, orm.NumberSeries.last_seq)
            )
        )
        assert series == dict(years)
        numbers = session.scalars(
            select(orm.Case.number).order_by(orm.Case.received_on, orm.Case.id)
        )
        assert next(iter(numbers)).endswith("第1号")


def test_numbering_continues_after_the_demo_cases(run: Run, data_path: Path) -> None:
    assert run("demo", "--cases", "40").code == 0
    today = date.today()
    with services_at(data_path) as services:
        with services.db.read() as session:
            last = session.scalar(
                select(func.max(orm.Case.number_seq)).where(orm.Case.number_year == today.year)
            )
        ref = services.create_case(single_case(received_on=today))
        assert ref.number == f"清溪劳调字〔{today.year}〕第{(last or 0) + 1}号"
        assert services.case_ids(CaseFilter(text="吉𠮷"))


def test_demo_is_deterministic_per_seed(run: Run, tmp_path: Path) -> None:
    folders = [tmp_path / name for name in ("a", "b", "c")]
    for folder, seed in zip(folders, ("5", "5", "6"), strict=True):
        assert run("demo", "--cases", "120", "--seed", seed, data=folder).code == 0
    a, b, c = (_export(run, f, f.parent / f"{f.name}.json") for f in folders)
    assert a == b
    assert a != c


def test_demo_refuses_a_database_that_already_has_cases(run: Run, data_path: Path) -> None:
    assert run("demo", "--cases", "20").code == 0
    result = run("demo", "--cases", "20")
    assert result.code == 1
    assert "只能生成到空数据库" in result.err
    with services_at(data_path) as services:
        assert len(services.case_ids(CaseFilter(include_voided=True))) == 20


def test_demo_keeps_office_settings_saved_by_init(run: Run, data_path: Path) -> None:
    assert run("init", "--office-name", "城北街道调委会", "--short-name", "城北").code == 0
    assert run("demo", "--cases", "15").code == 0
    with services_at(data_path) as services:
        assert services.settings().short_name == "城北"
        ids = services.case_ids(CaseFilter(include_voided=True))
        assert all(services.get_case(i).number.startswith("城北劳调字") for i in ids)


def test_demo_rejects_a_silly_count(run: Run) -> None:
    result = run("demo", "--cases", "0")
    assert result.code == 1
    assert "--cases" in result.err


def test_the_deadlines_command_lists_the_demo_to_do_items(run: Run) -> None:
    assert run("demo", "--cases", "30").code == 0
    result = run("deadlines", "--json")
    assert result.code == 0, result.err
    items = json.loads(result.out)
    assert isinstance(items, list)
    assert all({"kind", "case_number", "due"} <= set(item) for item in items)


def test_a_demo_office_reports_its_last_month_and_a_late_receipt_is_corrected_next_month(
    run: Run, data_path: Path, tmp_path: Path
) -> None:
    """Issue 7 as a new user tries it: report the month, then a payment is entered late."""
    today = date.today()
    start, end = last_complete_month(today)
    month, following = f"{start:%Y-%m}", f"{today:%Y-%m}"
    assert run("demo", "--cases", "200", "--seed", "4").code == 0
    sent = tmp_path / "sent.json"
    result = run(
        "tally", "--month", month, "--format", "json", "--out", str(sent), "--mark-reported"
    )
    assert result.code == 0, result.err
    total = json.loads(sent.read_text(encoding="utf-8"))["total"]
    assert total["closed_by_agreement"] and Decimal(total["amount_paid"]) > 0
    assert 0 < total["fulfilment_rate"] < 1
    xlsx = tmp_path / "sent.xlsx"
    assert run("tally", "--month", month, "--format", "xlsx", "--out", str(xlsx)).code == 0
    assert load_workbook(xlsx).worksheets[0]["A1"].value
    with services_at(data_path) as services, services.db.read() as session:
        row = session.execute(
            select(orm.Case.number, orm.Instalment.amount - orm.Instalment.paid)
            .join(orm.Instalment, orm.Instalment.case_id == orm.Case.id)
            .where(orm.Case.closed_on.between(start, end), orm.Instalment.settled.is_(False))
            .order_by(orm.Case.id)
        ).first()
    assert row is not None
    number, owed = row
    paid = min(owed, Decimal(500))
    late = ("payments", "record", number, "--amount", str(paid), "--date", end.isoformat())
    assert run(*late).code == 0
    report = tmp_path / "next.json"
    assert run("tally", "--month", following, "--format", "json", "--out", str(report)).code == 0
    corrections = json.loads(report.read_text(encoding="utf-8"))["corrections"]
    fixed = [c for c in corrections if c["figure"] == "amount_paid" and c["category"] == "total"]
    assert len(fixed) == 1
    assert Decimal(fixed[0]["current"]) - Decimal(fixed[0]["sent"]) == paid
    again = tmp_path / "again.json"
    assert run("tally", "--month", month, "--format", "json", "--out", str(again)).code == 0
    assert json.loads(again.read_text(encoding="utf-8"))["total"] == total
    # The drill-down on the command line lists exactly the cases of the figure as sent.
    sent_figures = json.loads(sent.read_text(encoding="utf-8"))
    listed = run("tally", "--month", month, "--cases", "closed_by_agreement", "--category", "PAY")
    assert listed.code == 0, listed.err
    count = sent_figures["by_category"]["PAY"]["closed_by_agreement"]
    assert f"调解成功（劳动报酬）：{count}件案件" in listed.out
    assert len(listed.out.strip().splitlines()) == 1 + count
    money = run("tally", "--month", month, "--cases", "amount_paid")
    assert money.code == 0, money.err
    assert f"合计{Decimal(total['amount_paid']):,.2f}元" in money.out
    assert run("tally", "--month", month, "--cases", "no_such_figure").code == 1
