"""Case services: intake, edits, optimistic locking, the audit trail, numbering, search."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest

from mediator.domain.enums import DayKind
from mediator.domain.errors import ValidationFailed
from mediator.domain.model import ApplicantData
from mediator.paths import DataDir
from mediator.persistence.caselist import CaseFilter, SortKey
from mediator.persistence.db import Operator
from mediator.persistence.errors import StaleEdit
from mediator.persistence.officesettings import OfficeSettings
from mediator.persistence.services import Services, UserInfo
from tests.helpers.factories import collective_case, single_case, worker


def test_collective_case_is_stored_exactly(services: Services) -> None:
    ref = services.create_case(collective_case(12))
    detail = services.get_case(ref.id)
    assert ref.number == "城南劳调字〔2026〕第1号"
    assert [a.name for a in detail.data.applicants][:3] == ["吉𠮷", "赵堃", "王喆"]
    assert len(detail.data.applicants) == 12
    assert detail.data.is_collective
    assert detail.data.claimed_total() == Decimal("192066.00")
    assert detail.acceptance_due == date(2026, 10, 10)  # make-up Saturday after National Day
    assert detail.mediation_due == date(2026, 10, 15)
    row = services.case_rows([ref.id])[ref.id]
    assert row.applicant_summary == "吉𠮷、赵堃、王喆等12人"
    assert row.claimed_total == Decimal("192066.00")


def test_money_is_integer_fen_in_the_database(services: Services, data_dir: DataDir) -> None:
    services.create_case(single_case())
    with sqlite3.connect(data_dir.database) as conn:
        assert conn.execute("SELECT amount, typeof(amount) FROM claims").fetchone() == (
            1600000,
            "integer",
        )


def test_invalid_input_changes_nothing(services: Services) -> None:
    data = single_case()
    data.applicants[0].id_number = "110105194912310020"  # check character should be X
    with pytest.raises(ValidationFailed) as caught:
        services.create_case(data)
    assert any(i.field == "applicants.0.id_number" for i in caught.value.issues)
    assert services.case_ids(CaseFilter()) == []


def test_stale_save_is_refused_and_the_other_change_survives(services: Services) -> None:
    ref = services.create_case(single_case())
    mine = services.get_case(ref.id)
    theirs = services.get_case(ref.id)
    theirs.data.applicants[0].phone = "13911112222"
    services.update_case(ref.id, theirs.version, theirs.data)
    mine.data.facts = "我的修改"
    with pytest.raises(StaleEdit) as caught:
        services.update_case(ref.id, mine.version, mine.data)
    assert "没有保存" in caught.value.message
    assert "李调解" in caught.value.message
    now = services.get_case(ref.id)
    assert now.data.applicants[0].phone == "13911112222"
    assert now.data.facts != "我的修改"


def test_every_change_is_in_the_history_with_who(services: Services) -> None:
    ref = services.create_case(single_case())
    detail = services.get_case(ref.id)
    detail.data.applicants[0].phone = "13911112222"
    detail.data.applicants.append(worker(5, name="赵堃"))
    services.db.operator = Operator(None, "王书记")
    services.update_case(ref.id, detail.version, detail.data)
    history = services.history(ref.id)
    creates = [h for h in history if h.action == "create" and h.user_name == "李调解"]
    assert {h.entity for h in creates} >= {"case", "applicant", "respondent", "claim"}
    phone = [h for h in history if h.field == "phone"]
    assert [(p.old_value, p.new_value, p.user_name) for p in phone] == [
        ("13900000000", "13911112222", "王书记")
    ]
    added = [h for h in history if h.action == "create" and h.user_name == "王书记"]
    assert added and "赵堃" in (added[0].new_value or "")


def test_removing_a_party_is_recorded_as_a_delete(services: Services) -> None:
    ref = services.create_case(collective_case(3))
    detail = services.get_case(ref.id)
    detail.data.applicants.pop()
    detail.data.claims.pop()
    services.update_case(ref.id, detail.version, detail.data)
    deletes = [h for h in services.history(ref.id) if h.action == "delete"]
    assert {h.entity for h in deletes} == {"applicant", "claim"}
    assert len(services.get_case(ref.id).data.applicants) == 2


def test_numbers_follow_the_pattern_and_are_never_reused(services: Services) -> None:
    services.save_settings(
        OfficeSettings(office_name="城北街道劳动人事争议调解委员会", short_name="城北")
    )
    first = services.create_case(single_case())
    services.void_case(first.id, first.version, "重复登记")
    second = services.create_case(single_case("张伟"))
    assert first.number == "城北劳调字〔2026〕第1号"
    assert second.number == "城北劳调字〔2026〕第2号"
    assert services.case_ids(CaseFilter()) == [second.id]
    assert set(services.case_ids(CaseFilter(include_voided=True))) == {first.id, second.id}
    last_year = services.create_case(single_case("李娜", received_on=date(2025, 12, 30)))
    assert last_year.number == "城北劳调字〔2025〕第1号"


def test_search_finds_a_case_by_any_party_detail(services: Services) -> None:
    target = services.create_case(collective_case(12))
    other = services.create_case(single_case("张三丰"))
    detail = services.get_case(target.id)
    someone = detail.data.applicants[7]
    for term in (
        someone.name,
        someone.id_number,
        someone.id_number[-6:].lower(),
        "分包",
        "M000100Y",
        "第1号",
    ):
        assert target.id in services.case_ids(CaseFilter(text=term)), term
    assert services.case_ids(CaseFilter(text="张三丰")) == [other.id]
    assert services.case_ids(CaseFilter(text="100%")) == []


def test_filters_combine(services: Services) -> None:
    a = services.create_case(collective_case(12, received_on=date(2026, 9, 30)))
    b = services.create_case(single_case(received_on=date(2026, 11, 20)))
    assert services.case_ids(CaseFilter(collective_only=True)) == [a.id]
    assert services.case_ids(CaseFilter(overdue_only=True)) == [a.id]  # received 9-30, still open
    assert services.case_ids(CaseFilter(received_from=date(2026, 11, 1))) == [b.id]
    assert services.case_ids(CaseFilter(), SortKey.RECEIVED, descending=False) == [a.id, b.id]


def test_intake_warns_about_open_cases_of_the_same_people(services: Services) -> None:
    services.create_case(collective_case(12))
    again = single_case()
    again.applicants[0] = collective_case(12).applicants[3]
    warnings = [i for i in services.check_intake(again) if not i.is_error]
    texts = " ".join(w.message for w in warnings)
    assert "已有未结案件" in texts
    assert "城南建设集团有限公司" in texts and "此前已有1件" in texts


def test_intake_warns_when_limitation_has_probably_passed(services: Services) -> None:
    data = single_case()
    data.applicants[0].employment_end = date(2025, 6, 30)
    warnings = [i for i in services.check_intake(data) if not i.is_error]
    assert any("时效可能已经届满" in w.message for w in warnings)


def test_holiday_table_change_recomputes_open_deadlines(services: Services) -> None:
    ref = services.create_case(single_case(received_on=date(2026, 11, 19)))
    assert services.get_case(ref.id).acceptance_due == date(2026, 11, 24)
    changed = services.set_calendar_day(date(2026, 11, 23), DayKind.HOLIDAY, "测试")
    assert changed == 1
    assert services.get_case(ref.id).acceptance_due == date(2026, 11, 25)


def test_users_are_saved_and_listed(services: Services) -> None:
    saved = services.save_user(UserInfo("周调解", certificate_no="调证-0002", phone="13812345678"))
    services.save_user(
        UserInfo(saved.name, saved.role, saved.certificate_no, saved.phone, False, saved.id)
    )
    assert [u.name for u in services.users(active_only=True)] == ["李调解"]
    assert [u.name for u in services.users()] == ["李调解", "周调解"]


def test_rare_characters_survive_the_round_trip(services: Services) -> None:
    data = single_case("𠮷𠮷·阿卜杜")
    data.applicants.append(ApplicantData(name="喆堃", id_number=""))
    ref = services.create_case(data)
    names = [a.name for a in services.get_case(ref.id).data.applicants]
    assert names == ["𠮷𠮷·阿卜杜", "喆堃"]
