"""Employer early warning: the rule, the settings and the board source on a real store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from mediator.domain.earlywarning import (
    EmployerActivity,
    WarningThresholds,
    warning_title,
    warnings,
    window_start,
)
from mediator.domain.enums import ChainRole
from mediator.domain.errors import ValidationFailed
from mediator.domain.model import RespondentData
from mediator.domain.workflow_enums import NotAcceptedReason, TodoKind
from mediator.persistence.services import CaseRef, Services
from mediator.persistence.todo import TodoItem
from mediator.persistence.workflow_services import WorkflowServices
from tests.conftest import TODAY
from tests.helpers.factories import (
    GENERAL_CONTRACTOR_USCC,
    SUBCONTRACTOR_USCC,
    collective_case,
    single_case,
)

WINDOW = 30
DAY_D = TODAY - timedelta(days=WINDOW)  # 2026-10-25: still inside the window
DAY_D_PLUS_1 = DAY_D - timedelta(days=1)  # 2026-10-24: outside


def add_case(
    services: Services, received_on: date, respondent: RespondentData, name: str = "张伟"
) -> CaseRef:
    data = single_case(name, received_on)
    data.respondents = [respondent]
    return services.create_case(data)


def company(
    name: str = "城南建设集团有限公司", uscc: str = GENERAL_CONTRACTOR_USCC
) -> RespondentData:
    return RespondentData(name, uscc=uscc, legal_rep="王建国")


def foreman(name: str = "赵大包") -> RespondentData:
    return RespondentData(name, chain_role=ChainRole.TEAM_LEADER)


def board(services: Services) -> list[TodoItem]:
    flow = WorkflowServices(services.db, services.today, services.now)
    return [i for i in flow.todo(TODAY) if i.kind is TodoKind.EMPLOYER_WARNING]


# -- the rule -------------------------------------------------------------------------------


def activity(recent: int, collective: int = 0) -> EmployerActivity:
    return EmployerActivity("某公司", "", recent, collective, 7, "城南劳调字〔2026〕第7号", TODAY)


def test_the_window_counts_back_window_days_from_today() -> None:
    assert window_start(TODAY, WarningThresholds(window_days=30)) == DAY_D


def test_exactly_n_cases_warn_and_one_fewer_does_not() -> None:
    rule = WarningThresholds(case_count=3)
    assert [w.activity.recent_cases for w in warnings([activity(3), activity(2)], TODAY, rule)] == [
        3
    ]


def test_an_open_collective_dispute_warns_unless_switched_off() -> None:
    assert warnings([activity(0, 1)], TODAY, WarningThresholds())
    assert not warnings([activity(0, 1)], TODAY, WarningThresholds(collective=False))


def test_the_title_names_the_employer_the_count_and_the_window() -> None:
    title = warning_title(activity(4, 1), TODAY, WarningThresholds())
    assert title.startswith("某公司：近30日（10月25日至11月24日）收案4件，有1件集体争议正在办理")
    start_of_year = warning_title(activity(3), date(2027, 1, 10), WarningThresholds())
    assert "近30日（2026年12月11日至1月10日）收案3件" in start_of_year
    assert "有1件集体争议正在办理" in title


@pytest.mark.parametrize(
    ("thresholds", "field"),
    [
        (WarningThresholds(case_count=1), "warning_case_count"),
        (WarningThresholds(window_days=0), "warning_window_days"),
        (WarningThresholds(window_days=400), "warning_window_days"),
    ],
)
def test_thresholds_out_of_range_are_refused_in_chinese(
    thresholds: WarningThresholds, field: str
) -> None:
    (issue,) = thresholds.validate()
    assert issue.field == field
    assert "预警" in issue.message


# -- the board source on a real store -------------------------------------------------------


def test_three_cases_with_the_third_on_day_d_warn_and_open_the_latest(services: Services) -> None:
    add_case(services, DAY_D, company())
    latest = add_case(services, TODAY - timedelta(days=2), company(), "李娜")
    add_case(services, TODAY - timedelta(days=10), company(), "王喆")
    (item,) = board(services)
    assert item.case_id == latest.id
    assert item.case_number == latest.number
    assert item.due == TODAY - timedelta(days=2)
    assert "城南建设集团有限公司" in item.title and "收案3件" in item.title
    assert "近30日" in item.title


def test_the_third_case_on_day_d_plus_1_does_not_count(services: Services) -> None:
    add_case(services, DAY_D_PLUS_1, company())
    add_case(services, TODAY - timedelta(days=2), company(), "李娜")
    add_case(services, TODAY - timedelta(days=10), company(), "王喆")
    assert board(services) == []


def test_a_voided_case_does_not_count(services: Services) -> None:
    add_case(services, DAY_D, company())
    add_case(services, TODAY - timedelta(days=2), company(), "李娜")
    ref = add_case(services, TODAY - timedelta(days=10), company(), "王喆")
    assert board(services)
    services.void_case(ref.id, ref.version, "重复登记")
    assert board(services) == []


def test_cases_are_grouped_by_credit_code_whatever_the_name_is_spelt(services: Services) -> None:
    add_case(services, TODAY - timedelta(days=1), company("城南建设集团有限公司"))
    add_case(services, TODAY - timedelta(days=2), company("城南建设集团"), "李娜")
    add_case(services, TODAY - timedelta(days=3), company("城南建设（集团）有限公司"), "王喆")
    add_case(services, TODAY - timedelta(days=4), company("另一家", SUBCONTRACTOR_USCC), "刘洋")
    (item,) = board(services)
    assert item.title.startswith("城南建设集团有限公司：")
    assert "（统一社会信用代码91110000600037341L）" in item.title
    assert "收案3件" in item.title


def test_a_foreman_without_credit_code_is_grouped_by_name(services: Services) -> None:
    for days, name in ((1, "张伟"), (2, "李娜"), (3, "王喆")):
        add_case(services, TODAY - timedelta(days=days), foreman(), name)
    add_case(services, TODAY - timedelta(days=4), foreman("钱二包"), "刘洋")
    (item,) = board(services)
    assert item.title.startswith("赵大包：近30日")
    assert "统一社会信用代码" not in item.title


def test_a_name_does_not_join_a_credit_code_it_might_belong_to(services: Services) -> None:
    add_case(services, TODAY - timedelta(days=1), company())
    add_case(services, TODAY - timedelta(days=2), company(), "李娜")
    add_case(services, TODAY - timedelta(days=3), company(uscc=""), "王喆")
    assert board(services) == []


def test_an_open_collective_case_warns_however_old(services: Services) -> None:
    ref = services.create_case(collective_case(12, date(2026, 3, 2)))
    items = board(services)
    assert {i.case_id for i in items} == {ref.id}
    assert len(items) == 2  # the general contractor and the subcontractor
    assert all("有1件集体争议正在办理" in i.title for i in items)
    assert not any("收案" in i.title for i in items)


def test_a_closed_collective_case_does_not_warn(services: Services) -> None:
    ref = services.create_case(collective_case(12, date(2026, 3, 2)))
    flow = WorkflowServices(services.db, services.today, services.now)
    flow.decide_acceptance(
        ref.id,
        ref.version,
        accepted=False,
        decided_on=date(2026, 3, 3),
        reason=NotAcceptedReason.OUT_OF_SCOPE,
    )
    assert board(services) == []


def test_thresholds_come_from_the_settings(services: Services) -> None:
    services.create_case(collective_case(12, date(2026, 3, 2)))
    add_case(services, TODAY - timedelta(days=40), foreman())
    add_case(services, TODAY - timedelta(days=2), foreman(), "李娜")
    settings = services.settings()
    services.save_settings(
        replace(settings, warning_case_count=2, warning_window_days=45, warning_collective=False)
    )
    (item,) = board(services)
    assert "赵大包：近45日" in item.title and "收案2件" in item.title


def test_bad_thresholds_are_not_saved(services: Services) -> None:
    with pytest.raises(ValidationFailed) as failure:
        services.save_settings(replace(services.settings(), warning_window_days=0))
    assert failure.value.issues[0].message == "预警期间应在1至366日之间。"
    assert services.settings().warning_window_days == WINDOW
