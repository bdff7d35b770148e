"""The calculator dialog: one page per statutory calculator, the working shown as you type.

Every page reads its fields into the domain calculator (``domain.calculators``)
on each keystroke; the domain's Chinese messages appear beside the field they
name, and the result with its numbered working and statutes underneath. The
local figures of severance (上年度职工月平均工资, 最低工资) are filled from
the locality table for the chosen place and year; the working then says
which row they came from (``domain.localfigures``). Opened from a case, the
applicants' employment dates and wages prefill the pages and the result can be
added to the case as a claim (``Services.add_claim``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TypeVar

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediator.domain import calculators as calc
from mediator.domain import localfigures as localfig
from mediator.domain.calcclaims import as_claim, heading, result_line, working_text
from mediator.domain.errors import Issue, ValidationFailed
from mediator.domain.model import ApplicantData
from mediator.domain.money import format_amount, parse_amount
from mediator.gui.ops import Changes, Ops
from mediator.gui.widgets import ChoiceCombo, FieldMessage
from mediator.persistence.cases import CaseDetail
from mediator.persistence.officesettings import OfficeSettings
from mediator.persistence.performance import LocalityInfo

_DATE = re.compile(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*")


class Kind(Enum):
    DATE = "date"
    MONEY = "money"
    NUMBER = "number"
    WHOLE = "whole"
    FLAG = "flag"


@dataclass(frozen=True)
class Field:
    """One input of a page; ``key`` is the name the domain's issues use for it."""

    key: str
    label: str
    kind: Kind
    placeholder: str = ""
    default: str = ""
    optional: bool = False


T = TypeVar("T")


class Values(dict[str, object]):
    """A page's values by field key, read back with their types (the page checked them)."""

    def optional(self, kind: type[T], key: str) -> T | None:
        value = self[key]
        assert value is None or isinstance(value, kind), (key, value)
        return value

    def day(self, key: str) -> date:
        value = self.optional(date, key)
        assert value is not None, key
        return value

    def number(self, key: str) -> Decimal:
        value = self.optional(Decimal, key)
        assert value is not None, key
        return value

    def whole(self, key: str) -> int:
        value = self.optional(int, key)
        assert value is not None, key
        return value

    def flag(self, key: str) -> bool:
        return bool(self[key])


def _read(field: Field, text: str) -> tuple[object, Issue | None]:
    """The typed text as a value (None when empty), or the Chinese reason it is not one."""
    text = text.strip()
    if not text:
        return None, None
    if field.kind is Kind.DATE:
        match = _DATE.fullmatch(text)
        try:
            return date(*(int(g) for g in match.groups())) if match else date.fromisoformat(
                text
            ), None
        except ValueError:
            return None, Issue(field.key, f"{field.label}“{text}”无效，请写成 2026-03-15 的形式")
    if field.kind is Kind.MONEY:
        try:
            return parse_amount(text), None
        except ValueError as error:
            return None, Issue(field.key, f"{field.label}：{error}")
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or number < 0:
        return None, Issue(field.key, f"{field.label}“{text}”无效，请填写不小于0的数字")
    if field.kind is Kind.WHOLE:
        if number != number.to_integral_value():
            return None, Issue(field.key, f"{field.label}应为整数")
        return int(number), None
    return number, None


