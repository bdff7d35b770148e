"""Office settings stored in the database (they print on documents)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain import calcsettings
from mediator.domain.calculators import CalculatorSettings
from mediator.domain.earlywarning import WarningThresholds
from mediator.domain.errors import Issue, ValidationFailed
from mediator.domain.identifiers import check_phone
from mediator.domain.numbering import DEFAULT_PATTERN, pattern_problem
from mediator.persistence.orm import Setting

MONTH_BOUNDARIES = ("calendar", "day21")
"""The values of ``report_month_boundary`` (``reports.periods.MonthBoundary``)."""


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str = "城南街道劳动人事争议调解委员会"
    short_name: str = "城南"
    office_address: str = ""
    """Letters (移送函, referral letters): where the committee can be found; may stay empty."""
    office_phone: str = ""
    """Letters: the committee's telephone; may stay empty (a blank line is printed)."""
    number_pattern: str = DEFAULT_PATTERN
    acceptance_working_days: int = 3
    mediation_days: int = 15
    sign_every_page: bool = True
    """Documents: a signature strip for all present on every page of a session record."""
    roster_threshold: int = 5
    """Documents: more applicants than this go into annex tables."""
    chinese_signature_date: bool = False
    """Documents: signature dates as 二〇二六年三月五日 instead of 2026年3月5日."""
    pdf_fonts: str = ""
    """Documents: font search list (one file name or path a line); empty: the defaults."""
    report_month_boundary: str = "calendar"
    """Reports: ``calendar`` months, or ``day21`` (the 21st of the previous month to the 20th)."""
    warning_case_count: int = 3
    """Board: an employer with this many cases received within the window is flagged."""
    warning_window_days: int = 30
    """Board: the early-warning window, in days up to today."""
    warning_collective: bool = True
    """Board: an open collective dispute flags its employer."""

    calc_partial_month: str = "calendar"
    """Calculators: severance's part-year in calendar months, or ``days30``."""
    calc_pay_days: str = "21.75"
    """Calculators: 月计薪天数 for daily and hourly wages."""
    calc_count_departure_day: bool = True
    """Calculators: annual-leave pro-rating counts the last working day."""

    def calculator_settings(self) -> CalculatorSettings:
        return calcsettings.calculator_settings(
            self.calc_partial_month, self.calc_pay_days, self.calc_count_departure_day
        )

    def warning_thresholds(self) -> WarningThresholds:
        return WarningThresholds(
            self.warning_case_count, self.warning_window_days, self.warning_collective
        )

    def validate(self) -> list[Issue]:
        issues = []
        if not self.office_name.strip():
            issues.append(Issue("office_name", "请填写调解组织名称，它会印在每一份文书上。"))
        if self.office_phone.strip():
            phone = check_phone(self.office_phone)
            if not phone.ok:
                issues.append(Issue("office_phone", f"联系电话：{phone.message}"))
        if not self.short_name.strip():
            issues.append(Issue("short_name", "请填写机构简称，案件编号会用到它（例如“城南”）。"))
        problem = pattern_problem(self.number_pattern)
        if problem:
            issues.append(Issue("number_pattern", problem))
        if not 1 <= self.acceptance_working_days <= 30:
            issues.append(Issue("acceptance_working_days", "受理期限应在1至30个工作日之间。"))
        if not 1 <= self.mediation_days <= 90:
            issues.append(Issue("mediation_days", "调解期限应在1至90日之间。"))
        if not 1 <= self.roster_threshold <= 100:
            issues.append(Issue("roster_threshold", "名册附表的人数界限应在1至100之间。"))
        issues += self.warning_thresholds().validate()
        issues += calcsettings.problems(self.calc_partial_month, self.calc_pay_days)
        if self.report_month_boundary not in MONTH_BOUNDARIES:
            issues.append(
                Issue("report_month_boundary", "统计月度口径只能是自然月或上月21日至本月20日。")
            )
        return issues


def load_settings(session: Session) -> OfficeSettings:
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    values: dict[str, Any] = {}
    for f in fields(OfficeSettings):
        if f.name in stored:
            text = stored[f.name]
            if f.type in ("bool", bool):
                values[f.name] = text == "True"
            else:
                values[f.name] = int(text) if f.type in ("int", int) else text
    if values.get("report_month_boundary") not in MONTH_BOUNDARIES:
        # Read as before the setting had a field: anything but day21 means calendar months.
        values.pop("report_month_boundary", None)
    return OfficeSettings(**values)


def save_settings(session: Session, settings: OfficeSettings) -> None:
    issues = settings.validate()
    if issues:
        raise ValidationFailed(issues)
    current = {s.key: s for s in session.scalars(select(Setting))}
    for key, value in asdict(settings).items():
        text = str(value)
        if key in current:
            if current[key].value != text:
                current[key].value = text
        else:
            session.add(Setting(key=key, value=text))
