"""Reported periods (已报送): their figures kept as sent, later changes shown as corrections.

When a period is marked as reported, its tally is stored exactly as sent in
``reported_periods`` (figures by category and in total, the drill-down ids of
every figure, and the corrections of earlier reports it carried), as JSON
text. From then on:

* the period's tally (also as the "previous" or "a year earlier" column of a
  later report) is the stored one, never recomputed;
* computing a later period recomputes every earlier reported period of the
  same kind and month boundary and lists each figure (by category and in
  total) that differs from what the district last received as a
  :class:`~mediator.reports.tally.Correction`. "Last received" is the sent
  value, or the value of a correction of it carried by a report sent since:
  a correction is reported once, in the next report, not again and again.

Recomputing costs one tally and one drill-down query per figure for each
earlier reported period of the same kind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediator.domain.enums import Category
from mediator.persistence import orm
from mediator.reports.periods import MonthBoundary, Period, PeriodKind
from mediator.reports.tally import (
    FIGURES,
    MONEY_KEYS,
    Correction,
    Denominator,
    Figures,
    Tally,
    Value,
    compute_tally,
    drill_condition,
)

C = orm.Case
TOTAL = "total"
"""The category key of the total in the stored drill-down ids and corrections."""

Ids = dict[str, dict[str, list[int]]]
"""figure key -> category code (or ``total``) -> case ids."""


@dataclass(frozen=True)
class Reported:
    """A reported period: its tally and corrections exactly as sent."""

    period: Period
    reported_at: datetime
    operator: str
    tally: Tally
    corrections: tuple[Correction, ...]
    ids: Ids


# -- (de)serialising ----------------------------------------------------------------------------


def _value_json(key: str, value: Value) -> Any:
    return f"{Decimal(value):.2f}" if key in MONEY_KEYS else int(value)


def _value(key: str, raw: Any) -> Value:
    return Decimal(str(raw)) if key in MONEY_KEYS else int(raw)


def _figures_json(figures: Figures) -> dict[str, Any]:
    return {key: _value_json(key, value) for key, value in figures.values.items()}


def _figures(raw: dict[str, Any], denominator: Denominator) -> Figures:
    # A figure added after the period was reported (e.g. 移送仲裁, issue 6, or 本期应履行金额
    # and 其中期末前已履行) reads as 0; ``corrections_for`` never lists it as a correction.
    return Figures({f.key: _value(f.key, raw.get(f.key, 0)) for f in FIGURES}, denominator)


def period_json(period: Period) -> dict[str, Any]:
    return {
        "kind": period.kind.value,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "year": period.year,
        "number": period.number,
        "boundary": period.boundary.value,
        "label": period.label,
    }


def _period(raw: dict[str, Any]) -> Period:
    return Period(
        PeriodKind(raw["kind"]),
        date.fromisoformat(raw["start"]),
        date.fromisoformat(raw["end"]),
        int(raw["year"]),
        int(raw["number"]),
        MonthBoundary(raw["boundary"]),
    )


def _category_key(category: Category | None) -> str:
    return TOTAL if category is None else category.value


def _category_of(key: str) -> Category | None:
    return None if key == TOTAL else Category.by_code(key)


def correction_json(correction: Correction) -> dict[str, Any]:
    """A correction as stored (and exported; ``current_ids`` only when stored)."""
    key = correction.figure
    return {
        "period": period_json(correction.period),
        "figure": key,
        "figure_label": correction.figure_label,
        "category": _category_key(correction.category),
        "category_label": correction.category_label,
        "sent": _value_json(key, correction.sent),
        "current": _value_json(key, correction.current),
        "case_ids": list(correction.case_ids),
    }


def _stored_correction(correction: Correction) -> dict[str, Any]:
    return correction_json(correction) | {"current_ids": list(correction.current_ids)}


def _correction(raw: dict[str, Any]) -> Correction:
    key = raw["figure"]
    return Correction(
        _period(raw["period"]),
        key,
        _category_of(raw["category"]),
        _value(key, raw["sent"]),
        _value(key, raw["current"]),
        tuple(raw["case_ids"]),
        tuple(raw.get("current_ids", ())),
    )


def _reported(row: orm.ReportedPeriod) -> Reported:
    data = json.loads(row.figures)
    denominator = Denominator(data["denominator"])
    period = _period(data["period"])
    tally = Tally(
        period,
        {c: _figures(data["by_category"][c.value], denominator) for c in Category},
        _figures(data["total"], denominator),
        denominator,
    )
    return Reported(
        period,
        row.reported_at,
        row.operator,
        tally,
        tuple(_correction(c) for c in data["corrections"]),
        data["cases"],
    )


# -- reading and writing -----------------------------------------------------------------------


def _row(session: Session, period: Period) -> orm.ReportedPeriod | None:
    R = orm.ReportedPeriod
    return session.scalar(
        select(R).where(
            R.kind == period.kind.value,
            R.start_on == period.start,
            R.end_on == period.end,
            R.boundary == period.boundary.value,
        )
    )


def reported(session: Session, period: Period) -> Reported | None:
    """The period as it was reported, or ``None`` if it was not."""
    row = _row(session, period)
    return None if row is None else _reported(row)


def drill_ids(session: Session, period: Period) -> Ids:
    """The drill-down of every figure: case ids by category and in total."""
    out: Ids = {}
    for figure in FIGURES:
        rows = session.execute(
            select(C.id, C.category).where(drill_condition(figure.key, period)).order_by(C.id)
        ).all()
        by: dict[str, list[int]] = {TOTAL: []}
        for case_id, category in rows:
            by.setdefault(str(getattr(category, "value", category)), []).append(case_id)
            by[TOTAL].append(case_id)
        out[figure.key] = by
    return out


def store_reported(
    session: Session,
    tally: Tally,
    corrections: tuple[Correction, ...],
    *,
    reported_at: datetime,
    operator: str,
) -> Reported:
    """Keep ``tally`` (and the corrections it carries) as sent; the caller checks it is new."""
    period = tally.period
    data = {
        "period": period_json(period),
        "denominator": tally.denominator.value,
        "total": _figures_json(tally.total),
        "by_category": {c.value: _figures_json(f) for c, f in tally.by_category.items()},
        "cases": drill_ids(session, period),
        "corrections": [_stored_correction(c) for c in corrections],
    }
    row = orm.ReportedPeriod(
        kind=period.kind.value,
        start_on=period.start,
        end_on=period.end,
        boundary=period.boundary.value,
        reported_at=reported_at,
        operator=operator,
        figures=json.dumps(data, ensure_ascii=False, sort_keys=True),
    )
    session.add(row)
    session.flush()
    return _reported(row)


def _earlier_reports(session: Session, period: Period) -> list[Reported]:
    """Reported periods of the same kind and boundary that ended before ``period``, oldest first."""
    R = orm.ReportedPeriod
    rows = session.scalars(
        select(R)
        .where(
            R.kind == period.kind.value,
            R.boundary == period.boundary.value,
            R.end_on < period.start,
        )
        .order_by(R.end_on, R.id)
    )
    return [_reported(row) for row in rows]


def corrections_for(session: Session, period: Period) -> tuple[Correction, ...]:
    """The corrections to report with ``period``: earlier reported figures that changed since."""
    earlier = _earlier_reports(session, period)
    out: list[Correction] = []
    for sent in earlier:
        baseline = _baseline(sent, earlier)
        now = compute_tally(session, sent.period, sent.tally.denominator)
        ids = drill_ids(session, sent.period)
        rows: list[tuple[Category | None, Figures]] = [(None, now.total)]
        rows += [(c, now.by_category[c]) for c in Category]
        for category, figures in rows:
            code = _category_key(category)
            for figure in FIGURES:
                if figure.key not in sent.ids:
                    continue  # not a figure of the form when this period was sent
                was, was_ids = baseline[(figure.key, code)]
                value = figures[figure.key]
                if value == was:
                    continue
                current_ids = ids[figure.key].get(code, [])
                changed = sorted(set(was_ids) ^ set(current_ids))
                if not changed:
                    changed = sorted(set(was_ids) | set(current_ids))
                out.append(
                    Correction(
                        sent.period,
                        figure.key,
                        category,
                        was,
                        value,
                        tuple(changed),
                        tuple(current_ids),
                    )
                )
    return tuple(out)


def _baseline(
    sent: Reported, reports: list[Reported]
) -> dict[tuple[str, str], tuple[Value, list[int]]]:
    """(figure, category) -> (value, ids) the district last received for ``sent``'s period."""
    out: dict[tuple[str, str], tuple[Value, list[int]]] = {}
    rows: list[tuple[str, Figures]] = [(TOTAL, sent.tally.total)]
    rows += [(c.value, sent.tally.by_category[c]) for c in Category]
    for code, figures in rows:
        for figure in FIGURES:
            ids = sent.ids.get(figure.key, {}).get(code, [])
            out[(figure.key, code)] = (figures[figure.key], ids)
    for later in reports:
        if later.period.start <= sent.period.end:
            continue
        for correction in later.corrections:
            if correction.period == sent.period:
                key = (correction.figure, _category_key(correction.category))
                out[key] = (correction.current, list(correction.current_ids))
    return out
