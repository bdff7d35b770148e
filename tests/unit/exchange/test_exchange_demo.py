"""The demo generator: deterministic, plausible, valid identifiers."""

from __future__ import annotations

import io
from datetime import date

from mediator.cli.progress import ProgressLine
from mediator.domain.enums import CaseStatus, Category
from mediator.domain.identifiers import check_phone, check_resident_id, check_uscc
from mediator.domain.workdays import WorkdayCalendar
from mediator.exchange.demo import DemoGenerator

TODAY = date(2026, 11, 24)


def _cases(seed: int, count: int) -> list[object]:
    generator = DemoGenerator(seed, count, TODAY, WorkdayCalendar())
    return [generator.case(p) for p in generator.profiles()]


def test_same_seed_same_cases_other_seed_other_cases() -> None:
    assert _cases(3, 40) == _cases(3, 40)
    assert _cases(3, 40) != _cases(4, 40)


def test_a_case_does_not_depend_on_how_many_others_there_are() -> None:
    small = DemoGenerator(9, 30, TODAY, WorkdayCalendar())
    large = DemoGenerator(9, 300, TODAY, WorkdayCalendar())
    first = {p.index: p for p in small.profiles()}
    for profile in large.profiles():
        if profile.index in first:
            assert first[profile.index] == profile


def test_profiles_are_in_date_order_and_cover_everything() -> None:
    profiles = DemoGenerator(1, 20, TODAY, WorkdayCalendar()).profiles()
    assert [p.received_on for p in profiles] == sorted(p.received_on for p in profiles)
    assert {p.status for p in profiles} == set(CaseStatus)
    assert {p.category for p in profiles} == set(Category)
    assert any(p.collective for p in profiles)
    assert all(TODAY.replace(year=TODAY.year - 3) <= p.received_on <= TODAY for p in profiles)


def test_identifiers_pass_their_checks_and_match_the_person() -> None:
    generator = DemoGenerator(2, 150, TODAY, WorkdayCalendar())
    for profile in generator.profiles():
        data = generator.case(profile).record.data
        for applicant in data.applicants:
            check = check_resident_id(applicant.id_number, TODAY)
            assert check.ok, (applicant.name, check.message)
            assert check.sex is applicant.sex
            assert check.birth_date and 14 <= TODAY.year - check.birth_date.year <= 75
            assert check_phone(applicant.phone).kind == "mobile"
            assert not check_phone(applicant.phone).warning
        for respondent in data.respondents:
            if respondent.uscc:
                assert check_uscc(respondent.uscc).ok


def test_progress_line_writes_every_tenth_to_a_file() -> None:
    stream = io.StringIO()
    progress = ProgressLine("生成演示案件", 1000, stream)
    for done in range(0, 1001, 50):
        progress(done, 1000)
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 11
    assert lines[-1].startswith("生成演示案件：1000/1000（100%")
