"""The to-do board (首页) and ``mediator deadlines`` on a prepared database (today 2026-11-24)."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import event

from mediator.cli import deadlines
from mediator.domain.enums import MediatorRole
from mediator.domain.workflow_enums import (
    Action,
    FailureReason,
    FollowUpFinding,
    SessionOutcome,
    TermKind,
    TodoKind,
)
from mediator.paths import DataDir
from mediator.persistence import orm
from mediator.persistence.cases import CaseRef
from mediator.persistence.services import Services
from mediator.persistence.todo import todo_items
from mediator.persistence.workflow import FollowUpData, SessionData, StaffEntry, TermData
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import TODAY
from tests.helpers.factories import single_case
from tests.unit.workflow.conftest import flow_on


def _case(services: Services, name: str, received: date) -> CaseRef:
    return services.create_case(single_case(name, received))


def _accepted(services: Services, flow: WorkflowServices, name: str, received: date) -> CaseRef:
    ref = _case(services, name, received)
    return flow.decide_acceptance(ref.id, ref.version, accepted=True, decided_on=received)


def _session(services: Services, held_on: date, **kw: object) -> SessionData:
    me = services.users()[0].id or 0
    return SessionData(
        held_on=held_on,
        starts_at=time(9, 30),
        place="调解室",
        staff=(StaffEntry(me, MediatorRole.LEAD),),
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def board(services: Services, flow: WorkflowServices) -> dict[str, CaseRef]:
    """Cases at every stage; the keys name what each should put on the board."""
    refs: dict[str, CaseRef] = {}
    refs["acceptance_due"] = _case(services, "甲", date(2026, 11, 23))
    refs["acceptance_overdue"] = _case(services, "乙", date(2026, 11, 16))
    c = _accepted(services, flow, "丙", date(2026, 11, 10))  # mediation due 11-25
    first = flow.create_session(c.id, c.version, _session(services, date(2026, 11, 20)))
    cont = replace(first.data, outcome=SessionOutcome.CONTINUE, continue_on=TODAY)
    done = flow.finish_session(first.id, first.case_version, cont)
    today_session = flow.create_session(c.id, done.case_version, _session(services, TODAY))
    refs["session_today"] = c
    d = _accepted(services, flow, "丁", date(2026, 11, 1))  # mediation due 11-16
    first = flow.create_session(d.id, d.version, _session(services, date(2026, 11, 12)))
    cont = replace(first.data, outcome=SessionOutcome.CONTINUE, continue_on=date(2026, 11, 27))
    flow.finish_session(first.id, first.case_version, cont)
    refs["mediation_overdue"] = d
    e = _accepted(services, flow, "戊", date(2026, 11, 1))
    flow.extend_deadline(e.id, e.version, date(2026, 11, 14), date(2026, 12, 20))
    f = _accepted(services, flow, "己", date(2026, 11, 1))
    pay = TermData(TermKind.TEXT, text="被申请人出具离职证明。")
    agreement = flow.create_agreement(f.id, f.version, [pay])
    signed = flow.sign_agreement(agreement.id, agreement.case_version, date(2026, 11, 13))
    visit = FollowUpData(date(2026, 11, 20), FollowUpFinding.NOT_PAID, next_visit_on=TODAY)
    flow.add_follow_up(f.id, signed.case_version, visit)
    refs["follow_up"] = f
    g = _accepted(services, flow, "庚", date(2026, 11, 1))
    flow.close_case(g.id, g.version, Action.FAIL, date(2026, 11, 20), FailureReason.OVERDUE)
    h = _case(services, "辛", date(2026, 11, 20))
    services.void_case(h.id, h.version, "重复登记")
    n = _accepted(services, flow, "壬", date(2026, 11, 20))
    flow.create_session(n.id, n.version, _session(services, date(2026, 11, 30)))  # next week
    assert today_session.seq == 2
    return refs


def test_board_lists_what_needs_attention_today(
    board: dict[str, CaseRef], flow: WorkflowServices
) -> None:
    # Nine cases against one company this month also raise an employer warning.
    (warning,) = [i for i in flow.todo() if i.kind is TodoKind.EMPLOYER_WARNING]
    assert (warning.case_id, warning.due) == (board["acceptance_due"].id, date(2026, 11, 23))
    # The signed agreement's confirmation windows (issue 6) are tested in tests/unit/referrals.
    referrals = (TodoKind.CONFIRMATION_WINDOW, TodoKind.REFERRAL_PENDING)
    items = [i for i in flow.todo() if i.kind not in (TodoKind.EMPLOYER_WARNING, *referrals)]
    got = [(i.kind, i.case_id, i.due, i.overdue) for i in items]
    assert got == [
        (TodoKind.MEDIATION_DUE, board["mediation_overdue"].id, date(2026, 11, 16), True),
        (TodoKind.ACCEPTANCE, board["acceptance_overdue"].id, date(2026, 11, 19), True),
        (TodoKind.SESSION, board["session_today"].id, TODAY, False),
        (TodoKind.FOLLOW_UP, board["follow_up"].id, TODAY, False),
        (TodoKind.MEDIATION_DUE, board["session_today"].id, date(2026, 11, 25), False),
        (TodoKind.ACCEPTANCE, board["acceptance_due"].id, date(2026, 11, 26), False),
        (TodoKind.SESSION, board["mediation_overdue"].id, date(2026, 11, 27), False),
    ]
    titles = [i.title for i in items]
    assert titles[0].startswith("调解期限已届满") and "丁 与 城南建设集团有限公司" in titles[0]
    assert titles[1].startswith("受理决定已逾期")
    assert titles[2] == "今日 09:30第2次调解 调解室：丙 与 城南建设集团有限公司"
    assert titles[6].startswith("11月27日（周五）继续调解（第1次调解时约定）")
    assert items[0].case_number == "城南劳调字〔2026〕第4号"


def test_board_on_another_day(board: dict[str, CaseRef], services: Services) -> None:
    later = flow_on(services, date(2026, 11, 30))
    kinds = {(i.kind, i.case_id) for i in later.todo()}
    assert (TodoKind.SESSION, board["session_today"].id) not in kinds
    assert (TodoKind.FOLLOW_UP, board["follow_up"].id) in kinds  # still due, now overdue
    assert any(i.kind is TodoKind.SESSION and i.due == date(2026, 11, 30) for i in later.todo())


def test_board_queries_use_indexes(services: Services) -> None:
    """Every board query is an index search, never a scan of 200,000 cases."""
    statements: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", capture)
    try:
        with services.db.read() as session:
            todo_items(session, TODAY)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", capture)
    queries = [(q, p) for q, p in statements if q.lstrip().startswith("SELECT")]
    # session_items runs two; the instalment source (issue 5) one; the employer warning two;
    # the referral windows two, the referrals waiting for an outcome one and the limitation
    # clock one (issue 6)
    assert len(queries) == 12
    with services.db.engine.connect() as conn:
        plans = [
            str(row[-1])
            for q, p in queries
            for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {q}", p)  # type: ignore[arg-type]
        ]
    # Scans of a query's own intermediate results (window functions) are fine; of a table not.
    tables = set(orm.Base.metadata.tables)
    assert plans and not [p for p in plans if p.startswith("SCAN") and p.split()[1] in tables]


def test_deadlines_command_prints_the_board(
    board: dict[str, CaseRef],
    flow: WorkflowServices,
    data_dir: DataDir,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = argparse.Namespace(data_dir=str(data_dir.root), db_url=None, json=True, date=TODAY)
    assert deadlines.run(args) == 0
    printed = json.loads(capsys.readouterr().out)
    expected = [
        {
            "kind": i.kind.value,
            "case_number": i.case_number,
            "title": i.title,
            "due": i.due.isoformat(),
            "overdue": i.overdue,
        }
        for i in flow.todo()
    ]
    # 7, the employer warning and the agreement's two confirmation windows (issue 6)
    assert printed == expected and len(printed) == 10
    args.json = False
    assert deadlines.run(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("2026年11月24日需要处理的事项（10项）：")
    assert "逾期  2026-11-16  调解期限  城南劳调字〔2026〕第4号" in out


def test_deadlines_command_registers_and_parses(data_dir: DataDir) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    subs = parser.add_subparsers(dest="command")
    deadlines.register(subs)
    args = parser.parse_args(["--data-dir", str(data_dir.root), "deadlines", "--json"])
    assert args.handler is deadlines.run and args.json and args.data_dir == str(data_dir.root)
    args = parser.parse_args(["deadlines", "--date", "2026-11-24"])
    assert args.date == TODAY and not args.json


def test_empty_board(data_dir: DataDir, capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(data_dir=str(data_dir.root), db_url=None, json=False, date=TODAY)
    assert deadlines.run(args) == 0
    assert capsys.readouterr().out.strip() == "2026年11月24日没有需要处理的事项。"
