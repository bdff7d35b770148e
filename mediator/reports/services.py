"""Use cases of the reports: the report of a period, marking it as reported, its corrections.

Built like the other use-case classes (one transaction per method, frozen
results), but in ``reports/`` because it builds on the tally, which sits
above ``persistence/``. Qt-free.
"""

from __future__ import annotations

from decimal import Decimal

from mediator.domain.enums import Category
from mediator.domain.errors import MediatorError
from mediator.persistence.usecases import UseCases
from mediator.reports import freeze
from mediator.reports.charts import ChartData, chart_data, with_sent
from mediator.reports.periods import MonthBoundary, Period, not_over
from mediator.reports.tally import (
    Correction,
    Denominator,
    Tally,
    TallyReport,
    case_amounts,
    compute_tally,
)
from mediator.reports.tally import (
    case_ids as figure_case_ids,
)


class AlreadyReported(MediatorError):
    """The period was reported already; what was sent is never replaced."""


class PeriodNotOver(MediatorError):
    """The period has not ended yet: it cannot be reported."""


class ReportServices(UseCases):
    """The tally of a period as sent (if reported) or as it is now, with its corrections."""

    def mark_reported(
        self, period: Period, denominator: Denominator = Denominator.CLOSED
    ) -> freeze.Reported:
        """Keep the period's figures (and the corrections they carry) as sent today.

        Refused for a period whose last day is not before today (``PeriodNotOver``).
        """
        why = not_over(period, self.today())
        if why is not None:
            raise PeriodNotOver(why)
        with self.db.write() as session:
            before = freeze.reported(session, period)
            if before is not None:
                when = before.reported_at.strftime("%Y年%m月%d日 %H:%M")
                raise AlreadyReported(
                    f"{period.label}的统计表已于{when}由{before.operator or '（未记录）'}报送，"
                    "报送的数字不再更改；之后的变动会作为更正列入下期报表。"
                )
            tally = compute_tally(session, period, denominator)
            corrections = freeze.corrections_for(session, period)
            return freeze.store_reported(
                session,
                tally,
                corrections,
                reported_at=self.now(),
                operator=self.db.operator.name,
            )

    def reported(self, period: Period) -> freeze.Reported | None:
        """The period as it was reported, or ``None``."""
        with self.db.read() as session:
            return freeze.reported(session, period)

    def corrections_for(self, period: Period) -> tuple[Correction, ...]:
        """The corrections to earlier reported periods that go with ``period``'s report.

        For a reported period, those it was sent with.
        """
        with self.db.read() as session:
            sent = freeze.reported(session, period)
            if sent is not None:
                return sent.corrections
            return freeze.corrections_for(session, period)

    def report(
        self, period: Period, denominator: Denominator = Denominator.CLOSED, office: str = ""
    ) -> TallyReport:
        """The period's report: reported periods (also the comparison columns) as sent."""
        with self.db.read() as session:

            def tally(p: Period) -> Tally:
                sent = freeze.reported(session, p)
                return sent.tally if sent is not None else compute_tally(session, p, denominator)

            sent = freeze.reported(session, period)
            if sent is not None:
                current, corrections = sent.tally, sent.corrections
            else:
                current = compute_tally(session, period, denominator)
                corrections = freeze.corrections_for(session, period)
            return TallyReport(
                current,
                tally(period.previous()),
                tally(period.year_earlier()),
                office,
                corrections=corrections,
                reported_at=None if sent is None else sent.reported_at,
                reported_by="" if sent is None else sent.operator,
            )

    def case_ids(self, period: Period, key: str, category: Category | None = None) -> list[int]:
        """The cases behind figure ``key`` (of one category, or the total), in id order.

        For a reported period, the cases behind the figure as it was sent.
        """
        with self.db.read() as session:
            sent = freeze.reported(session, period)
            if sent is not None:
                code = freeze.TOTAL if category is None else category.value
                return list(sent.ids.get(key, {}).get(code, []))
            return figure_case_ids(session, period, key, category)

    def case_amounts(
        self, period: Period, key: str, category: Category | None = None
    ) -> dict[int, Decimal]:
        """Each case's part of money figure ``key`` (of one category, or the total).

        For a reported period, as sent (empty if it was reported before the amounts
        were kept case by case).
        """
        with self.db.read() as session:
            sent = freeze.reported(session, period)
            if sent is None:
                return case_amounts(session, period, key, category)
            if sent.amounts is None:
                return {}
            code = freeze.TOTAL if category is None else category.value
            every = sent.amounts.get(key, {})
            return {i: every[i] for i in sent.ids.get(key, {}).get(code, []) if i in every}

    def charts(self, tally: Tally, boundary: MonthBoundary = MonthBoundary.CALENDAR) -> ChartData:
        """The charts of a report: twelve months up to ``tally``'s period, its categories.

        Months reported to the district are drawn with their figures as sent.
        """
        with self.db.read() as session:
            data = chart_data(session, tally, boundary)
            sent = {}
            for point in data.months:
                reported = freeze.reported(session, point.period)
                if reported is not None:
                    sent[point.period] = reported.tally
            return with_sent(data, sent)