class CalculatorPage(QWidget):
    """The inputs of one calculator, each with its message line, and the calculation."""

    def __init__(
        self,
        title: str,
        fields: list[Field],
        compute: Callable[[Values, calc.CalculatorSettings], calc.Calculation],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.fields = {f.key: f for f in fields}
        self._compute = compute
        self.settings = calc.DEFAULT_SETTINGS
        """The office's rules for what the statutes leave open (set by the dialog)."""
        self.edits: dict[str, QLineEdit | QCheckBox] = {}
        self.messages: dict[str, FieldMessage] = {}
        form = QFormLayout(self)
        for field in fields:
            if field.kind is Kind.FLAG:
                box = QCheckBox(field.label, self)
                self.edits[field.key] = box
                form.addRow("", box)
                continue
            edit = QLineEdit(field.default, self)
            edit.setPlaceholderText(field.placeholder)
            self.edits[field.key] = edit
            self.messages[field.key] = FieldMessage(self)
            form.addRow(field.label, edit)
            form.addRow("", self.messages[field.key])

    def set_text(self, key: str, text: str) -> None:
        edit = self.edits[key]
        if isinstance(edit, QLineEdit):
            edit.setText(text)

    def text(self, key: str) -> str:
        edit = self.edits[key]
        return edit.text() if isinstance(edit, QLineEdit) else ""

    def set_checked(self, key: str, checked: bool) -> None:
        edit = self.edits[key]
        if isinstance(edit, QCheckBox):
            edit.setChecked(checked)

    def connect_changes(self, slot: Callable[[], None]) -> None:
        for edit in self.edits.values():
            if isinstance(edit, QLineEdit):
                edit.textChanged.connect(slot)
            else:
                edit.toggled.connect(slot)

    def values(self) -> tuple[Values, list[Issue], list[str]]:
        """The values read, the problems with what was typed, the labels still empty."""
        values = Values()
        issues: list[Issue] = []
        missing: list[str] = []
        for key, field in self.fields.items():
            edit = self.edits[key]
            if isinstance(edit, QCheckBox):
                values[key] = edit.isChecked()
                continue
            value, issue = _read(field, edit.text())
            values[key] = value
            if issue is not None:
                issues.append(issue)
            elif value is None and not field.optional:
                missing.append(field.label)
        return values, issues, missing

    def calculate(self) -> tuple[calc.Calculation | None, list[Issue], list[str]]:
        """The result, or None with the problems (each shown beside its field) and the gaps.

        An empty field is not an error: the page says what it still needs
        instead of greeting the user with red text.
        """
        values, issues, missing = self.values()
        result = None
        if not issues and not missing:
            try:
                result = self._compute(values, self.settings)
            except ValidationFailed as failure:
                issues = failure.issues
        for key, label in self.messages.items():
            label.show_issues([i for i in issues if i.field == key])
        return result, [i for i in issues if i.field not in self.messages], missing


def _severance(v: Values, settings: calc.CalculatorSettings) -> calc.SeveranceResult:
    return calc.severance(
        v.day("start"),
        v.day("last_day"),
        v.number("average_wage"),
        local_average=v.optional(Decimal, "local_average"),
        minimum_wage=v.optional(Decimal, "minimum_wage"),
        unlawful=v.flag("unlawful"),
        settings=settings,
    )


def _double_wages(v: Values, _settings: calc.CalculatorSettings) -> calc.DoubleWageResult:
    return calc.double_wages(
        v.day("employment_start"),
        v.optional(date, "contract_signed_on"),
        v.number("monthly_wage"),
        end=v.optional(date, "end"),
    )


def _overtime(v: Values, settings: calc.CalculatorSettings) -> calc.OvertimeResult:
    return calc.overtime(
        v.number("monthly_wage"),
        v.number("weekday_hours"),
        v.number("rest_day_hours"),
        v.number("holiday_hours"),
        settings,
        months=v.whole("months"),
    )


def _annual_leave(v: Values, settings: calc.CalculatorSettings) -> calc.AnnualLeaveResult:
    return calc.annual_leave(
        v.number("monthly_wage"),
        cumulative_years=v.optional(int, "cumulative_years"),
        entitlement_days=v.optional(int, "entitlement_days"),
        days_taken=v.number("days_taken"),
        leaving_on=v.optional(date, "leaving_on"),
        employed_since=v.optional(date, "employed_since"),
        waived_in_writing=v.flag("waived_in_writing"),
        settings=settings,
    )


def _art85(v: Values, _settings: calc.CalculatorSettings) -> calc.Art85Result:
    return calc.art85_range(v.number("unpaid"))


class CalculatorDialog(QDialog):
    """The five calculators; opened with a case, results become claims of that case."""

    def __init__(self, ops: Ops, case: CaseDetail | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.case = case
        self.current_result: calc.Calculation | None = None
        self._table: dict[tuple[str, int], LocalityInfo] = {}
        self._filled: localfig.LocalFigures | None = None
        self._year_follows_end = True
        self.setWindowTitle(self._window_title())
        self.resize(1100, 680)
        self._build_pages()
        office = ops.read(self, lambda s: s.settings()) or OfficeSettings()
        for page in self.pages.values():
            page.settings = office.calculator_settings()
        self._build_locality()
        self._build_case_row()
        self.working = QPlainTextEdit(self)
        self.working.setReadOnly(True)
        self.working.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("QLabel { font-size: 13pt; font-weight: bold; }")
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("QLabel { color: #c62828; }")
        self._lay_out()
        for page in self.pages.values():
            page.connect_changes(self.recalculate)
        self.tabs.currentChanged.connect(self.recalculate)
        self._load_localities()
        if case is not None and case.data.applicants:
            self.prefill(0)
        self.recalculate()

    # -- construction ----------------------------------------------------------------------

    def _window_title(self) -> str:
        if self.case is None:
            return self.tr("Calculator")
        return self.tr("Calculator — case {number}").format(number=self.case.number)

    def _build_pages(self) -> None:
        day = self.tr("e.g. 2026-03-15")
        money = self.tr("yuan")
        optional = self.tr("optional")
        self.pages: dict[str, CalculatorPage] = {
            "severance": CalculatorPage(
                self.tr("Severance / damages"),
                [
                    Field("start", self.tr("Employment start"), Kind.DATE, day),
                    Field("last_day", self.tr("Last working day"), Kind.DATE, day),
                    Field("average_wage", self.tr("Average monthly wage"), Kind.MONEY, money),
                    Field(
                        "local_average",
                        self.tr("City average monthly wage of the previous year"),
                        Kind.MONEY,
                        self.tr("for the cap (3 ×); optional"),
                        optional=True,
                    ),
                    Field(
                        "minimum_wage",
                        self.tr("Local minimum wage"),
                        Kind.MONEY,
                        optional,
                        optional=True,
                    ),
                    Field(
                        "unlawful",
                        self.tr("Unlawful dismissal: damages (2 ×, Art. 87)"),
                        Kind.FLAG,
                    ),
                ],
                _severance,
                self,
            ),
            "double_wages": CalculatorPage(
                self.tr("Double wages"),
                [
                    Field("employment_start", self.tr("Employment start"), Kind.DATE, day),
                    Field(
                        "contract_signed_on",
                        self.tr("Written contract signed on"),
                        Kind.DATE,
                        self.tr("empty if never signed"),
                        optional=True,
                    ),
                    Field(
                        "end",
                        self.tr("Employment ended on"),
                        Kind.DATE,
                        self.tr("empty if still employed"),
                        optional=True,
                    ),
                    Field("monthly_wage", self.tr("Monthly wage"), Kind.MONEY, money),
                ],
                _double_wages,
                self,
            ),
            "overtime": CalculatorPage(
                self.tr("Overtime"),
                [
                    Field("monthly_wage", self.tr("Monthly wage"), Kind.MONEY, money),
                    Field(
                        "weekday_hours",
                        self.tr("Extended hours on workdays"),
                        Kind.NUMBER,
                        default="0",
                    ),  # fmt: skip
                    Field(
                        "rest_day_hours",
                        self.tr("Hours on rest days without time off"),
                        Kind.NUMBER,
                        default="0",
                    ),
                    Field(
                        "holiday_hours",
                        self.tr("Hours on statutory holidays"),
                        Kind.NUMBER,
                        default="0",
                    ),  # fmt: skip
                    Field("months", self.tr("Months these hours span"), Kind.WHOLE, default="1"),
                ],
                _overtime,
                self,
            ),
            "annual_leave": CalculatorPage(
                self.tr("Annual leave"),
                [
                    Field(
                        "monthly_wage",
                        self.tr("Monthly wage without overtime pay"),
                        Kind.MONEY,
                        money,
                    ),
                    Field(
                        "cumulative_years",
                        self.tr("Cumulative years of work"),
                        Kind.WHOLE,
                        self.tr("or the days below"),
                        optional=True,
                    ),
                    Field(
                        "entitlement_days",
                        self.tr("Leave days per year"),
                        Kind.WHOLE,
                        self.tr("or the years above"),
                        optional=True,
                    ),
                    Field("days_taken", self.tr("Days already taken"), Kind.NUMBER, default="0"),
                    Field(
                        "leaving_on",
                        self.tr("Left during the year on"),
                        Kind.DATE,
                        self.tr("optional: pro-rated"),
                        optional=True,
                    ),
                    Field(
                        "employed_since",
                        self.tr("Joined this year on"),
                        Kind.DATE,
                        optional,
                        optional=True,
                    ),
                    Field(
                        "waived_in_writing",
                        self.tr("The worker declined leave in writing for personal reasons"),
                        Kind.FLAG,
                    ),
                ],
                _annual_leave,
                self,
            ),
            "art85": CalculatorPage(
                self.tr("Art. 85 range"),
                [Field("unpaid", self.tr("Amount unpaid"), Kind.MONEY, money)],
                _art85,
                self,
            ),
        }
        self.tabs = QTabWidget(self)
        for page in self.pages.values():
            self.tabs.addTab(page, page.title)
        last_day = self.pages["severance"].edits["last_day"]
        assert isinstance(last_day, QLineEdit)
        last_day.textChanged.connect(self._end_changed)

    def _build_locality(self) -> None:
        self.locality = ChoiceCombo([], self)
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(self.ops.services.today().year)
        self.locality_note = QLabel(self)
        self.locality_note.setWordWrap(True)
        self.locality.currentIndexChanged.connect(lambda _i: self.fill_local_figures())
        self.year.valueChanged.connect(self._year_chosen)

    def _build_case_row(self) -> None:
        self.applicant = ChoiceCombo([], self)
        self.add_button = QPushButton(self.tr("Add as a claim"), self)
        self.add_button.clicked.connect(self.add_as_claim)
        self.added = QLabel(self)
        self.added.setWordWrap(True)
        if self.case is None:
            for widget in (self.applicant, self.add_button, self.added):
                widget.hide()  # without a case there is nothing to add a claim to
            return
        self.applicant.set_choices((a.name, i) for i, a in enumerate(self.case.data.applicants))
        self.applicant.currentIndexChanged.connect(lambda _i: self.prefill(self.applicant.value()))
        self.add_button.setEnabled(self.case.voided_on is None)

    def _lay_out(self) -> None:
        local = QHBoxLayout()
        local.addWidget(QLabel(self.tr("Local figures of"), self))
        local.addWidget(self.locality, 1)
        local.addWidget(QLabel(self.tr("year"), self))
        local.addWidget(self.year)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(local)
        column.addWidget(self.locality_note)
        column.addWidget(self.tabs, 1)
        right = QWidget(self)
        result = QVBoxLayout(right)
        result.setContentsMargins(0, 0, 0, 0)
        result.addWidget(QLabel(self.tr("Result and working"), self))
        result.addWidget(self.headline)
        result.addWidget(self.working, 1)
        result.addWidget(self.problems)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 580])
        bottom = QHBoxLayout()
        if self.case is not None:
            bottom.addWidget(QLabel(self.tr("Applicant"), self))
            bottom.addWidget(self.applicant)
            bottom.addWidget(self.add_button)
            bottom.addWidget(self.added, 1)
        else:
            bottom.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    # -- local figures ---------------------------------------------------------------------

    def _load_localities(self) -> None:
        rows = self.ops.read(self, lambda _s: self.ops.performance.localities()) or []
        self._table = {(r.locality, r.year): r for r in rows}
        names = sorted({r.locality for r in rows})
        blank = self.tr("(type the figures by hand)") if names else self.tr("(table is empty)")
        self.locality.set_choices([(blank, None), *((n, n) for n in names)])
        if len(names) == 1:
            self.locality.set_value(names[0])

    def _end_changed(self) -> None:
        page = self.pages["severance"]
        day, issue = _read(page.fields["last_day"], page.text("last_day"))
        if issue is None and isinstance(day, date) and self._year_follows_end:
            self.year.blockSignals(True)
            self.year.setValue(localfig.severance_year(day))
            self.year.blockSignals(False)
            self.fill_local_figures()

    def _year_chosen(self) -> None:
        self._year_follows_end = False
        self.fill_local_figures()

    def fill_local_figures(self) -> None:
        """Put the chosen row's figures into the severance page (or say there is none)."""
        self._fill_local_figures()
        self.recalculate()  # the working names the row even when no figure changed

    def _fill_local_figures(self) -> None:
        name, year = self.locality.value(), self.year.value()
        self._filled = None
        if name is None:
            self.locality_note.clear()
            return
        row = self._table.get((name, year))
        if row is None:
            self.locality_note.setStyleSheet("QLabel { color: #c62828; }")
            self.locality_note.setText(
                self.tr("The locality table has no figures for {place} in {year}.").format(
                    place=name, year=year
                )
            )
            return
        self._filled = localfig.LocalFigures(
            row.locality, row.year, row.average_monthly_wage, row.minimum_wage
        )
        page = self.pages["severance"]
        for key, value in (
            ("local_average", row.average_monthly_wage),
            ("minimum_wage", row.minimum_wage),
        ):
            if value is not None:
                page.set_text(key, format_amount(value))
        self.locality_note.setStyleSheet("QLabel { color: #555; }")
        self.locality_note.setText(
            self.tr("Filled from the locality table: {place}, {year}.").format(
                place=name, year=year
            )
        )

    def _with_source(self, result: calc.SeveranceResult) -> calc.SeveranceResult:
        """Name the table row in the working for each figure still as it was filled."""
        filled = self._filled
        if filled is None:
            return result
        page = self.pages["severance"]

        def unchanged(key: str, value: Decimal | None) -> bool:
            return value is not None and page.text(key).strip() == format_amount(value)

        step = localfig.source_step(
            filled,
            average_used=unchanged("local_average", filled.average_monthly_wage),
            minimum_used=unchanged("minimum_wage", filled.minimum_wage),
            reason=localfig.severance_reason(result, filled.year),
        )
        return localfig.with_source(result, step)

    # -- prefill from the case ---------------------------------------------------------------

    def prefill(self, index: int) -> None:
        """The applicant's employment dates and monthly wage into every page that uses them."""
        if self.case is None or not 0 <= index < len(self.case.data.applicants):
            return
        worker: ApplicantData = self.case.data.applicants[index]
        start = worker.employment_start.isoformat() if worker.employment_start else ""
        end = worker.employment_end.isoformat() if worker.employment_end else ""
        wage = format_amount(worker.monthly_wage) if worker.monthly_wage is not None else ""
        for page_key, key, text in (
            ("severance", "start", start),
            ("severance", "last_day", end),
            ("severance", "average_wage", wage),
            ("double_wages", "employment_start", start),
            ("double_wages", "end", end),
            ("double_wages", "monthly_wage", wage),
            ("overtime", "monthly_wage", wage),
            ("annual_leave", "monthly_wage", wage),
            ("annual_leave", "leaving_on", end),
        ):
            # Also when unknown: another applicant's figures must not stay behind.
            self.pages[page_key].set_text(key, text)

    # -- calculating -----------------------------------------------------------------------

    def current_key(self) -> str:
        return list(self.pages)[self.tabs.currentIndex()]

    def recalculate(self) -> None:
        page = self.pages[self.current_key()]
        result, others, missing = page.calculate()
        if isinstance(result, calc.SeveranceResult):
            result = self._with_source(result)
        self.current_result = result
        self.problems.setText("\n".join(i.message for i in others))
        self.working.setPlainText(working_text(result) if result is not None else "")
        self.headline.setText(
            f"{heading(result)}　{result_line(result)}" if result is not None else ""
        )
        self.working.setPlaceholderText(
            self.tr("Still to fill in: {fields}").format(fields="、".join(missing))
            if missing
            else ""
        )
        self.add_button.setEnabled(
            result is not None and self.case is not None and self.case.voided_on is None
        )

    def add_as_claim(self) -> None:
        """The result as a claim of the chosen applicant, with its working as description."""
        result, case = self.current_result, self.case
        index = self.applicant.value()
        if result is None or case is None or index is None:
            return
        claim = as_claim(result, index)
        ref = self.ops.run(
            self,
            lambda s: s.add_claim(case.id, case.version, claim),
            Changes(cases=True, case_id=case.id),
        )
        if ref is None:
            return
        self.case = self.ops.read(self, lambda s: s.get_case(case.id)) or case
        name = case.data.applicants[index].name
        self.added.setText(
            self.tr("Added to {name}'s claims: {what} {amount} yuan.").format(
                name=name, what=heading(result), amount=format_amount(result.amount)
            )
        )
